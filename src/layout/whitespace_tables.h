#pragma once
// Tables drawn without rulings: columns where a gutter of whitespace runs down a block of
// lines, rows where the gap between lines is wider than the spacing inside a cell.

#include <vector>

#include "core/document.h"
#include "layout/table.h"

namespace itapipe {

struct WhitespaceTableOptions {
  // The narrowest gutter between two columns, as a share of the median line height. Words
  // of a line are about a quarter of a line height apart; cells at least twice that.
  double min_gutter = 0.45;
  // A line this wide (share of the page's text width) with no gutter in it is prose; it
  // ends a block.
  double wide_line = 0.85;
  // A vertical gap wider than this many line heights ends a block.
  double block_gap = 1.8;
  // Lines that may cross a gutter, per line of the block (a header spanning its columns, a
  // title row across the table).
  double crossing_share = 0.15;
  // A gap between lines this much wider (share of a line height) than the narrower gaps of
  // a block separates rows; with no such difference every gap does.
  double row_gap_excess = 0.2;
};

// The borderless tables of page, top to bottom, among the words outside `ruled` (the page's
// ruled tables). A table needs a gutter with words on each side of it in two lines, and on
// both sides in one line at least. Its cells
// hold their words as BuildTables's do; a line that crosses a gutter makes a cell spanning
// the columns it covers.
std::vector<Table> FindWhitespaceTables(const Page& page, const std::vector<Table>& ruled,
                                        const WhitespaceTableOptions& options = {});

}  // namespace itapipe
