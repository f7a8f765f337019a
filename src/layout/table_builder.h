#pragma once
// Tables from ruling lines: connected lines form a grid, missing line segments merge cells.

#include <vector>

#include "core/document.h"
#include "layout/table.h"

namespace itapipe {

struct TableOptions {
  // Line positions closer than this are one grid line (double borders, thick strokes).
  double merge_tolerance = 3.5;
  // Rulings this far apart still meet (gaps and overshoots where lines cross).
  double join_tolerance = 3.0;
  // Shorter rulings are ignored (dashes and underlines found by the line detector).
  double min_ruling_length = 6.0;
  // Shorter rulings that do not meet other lines at both ends are ignored (letter stems).
  double max_stub_length = 24.0;
  // Share of a grid edge that drawn lines must cover for the edge to separate two cells.
  double min_edge_coverage = 0.5;
};

// Finds the ruled tables of a page, top to bottom. A table needs at least two horizontal and
// two vertical lines that meet. Cell text is made of the words whose box centre lies in the
// cell, grouped into lines and joined as JoinLines (text_lines.h) does.
std::vector<Table> BuildTables(const Page& page, const TableOptions& options = {});

}  // namespace itapipe
