#pragma once
// Table ruling lines found in a rendered page by morphology: long thin runs of ink.

#include <vector>

#include "core/document.h"

namespace itapipe {

struct RulingOptions {
  int ink_threshold = 160;         // grey level below which a pixel is ink
  double min_length_points = 14;   // shorter runs are glyph strokes, not rulings
  double max_thickness_points = 4;
};

// Rulings of page in PDF points; page is a greyscale rendering at page.dpi.
std::vector<Ruling> DetectRulings(const PixelBuffer& page, const RulingOptions& options = {});

}  // namespace itapipe
