#include "layout/table_builder.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace itapipe {
namespace {

Ruling H(double y, double x0, double x1) { return Ruling{Box{x0, y - 0.5, x1, y + 0.5}, true}; }
Ruling V(double x, double y0, double y1) { return Ruling{Box{x - 0.5, y0, x + 0.5, y1}, false}; }
Word W(const char* text, double x, double y, double width = 20) {
  return Word{text, Box{x, y - 5, x + width, y + 5}};
}

// Every line of the grid xs x ys, one ruling per full line.
std::vector<Ruling> FullGrid(const std::vector<double>& xs, const std::vector<double>& ys) {
  std::vector<Ruling> rulings;
  for (double y : ys) rulings.push_back(H(y, xs.front(), xs.back()));
  for (double x : xs) rulings.push_back(V(x, ys.front(), ys.back()));
  return rulings;
}

// "row,col rowspan x colspan: text" per cell, one per line.
std::string Summary(const std::vector<Table>& tables) {
  std::string out;
  for (const Table& table : tables) {
    out += "table " + std::to_string(table.rows) + "x" + std::to_string(table.cols) + "\n";
    for (const TableCell& c : table.cells) {
      out += std::to_string(c.row) + "," + std::to_string(c.col) + " " +
             std::to_string(c.row_span) + "x" + std::to_string(c.col_span) + ": " + c.text + "\n";
    }
  }
  return out;
}

}  // namespace

TEST_CASE("BuildTables finds grids, merged cells and cell text") {
  struct {
    const char* name;
    std::vector<Ruling> rulings;
    std::vector<Word> words;
    const char* want;
  } cases[] = {
      {"simple 2x2 grid; words in any order",
       FullGrid({100, 200, 300}, {100, 130, 160}),
       {W("d", 210, 145), W("a", 110, 115), W("b", 210, 115), W("c", 110, 145),
        W("outside", 400, 115)},
       "table 2x2\n0,0 1x1: a\n0,1 1x1: b\n1,0 1x1: c\n1,1 1x1: d\n"},
      {"header spanning two sub-columns",
       {H(100, 100, 400), H(130, 200, 400), H(160, 100, 400), H(190, 100, 400), V(100, 100, 190),
        V(200, 100, 190), V(300, 130, 190), V(400, 100, 190)},
       {W("issue", 110, 130), W("status", 260, 115), W("done", 210, 145), W("not", 310, 145),
        W("x", 110, 175), W("✓", 210, 175)},
       "table 3x3\n0,0 2x1: issue\n0,1 1x2: status\n1,1 1x1: done\n1,2 1x1: not\n"
       "2,0 1x1: x\n2,1 1x1: ✓\n2,2 1x1: \n"},
      {"vertically merged cell over three rows",
       {H(100, 100, 300), H(130, 200, 300), H(160, 200, 300), H(190, 100, 300), V(100, 100, 190),
        V(200, 100, 190), V(300, 100, 190)},
       {W("มาตรการ", 110, 145, 60), W("a", 210, 115), W("b", 210, 145), W("c", 210, 175)},
       "table 3x2\n0,0 3x1: มาตรการ\n0,1 1x1: a\n1,1 1x1: b\n2,1 1x1: c\n"},
      {"wrapped Thai joins without a space, other breaks with one",
       FullGrid({100, 300, 500}, {100, 160}),
       {W("ทุกส่วน", 110, 110), W("ราชการ", 110, 125), W("กอง", 110, 140), W("ต.ค.", 310, 110),
        W("2565", 335, 110), W("มี.ค.", 310, 125), W("2566", 335, 125), W("(IIT)", 310, 140)},
       "table 1x2\n0,0 1x1: ทุกส่วนราชการกอง\n0,1 1x1: ต.ค. 2565 มี.ค. 2566 (IIT)\n"},
      {"double borders, gaps and overshoots at crossings",
       {H(99, 98, 302), H(101.5, 99, 301), H(130, 101.5, 198.5), H(130, 201.5, 298.5),
        H(160, 98, 302), H(162, 98, 302), V(99, 98, 163), V(101.5, 99, 161), V(200, 101.5, 158.5),
        V(299, 98, 163), V(301, 98, 163)},
       {W("a", 120, 115), W("b", 220, 115), W("c", 120, 145), W("d", 220, 145)},
       "table 2x2\n0,0 1x1: a\n0,1 1x1: b\n1,0 1x1: c\n1,1 1x1: d\n"},
      {"a letter stem touching the border is not a column line",
       [] {
         auto rulings = FullGrid({100, 200, 300}, {100, 130});
         rulings.push_back(V(150, 132, 149));
         rulings.push_back(V(250, 80, 98));
         return rulings;
       }(),
       {W("a", 110, 115), W("b", 210, 115), W("title", 140, 140)},
       "table 1x2\n0,0 1x1: a\n0,1 1x1: b\n"},
      {"two tables, a stray dash and a lone box line are not tables",
       [] {
         auto rulings = FullGrid({100, 200}, {100, 130});
         for (const Ruling& r : FullGrid({100, 150, 200}, {300, 330})) rulings.push_back(r);
         rulings.push_back(H(115, 150, 154));
         rulings.push_back(H(500, 100, 300));
         return rulings;
       }(),
       {W("top", 110, 115), W("-", 150, 115, 4), W("left", 110, 315), W("right", 160, 315)},
       "table 1x1\n0,0 1x1: top -\ntable 1x2\n0,0 1x1: left\n0,1 1x1: right\n"},
  };
  for (const auto& c : cases) {
    CAPTURE(c.name);
    Page page;
    page.number = 3;
    page.words = c.words;
    page.rulings = c.rulings;
    std::vector<Table> tables = BuildTables(page);
    CHECK(Summary(tables) == c.want);
    for (const Table& table : tables) CHECK(table.page == 3);
  }
}

TEST_CASE("BuildTables gives cell boxes from the grid and At follows spans") {
  Page page;
  page.number = 1;
  page.rulings = {H(100, 100, 300), H(130, 200, 300), H(160, 100, 300),
                  V(100, 100, 160), V(200, 100, 160), V(300, 100, 160)};
  std::vector<Table> tables = BuildTables(page);
  REQUIRE(tables.size() == 1);
  const Table& t = tables[0];
  CHECK(t.box == Box{100, 100, 300, 160});
  REQUIRE(t.At(1, 0) != nullptr);
  CHECK(t.At(1, 0) == t.At(0, 0));
  CHECK(t.At(0, 0)->box == Box{100, 100, 200, 160});
  CHECK(t.At(1, 1)->box == Box{200, 130, 300, 160});
  CHECK(t.At(2, 0) == nullptr);
  CHECK(t.At(0, 2) == nullptr);
}

}  // namespace itapipe
