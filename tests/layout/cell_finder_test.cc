#include "layout/cell_finder.h"

#include <doctest/doctest.h>

namespace itapipe {
namespace {

Ruling H(double y, double x0, double x1) { return Ruling{Box{x0, y - 0.5, x1, y + 0.5}, true}; }
Ruling V(double x, double y0, double y1) { return Ruling{Box{x - 0.5, y0, x + 0.5, y1}, false}; }

TEST_CASE("FindCells finds the areas enclosed by rulings, merged cells whole") {
  // A 2x2 grid whose right column is one merged cell.
  std::vector<Ruling> rulings = {H(100, 100, 300), H(130, 100, 200), H(160, 100, 300),
                                 V(100, 100, 160), V(200, 100, 160), V(300, 100, 160)};
  std::vector<Box> cells = FindCells(rulings, 400, 400);
  REQUIRE(cells.size() == 3);
  CHECK(cells[0].left == doctest::Approx(101).epsilon(0.02));
  CHECK(cells[0].bottom == doctest::Approx(129).epsilon(0.02));
  CHECK(cells[1].left == doctest::Approx(201).epsilon(0.02));
  CHECK(cells[1].bottom == doctest::Approx(159).epsilon(0.02));  // merged: both rows
  CHECK(cells[2].top == doctest::Approx(131).epsilon(0.02));
}

TEST_CASE("FindCells closes small gaps of scanned lines and ignores open shapes") {
  std::vector<Ruling> broken = {H(100, 100, 199), H(100, 201, 300), H(140, 100, 300),
                                V(100, 100, 140), V(300, 100, 140)};
  CHECK(FindCells(broken, 400, 400).size() == 1);
  std::vector<Ruling> open = {H(100, 100, 300), V(100, 100, 140), V(300, 100, 140)};
  CHECK(FindCells(open, 400, 400).empty());
  CHECK(FindCells({}, 400, 400).empty());
  std::vector<Ruling> frame = {H(5, 5, 395), H(395, 5, 395), V(5, 5, 395), V(395, 5, 395)};
  CHECK(FindCells(frame, 400, 400).empty());  // a page frame is not a cell
}

}  // namespace
}  // namespace itapipe
