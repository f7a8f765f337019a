#include "extract/measure_rows.h"

#include <algorithm>
#include <set>

namespace itapipe {
namespace {

constexpr int kHeaderSearchRows = 3;

bool IsStatusRole(ColumnRole role) {
  return role == ColumnRole::kDone || role == ColumnRole::kInProgress ||
         role == ColumnRole::kNotDone;
}

MeasureStatus StatusOfRole(ColumnRole role) {
  if (role == ColumnRole::kDone) return MeasureStatus::kDone;
  if (role == ColumnRole::kInProgress) return MeasureStatus::kInProgress;
  if (role == ColumnRole::kNotDone) return MeasureStatus::kNotDone;
  return MeasureStatus::kUnknown;
}

ColumnRole CellRole(const Table& table, int row, int col, const MeasureTableRules& rules) {
  const TableCell* cell = table.At(row, col);
  return cell == nullptr ? ColumnRole::kNone : rules.RoleOf(CleanCellText(cell->text, rules));
}

// Roles a header row names besides status sub-columns and ignored columns, which a row of
// sub-column headers alone would give.
int DistinctMainRoles(const Table& table, int row, const MeasureTableRules& rules) {
  std::set<ColumnRole> roles;
  for (int c = 0; c < table.cols; ++c) {
    ColumnRole role = CellRole(table, row, c, rules);
    if (role != ColumnRole::kNone && role != ColumnRole::kIgnored && !IsStatusRole(role)) {
      roles.insert(role);
    }
  }
  return static_cast<int>(roles.size());
}

// Rows the header starting at `top` occupies.
int HeaderHeight(const Table& table, int top, const MeasureTableRules& rules) {
  int height = 1;
  for (const TableCell& cell : table.cells) {
    if (cell.row != top) continue;
    ColumnRole role = rules.RoleOf(CleanCellText(cell.text, rules));
    if (role != ColumnRole::kNone && role != ColumnRole::kStatusGroup) {
      height = std::max(height, cell.row_span);
    }
  }
  if (top + height < table.rows && IsSubHeaderRow(table, top + height, rules)) ++height;
  return height;
}

bool Meaningful(const std::string& text, const MeasureTableRules& rules) {
  return !text.empty() &&
         std::find(rules.blanks.begin(), rules.blanks.end(), text) == rules.blanks.end();
}

MeasureStatus StatusFromText(const std::string& text, const MeasureTableRules& rules) {
  std::string spaceless = MatchKey(text);
  for (const auto& [word, status] : rules.status_words) {
    if (spaceless.starts_with(word)) return status;
  }
  return MeasureStatus::kUnknown;
}

// What a row's cells say, gathered column by column before the status is decided.
struct RowCells {
  Measure measure;
  std::string status_text;  // first meaningful text of a status sub-column
  MeasureStatus status_column = MeasureStatus::kUnknown;
  std::string result_text;              // a status group column without sub-columns
  std::vector<std::string> other_text;  // unmapped columns
};

std::string* FieldOf(ColumnRole role, Measure& m) {
  switch (role) {
    case ColumnRole::kIssue:
      return &m.issue;
    case ColumnRole::kApproach:
      return &m.approach;
    case ColumnRole::kMeasure:
      return &m.measure;
    case ColumnRole::kOwner:
      return &m.owner;
    case ColumnRole::kPeriod:
      return &m.period;
    default:
      return nullptr;
  }
}

void TakeCell(ColumnRole role, const TableCell& cell, const std::string& text, RowCells& row) {
  if (IsStatusRole(role) && cell.col_span > 1) role = ColumnRole::kStatusGroup;
  // A measure is as sure as the least sure cell of its row: any of them may decide a field or
  // the status.
  row.measure.confidence = std::min(row.measure.confidence, cell.confidence);
  if (std::string* field = FieldOf(role, row.measure)) {
    if (field->empty()) *field = text;
  } else if (IsStatusRole(role) && row.status_column == MeasureStatus::kUnknown) {
    row.status_column = StatusOfRole(role);
    row.status_text = text;
  } else if (role == ColumnRole::kStatusGroup && row.result_text.empty()) {
    row.result_text = text;
  } else if (role == ColumnRole::kNone) {
    row.other_text.push_back(text);
  }
}

void DecideStatus(RowCells& row, const MeasureTableRules& rules) {
  Measure& m = row.measure;
  // A mark in a status group whose sub-columns were not found says a status, not which.
  m.result = rules.IsMark(row.result_text) ? "" : row.result_text;
  if (row.status_column != MeasureStatus::kUnknown) {
    m.status = row.status_column;
    if (!rules.IsMark(row.status_text)) m.result = row.status_text;
    return;
  }
  m.status = StatusFromText(row.result_text, rules);
  for (const std::string& text : row.other_text) {
    if (m.status == MeasureStatus::kUnknown) m.status = StatusFromText(text, rules);
  }
}

bool IsBlank(const Measure& m) {
  return m.issue.empty() && m.approach.empty() && m.measure.empty() && m.owner.empty() &&
         m.period.empty() && m.result.empty() && m.status == MeasureStatus::kUnknown;
}

}  // namespace

std::string CleanCellText(std::string_view text, const MeasureTableRules& rules) {
  std::string s(text);
  for (const std::string& fragment : rules.strip) {
    for (size_t at = s.find(fragment); at != std::string::npos; at = s.find(fragment, at)) {
      s.replace(at, fragment.size(), " ");
    }
  }
  std::string out;
  for (char c : s) {
    if (c == ' ' && (out.empty() || out.back() == ' ')) continue;
    out.push_back(c);
  }
  if (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

std::optional<MeasureColumns> FindMeasureColumns(const Table& table,
                                                 const MeasureTableRules& rules) {
  for (int top = 0; top < std::min(table.rows, kHeaderSearchRows); ++top) {
    if (DistinctMainRoles(table, top, rules) < rules.min_header_roles) continue;
    MeasureColumns columns{std::vector<ColumnRole>(table.cols, ColumnRole::kNone),
                           top + HeaderHeight(table, top, rules)};
    for (int c = 0; c < table.cols; ++c) {
      for (int r = top; r < columns.first_data_row; ++r) {
        ColumnRole role = CellRole(table, r, c, rules);
        if (role != ColumnRole::kNone) columns.roles[c] = role;
      }
    }
    return columns;
  }
  return std::nullopt;
}

bool IsSubHeaderRow(const Table& table, int row, const MeasureTableRules& rules) {
  bool any = false;
  for (int c = 0; c < table.cols; ++c) {
    const TableCell* cell = table.At(row, c);
    if (cell == nullptr || cell->row != row || cell->text.empty()) continue;
    if (!IsStatusRole(CellRole(table, row, c, rules))) return false;
    any = true;
  }
  return any;
}

MeasureColumns ContinueColumns(const Table& table, std::vector<ColumnRole> roles,
                               const MeasureTableRules& rules) {
  MeasureColumns columns{std::move(roles), 0};
  columns.roles.resize(table.cols, ColumnRole::kNone);
  if (table.rows == 0 || !IsSubHeaderRow(table, 0, rules)) return columns;
  for (int c = 0; c < table.cols; ++c) {
    ColumnRole role = CellRole(table, 0, c, rules);
    if (IsStatusRole(role)) columns.roles[c] = role;
  }
  columns.first_data_row = 1;
  return columns;
}

std::optional<Measure> ReadMeasureRow(const Table& table, int row, const MeasureColumns& columns,
                                      const MeasureTableRules& rules) {
  const TableCell* first = table.At(row, 0);
  if (first != nullptr && first->col_span == table.cols) return std::nullopt;
  RowCells cells;
  std::set<const TableCell*> seen;
  for (int c = 0; c < table.cols && c < static_cast<int>(columns.roles.size()); ++c) {
    const TableCell* cell = table.At(row, c);
    if (cell == nullptr || !seen.insert(cell).second) continue;
    std::string text = CleanCellText(cell->text, rules);
    if (Meaningful(text, rules)) TakeCell(columns.roles[c], *cell, text, cells);
  }
  DecideStatus(cells, rules);
  if (IsBlank(cells.measure)) return std::nullopt;
  return cells.measure;
}

}  // namespace itapipe
