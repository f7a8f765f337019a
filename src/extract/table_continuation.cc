#include "extract/table_continuation.h"

#include <algorithm>
#include <cassert>
#include <utility>

#include "extract/text_lines.h"

namespace itapipe {
namespace {

// A table that ends this close to the foot of its page (share of the page height) may have
// been cut by the page break.
constexpr double kFootShare = 0.2;
// A table continues another when their widths overlap by this share of the narrower.
constexpr double kSameColumnsShare = 0.8;

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

double ColumnCentre(const Table& table, int col) {
  return (table.xs[col] + table.xs[col + 1]) / 2;
}

}  // namespace

TableTrail MakeTrail(const Page& page, const Table& table, const MeasureColumns& columns,
                     std::string tool) {
  TableTrail trail{table.page, table.box, false, table.xs, columns, {}, std::move(tool)};
  trail.at_foot =
      page.height <= 0 || page.height - table.box.bottom < kFootShare * page.height;
  if (columns.first_data_row >= table.rows) trail.header_texts = ColumnTexts(table);
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

void StitchHeader(const TableTrail& trail, Table& table) {
  if (trail.header_texts.empty() || !trail.at_foot) return;
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
