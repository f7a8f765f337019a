#pragma once
// A table read from a page: a grid of cells, merged cells carrying spans.

#include <string>
#include <vector>

#include "core/geometry.h"

namespace itapipe {

// One cell of a table; a merged cell covers row_span x col_span grid positions.
struct TableCell {
  int row = 0;
  int col = 0;
  int row_span = 1;
  int col_span = 1;
  Box box;
  std::string text;       // words inside the cell, lines joined (see BuildTables)
  double confidence = 1;  // the least confident of those words'

  bool operator==(const TableCell&) const = default;
};

struct Table {
  int page = 0;  // 1-based
  Box box;
  int rows = 0;
  int cols = 0;
  std::vector<TableCell> cells;  // row-major by top-left grid position
  std::vector<double> xs;        // grid column edges, left to right (cols + 1 of them)
  std::vector<double> ys;        // grid row edges, top to bottom (rows + 1 of them)
  bool ruled = true;             // false: found from whitespace (whitespace_tables.h)

  // The cell covering grid position (row, col), following spans; nullptr when none does.
  const TableCell* At(int row, int col) const;
  // Whether the centre of word (a word's box) lies inside the table: how a word is taken to
  // be one of its.
  bool Holds(const Box& word) const;

  bool operator==(const Table&) const = default;
};

// Whether any of tables holds box (Table::Holds).
bool AnyHolds(const std::vector<Table>& tables, const Box& box);

// The order tables are read in on a page: top to bottom, then left to right.
bool ReadsBefore(const Table& a, const Table& b);

}  // namespace itapipe
