#include "layout/table.h"

#include <doctest/doctest.h>

namespace itapipe {

TEST_CASE("Table::At follows row and column spans") {
  Table table;
  table.rows = 3;
  table.cols = 3;
  table.cells = {{0, 0, 2, 1, Box{}, "tall"},
                 {0, 1, 1, 2, Box{}, "wide"},
                 {1, 1, 1, 1, Box{}, "b"},
                 {1, 2, 1, 1, Box{}, "c"},
                 {2, 0, 1, 3, Box{}, "row"}};
  struct {
    int row, col;
    const char* want;  // nullptr: no cell
  } cases[] = {{0, 0, "tall"}, {1, 0, "tall"}, {0, 1, "wide"},  {0, 2, "wide"},  {1, 1, "b"},
               {1, 2, "c"},    {2, 2, "row"},  {3, 0, nullptr}, {0, 3, nullptr}, {-1, 0, nullptr}};
  for (const auto& c : cases) {
    CAPTURE(c.row);
    CAPTURE(c.col);
    const TableCell* cell = table.At(c.row, c.col);
    if (c.want == nullptr) {
      CHECK(cell == nullptr);
    } else {
      REQUIRE(cell != nullptr);
      CHECK(cell->text == c.want);
    }
  }
}

}  // namespace itapipe
