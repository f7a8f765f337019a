#pragma once
// Table ruling lines found in a rendered page by morphology: long thin runs of ink.

#include <vector>

#include "core/document.h"

namespace itapipe {

struct RulingOptions {
  int ink_threshold = 160;        // grey level below which a pixel is ink
  double min_length_points = 14;  // shorter runs are glyph strokes, not rulings
  double max_thickness_points = 4;
};

// Rulings of page in PDF points; page is a greyscale rendering at page.dpi.
std::vector<Ruling> DetectRulings(const PixelBuffer& page, const RulingOptions& options = {});

// The rulings that take part in a table or stand long on their own: those meeting at least
// two perpendicular ones (within `tolerance` points) or at least `long_line` points long.
// Tall strokes of Thai letters (ใ ไ ป ฟ) in a 300 dpi scan pass DetectRulings' length test;
// they meet nothing.
std::vector<Ruling> TableRulings(const std::vector<Ruling>& rulings, double tolerance = 2,
                                 double long_line = 72);

}  // namespace itapipe
