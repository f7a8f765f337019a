#pragma once
// Reading one measure table: its header's column roles, then one Measure per data row.

#include <optional>
#include <string>
#include <vector>

#include "core/report.h"
#include "knowledge/measure_table_rules.h"
#include "layout/table.h"

namespace itapipe {

struct MeasureColumns {
  std::vector<ColumnRole> roles;  // one per grid column
  int first_data_row = 0;

  bool operator==(const MeasureColumns&) const = default;
};

// The column roles from the table's header: a row among the first three naming at least
// rules.min_header_roles roles other than status sub-columns and ignored columns, plus the rows its
// cells span and a row of status sub-columns. nullopt when the table has no such header.
std::optional<MeasureColumns> FindMeasureColumns(const Table& table,
                                                 const MeasureTableRules& rules);

// True when every non-empty cell starting in grid row `row` heads a status sub-column
// (ดำเนินการแล้ว | ยังไม่ดำเนินการ), and one does.
bool IsSubHeaderRow(const Table& table, int row, const MeasureTableRules& rules);

// The columns of a table that goes on from another without its header: `roles` from the
// table it continues (one per column of `table`), and a first row of status sub-column headers
// when the header was cut after its first row.
MeasureColumns ContinueColumns(const Table& table, std::vector<ColumnRole> roles,
                               const MeasureTableRules& rules);

// The measure of grid row `row` (tool and page left empty); nullopt for a blank row or a row
// that is one cell across the table.
std::optional<Measure> ReadMeasureRow(const Table& table, int row, const MeasureColumns& columns,
                                      const MeasureTableRules& rules);

// text without the rules' strip fragments, spaces collapsed, trimmed.
std::string CleanCellText(std::string_view text, const MeasureTableRules& rules);

}  // namespace itapipe
