#include "extract/table_continuation.h"

#include <algorithm>
#include <cassert>
#include <utility>

#include "layout/text_lines.h"

namespace itapipe {
namespace {

// A table that ends this close to the foot of its page (share of the page height) may have
// been cut by the page break.
constexpr double kFootShare = 0.2;
// A table continues another when their widths overlap by this share of the narrower.
constexpr double kSameColumnsShare = 0.8;
// A cell's text reaches the foot of its cell when the space below its last line is less than
// this share of that line's height (the cell padding; a shorter text leaves a line or more).
constexpr double kFullCellGap = 1.0;

std::string Joined(const std::string& head, const std::string& tail) {
  return JoinLines({TextLine{Box{}, head}, TextLine{Box{}, tail}});
}

// Per column, the texts of the cells covering it, top to bottom.
std::vector<std::string> ColumnTexts(const Table& table) {
  std::vector<std::string> texts(table.cols);
  for (int c = 0; c < table.cols; ++c) {
    const TableCell* last = nullptr;
    for (int r = 0; r < table.rows; ++r) {
      const TableCell* cell = table.At(r, c);
      if (cell != nullptr && cell != last) texts[c] = Joined(texts[c], cell->text);
      last = cell;
    }
  }
  return texts;
}

// The trail's column under x, or -1.
int ColumnAt(const TableTrail& trail, double x) {
  for (size_t p = 0; p + 1 < trail.xs.size(); ++p) {
    if (x >= trail.xs[p] && x < trail.xs[p + 1]) return static_cast<int>(p);
  }
  return -1;
}

double ColumnCentre(const Table& table, int col) { return (table.xs[col] + table.xs[col + 1]) / 2; }

bool Inside(const Box& outer, const Box& box) {
  double x = box.center_x(), y = box.center_y();
  return x >= outer.left && x <= outer.right && y >= outer.top && y <= outer.bottom;
}

bool ReachesFoot(const Page& page, const TableCell& cell) {
  const Word* lowest = nullptr;
  for (const Word& word : page.words) {
    if (Inside(cell.box, word.box) && (!lowest || word.box.bottom > lowest->box.bottom))
      lowest = &word;
  }
  return lowest != nullptr &&
         cell.box.bottom - lowest->box.bottom < kFullCellGap * lowest->box.height();
}

std::vector<bool> FullAtFoot(const Page& page, const Table& table) {
  std::vector<bool> full(table.cols, false);
  for (int c = 0; c < table.cols && table.rows > 0; ++c) {
    const TableCell* cell = table.At(table.rows - 1, c);
    full[c] = cell != nullptr && ReachesFoot(page, *cell);
  }
  return full;
}

bool IsMainText(ColumnRole role) {
  return role == ColumnRole::kIssue || role == ColumnRole::kApproach ||
         role == ColumnRole::kMeasure;
}

// True when the first row of `table` has text under a column the trail calls issue,
// approach or measure: a data row, not the rest of a cut header.
bool HasMainText(const TableTrail& trail, const Table& table) {
  for (const TableCell& cell : table.cells) {
    if (cell.row != 0 || cell.text.empty()) continue;
    if (cell.col + 1 >= static_cast<int>(table.xs.size())) continue;
    int p = ColumnAt(trail, ColumnCentre(table, cell.col));
    if (p >= 0 && p < static_cast<int>(trail.columns.roles.size()) &&
        IsMainText(trail.columns.roles[p]))
      return true;
  }
  return false;
}

std::vector<bool> MergedAtFoot(const Table& table) {
  std::vector<bool> merged(table.cols, false);
  for (int c = 0; c < table.cols && table.rows > 0; ++c) {
    const TableCell* cell = table.At(table.rows - 1, c);
    merged[c] = cell != nullptr && cell->row_span > 1;
  }
  return merged;
}

std::string Measure::*FieldOfRole(ColumnRole role) {
  switch (role) {
    case ColumnRole::kIssue:
      return &Measure::issue;
    case ColumnRole::kApproach:
      return &Measure::approach;
    case ColumnRole::kMeasure:
      return &Measure::measure;
    case ColumnRole::kOwner:
      return &Measure::owner;
    case ColumnRole::kPeriod:
      return &Measure::period;
    default:
      return nullptr;
  }
}

bool IsOneOf(const std::string& text, const std::vector<std::string>& list) {
  return std::find(list.begin(), list.end(), text) != list.end();
}

}  // namespace

TableTrail MakeTrail(const Page& page, const Table& table, const MeasureColumns& columns,
                     std::string tool) {
  TableTrail trail{table.page, table.box, false, table.xs, columns,
                   false,      {},        {},    {},       std::move(tool)};
  trail.full_at_foot = FullAtFoot(page, table);
  trail.merged_at_foot = MergedAtFoot(table);
  trail.at_foot = page.height <= 0 || page.height - table.box.bottom < kFootShare * page.height;
  trail.header_only = columns.first_data_row >= table.rows;
  if (trail.header_only) trail.header_texts = ColumnTexts(table);
  return trail;
}

bool ContinuesOnNextPage(const TableTrail& trail, const Table& table) {
  if (trail.page + 1 != table.page) return false;
  double overlap = Overlap(trail.box.left, trail.box.right, table.box.left, table.box.right);
  return overlap >= kSameColumnsShare * std::min(trail.box.width(), table.box.width());
}

std::vector<ColumnRole> RolesByPosition(const TableTrail& trail, const Table& table) {
  std::vector<ColumnRole> roles(table.cols, ColumnRole::kNone);
  for (int c = 0; c < table.cols && c + 1 < static_cast<int>(table.xs.size()); ++c) {
    int p = ColumnAt(trail, ColumnCentre(table, c));
    if (p >= 0 && p < static_cast<int>(trail.columns.roles.size())) {
      roles[c] = trail.columns.roles[p];
    }
  }
  return roles;
}

void StitchHeader(const TableTrail& trail, Table& table, const MeasureTableRules& rules) {
  if (trail.header_texts.empty() || !trail.at_foot) return;
  const std::vector<ColumnRole>& roles = trail.columns.roles;
  bool cut_word = std::find(roles.begin(), roles.end(), ColumnRole::kNone) != roles.end();
  bool sub_header_below = table.rows > 1 && IsSubHeaderRow(table, 1, rules);
  if (!cut_word && !sub_header_below && HasMainText(trail, table)) return;
  for (TableCell& cell : table.cells) {
    if (cell.row != 0 || cell.col + 1 >= static_cast<int>(table.xs.size())) continue;
    int p = ColumnAt(trail, ColumnCentre(table, cell.col));
    if (p >= 0 && p < static_cast<int>(trail.header_texts.size())) {
      cell.text = Joined(trail.header_texts[p], cell.text);
    }
  }
}

bool IsSplitRowTail(const Measure& tail) {
  return tail.owner.empty() && tail.period.empty() &&
         (tail.status == MeasureStatus::kUnknown || !tail.result.empty());
}

bool ContinuesCutCells(const TableTrail& trail, const Table& table, int row,
                       const MeasureTableRules& rules) {
  bool any = false;
  for (const TableCell& cell : table.cells) {
    if (cell.row != row || cell.col + 1 >= static_cast<int>(table.xs.size())) continue;
    std::string text = CleanCellText(cell.text, rules);
    if (IsOneOf(text, rules.marks)) return false;  // marks sit at the top of a row
    if (text.empty() || IsOneOf(text, rules.blanks)) continue;
    int p = ColumnAt(trail, ColumnCentre(table, cell.col));
    if (p < 0 || p >= static_cast<int>(trail.full_at_foot.size()) || !trail.full_at_foot[p])
      return false;
    any = true;
  }
  return any;
}

void FillCarriedCells(const TableTrail& trail, const Table& table, int row,
                      const MeasureColumns& columns, const MeasureTableRules& rules,
                      const Measure& above, Measure& m) {
  int cols = std::min(table.cols, static_cast<int>(columns.roles.size()));
  for (int c = 0; c < cols; ++c) {
    std::string Measure::*field = FieldOfRole(columns.roles[c]);
    const TableCell* cell = table.At(row, c);
    if (field == nullptr || cell == nullptr || cell->row != columns.first_data_row) continue;
    int p = ColumnAt(trail, ColumnCentre(table, c));
    bool carried = p >= 0 && p < static_cast<int>(trail.merged_at_foot.size()) &&
                   trail.merged_at_foot[p] && CleanCellText(cell->text, rules).empty();
    if (carried && (m.*field).empty()) m.*field = above.*field;
  }
}

void MergeTail(const Measure& tail, std::vector<Measure>& out) {
  assert(!out.empty());
  std::string Measure::*fields[] = {&Measure::issue, &Measure::approach, &Measure::measure,
                                    &Measure::owner, &Measure::period,   &Measure::result};
  for (auto field : fields) {
    if ((tail.*field).empty()) continue;
    std::string cut = out.back().*field;
    for (size_t i = out.size(); i-- > 0 && out[i].*field == cut;) {
      out[i].*field = Joined(out[i].*field, tail.*field);
      if (cut.empty()) break;
    }
  }
  if (out.back().status == MeasureStatus::kUnknown) out.back().status = tail.status;
}

}  // namespace itapipe
