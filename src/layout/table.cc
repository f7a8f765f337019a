#include "layout/table.h"

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

}  // namespace itapipe
