#pragma once
// Measure tables cut by page breaks: the columns, a header or a row that go on over the page.

#include <string>
#include <vector>

#include "core/document.h"
#include "core/report.h"
#include "extract/measure_rows.h"
#include "knowledge/measure_table_rules.h"
#include "layout/table.h"

namespace itapipe {

// What a measure table leaves for a table that may continue it on the next page.
struct TableTrail {
  int page = 0;
  Box box;
  bool at_foot = false;  // ends near the foot of its page, so the break may have cut it
  std::vector<double> xs;
  MeasureColumns columns;
  bool header_only = false;  // the table holds header rows only: no row of it can go on
  // Per column, when the table holds only header rows: the break may have cut them.
  std::vector<std::string> header_texts;
  // Per column, true when the text of the table's last row reaches the row's foot: the break
  // may have cut that cell, so its text may go on in the first row of the next page.
  std::vector<bool> full_at_foot;
  // Per column, true when the table's last row lies in a cell merged down from above: a
  // merged cell the break may carry on, blank, onto the next page.
  std::vector<bool> merged_at_foot;
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

// When the break cut the header, puts the cut header text in front of the text of the
// first-row cells of `table` under it. The header was cut when the trail's table holds
// header rows only, and a header cell lost the end of its keyword (a column without a role,
// "ผู้รับผิด" + "ชอบ"), or the first row of `table` has no text under the trail's issue,
// approach and measure columns, where a data row has, or a row of status sub-column headers
// follows it.
void StitchHeader(const TableTrail& trail, Table& table, const MeasureTableRules& rules);

// True when a first row on a new page is the rest of a row the break cut: it lacks the
// short cells (owner, period, a check mark) that sit at the top of the row on the page before.
bool IsSplitRowTail(const Measure& tail);

// True when the texts of grid row `row` of `table` (a table that goes on from the trail's)
// all sit under columns whose cell the break may have cut (full_at_foot), ignoring blanks:
// text that began on the page before ends here. False when the row has no such text or has
// a check mark (a mark sits at the top of its row, so it starts a row).
bool ContinuesCutCells(const TableTrail& trail, const Table& table, int row,
                       const MeasureTableRules& rules);

// Gives measure `m`, read from grid row `row` of `table` (a table that goes on from the
// trail's), the value `above` (the last measure before the table) has in each column where
// the trail's last cell was merged down and `table` goes on with a blank cell starting at its
// first data row: the merged cell carried over the page break.
void FillCarriedCells(const TableTrail& trail, const Table& table, int row,
                      const MeasureColumns& columns, const MeasureTableRules& rules,
                      const Measure& above, Measure& m);

// Appends the tail's texts to the last measure of `out` (REQUIRES: not empty) and, for a
// merged cell whose text was cut, to the measures before it that share the cut value.
void MergeTail(const Measure& tail, std::vector<Measure>& out);

}  // namespace itapipe
