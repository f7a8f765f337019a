#pragma once
// Measure tables cut by page breaks: the columns, a header or a row that go on over the page.

#include <string>
#include <vector>

#include "core/document.h"
#include "core/report.h"
#include "extract/measure_rows.h"
#include "extract/table.h"

namespace itapipe {

// What a measure table leaves for a table that may continue it on the next page.
struct TableTrail {
  int page = 0;
  Box box;
  bool at_foot = false;  // ends near the foot of its page, so the break may have cut it
  std::vector<double> xs;
  MeasureColumns columns;
  std::vector<std::string> header_texts;  // per column when the table holds only header rows
  std::string tool;

  bool operator==(const TableTrail&) const = default;
};

TableTrail MakeTrail(const Page& page, const Table& table, const MeasureColumns& columns,
                     std::string tool);

// True when `table`, the first table of its page, lies under the trail's table on the page
// before (their widths overlap by most of the narrower).
bool ContinuesOnNextPage(const TableTrail& trail, const Table& table);

// The role of each column of `table` from the trail's column under the column's centre.
std::vector<ColumnRole> RolesByPosition(const TableTrail& trail, const Table& table);

// When the break cut the header (the trail's table holds header rows only), puts the cut
// header text in front of the text of the first-row cells of `table` under it.
void StitchHeader(const TableTrail& trail, Table& table);

// True when a first row on a new page is the rest of a row the break cut: it lacks the
// short cells (owner, period, a check mark) that sit at the top of the row on the page before.
bool IsSplitRowTail(const Measure& tail);

// Appends the tail's texts to the last measure of `out` (REQUIRES: not empty) and, for a
// merged cell whose text was cut, to the measures before it that share the cut value.
void MergeTail(const Measure& tail, std::vector<Measure>& out);

}  // namespace itapipe
