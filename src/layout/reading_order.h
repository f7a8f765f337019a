#pragma once
// The order in which the text gate reads a page's words: runs of words that continue one
// another down a column (a paragraph, the lines of a table cell) stay together.

#include <vector>

#include "core/document.h"

namespace itapipe {

// Indices into page.words. Words are grouped into printed lines; a line is cut into pieces
// where a vertical ruling or a gap wider than two word heights parts its words (table
// cells); each piece follows the piece on the line above it that it lies under most, so a
// word a narrow cell wraps ("ยุทธศาส" + "ตร์") reads whole. Pieces that follow nothing
// start a new run; runs come in the order they start, top to bottom, left to right.
std::vector<size_t> ColumnReadingOrder(const Page& page);

}  // namespace itapipe
