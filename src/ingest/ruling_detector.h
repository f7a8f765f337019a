#pragma once
// Table ruling lines found in a rendered page by morphology: long thin runs of ink.

#include <vector>

#include "core/document.h"

namespace itapipe {

struct RulingOptions {
  int ink_threshold = 160;        // grey level below which a pixel is ink
  double min_length_points = 14;  // shorter runs are glyph strokes, not rulings
  double max_thickness_points = 4;
  // Scans break thin lines into dots and let them drift by a pixel: bridge gaps up to this
  // long along a line, and a pixel across it, before looking for long runs. 0 for renders.
  double bridge_points = 0;
  // A run with more than this share of ink beside it, in a band just above and below (left
  // and right), lies along a line of text: blurred bold letters merge into long thin runs at
  // their baseline and x-height. Ink of other runs (a double border) does not count. 1: off.
  double max_side_ink = 1;
};

// Rulings of page in PDF points; page is a greyscale rendering at page.dpi.
std::vector<Ruling> DetectRulings(const PixelBuffer& page, const RulingOptions& options = {});

// Rulings with collinear pieces joined: pieces of one direction whose centre lines are
// within `offset` points and whose ends are within `gap` points become one ruling (a
// scanned line breaks where the scan is faint).
std::vector<Ruling> JoinCollinear(std::vector<Ruling> rulings, double offset = 2, double gap = 8);

// The rulings that take part in a table or stand long on their own: horizontal ones meeting
// at least two vertical ones (within `tolerance` points) or at least `long_line` points
// long; vertical ones whose both ends lie on horizontal ones. Tall strokes of Thai letters
// (ใ ไ ป ฟ) in a 300 dpi scan pass DetectRulings' length test, and so does a stack of them
// down a column; neither ends on a row line.
std::vector<Ruling> TableRulings(const std::vector<Ruling>& rulings, double tolerance = 2,
                                 double long_line = 72);

// Rulings with each end that stops short of a perpendicular ruling carried to the nearest
// one ahead within `reach` points: scans lose the last stretch of a line before it meets the
// border. An end already on a crossing (or past it by up to `touch`) stays where it is.
std::vector<Ruling> SnapEnds(const std::vector<Ruling>& rulings, double reach = 30,
                             double touch = 3);

}  // namespace itapipe
