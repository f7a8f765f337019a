#pragma once
// The cells of ruled tables on a scanned page, from its ruling lines alone.

#include <vector>

#include "core/document.h"

namespace itapipe {

struct CellOptions {
  double resolution = 1;        // raster cells per point
  double close_gaps = 6;        // points added to each end of a ruling: scans break, shorten lines
  double min_side = 6;          // points; smaller enclosed areas are glyph holes or ink
  double max_page_share = 0.5;  // a frame round the whole page is not a table cell
};

// The areas enclosed on every side by rulings (the page is width x height points), as boxes
// in points sorted top to bottom, left to right. Merged cells come out whole. Scanned rulings
// need their short ends snapped first (SnapEnds, ingest/ruling_detector.h).
std::vector<Box> FindCells(const std::vector<Ruling>& rulings, double width, double height,
                           const CellOptions& options = {});

}  // namespace itapipe
