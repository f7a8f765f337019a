#include "layout/table.h"

#include <algorithm>

namespace itapipe {

const TableCell* Table::At(int row, int col) const {
  for (const TableCell& cell : cells) {
    if (row >= cell.row && row < cell.row + cell.row_span && col >= cell.col &&
        col < cell.col + cell.col_span) {
      return &cell;
    }
  }
  return nullptr;
}

bool Table::Holds(const Box& word) const {
  double x = word.center_x(), y = word.center_y();
  return x >= box.left && x <= box.right && y >= box.top && y <= box.bottom;
}

bool AnyHolds(const std::vector<Table>& tables, const Box& box) {
  return std::any_of(tables.begin(), tables.end(), [&](const Table& t) { return t.Holds(box); });
}

bool ReadsBefore(const Table& a, const Table& b) {
  return a.box.top != b.box.top ? a.box.top < b.box.top : a.box.left < b.box.left;
}

}  // namespace itapipe
