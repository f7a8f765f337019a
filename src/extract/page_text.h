#pragma once
// Plain text of a page for the rules: words joined by spaces, lines by newlines.

#include <string>
#include <vector>

#include "core/document.h"

namespace itapipe {

struct PageLine {
  std::string text;
  Box box;
  double confidence = 1;  // the least confident word's
};

// Lines in reading order: words whose vertical centres are close share a line, so a table
// row reads across its cells.
std::vector<PageLine> PageLines(const Page& page);

// The lines joined with '\n'.
std::string PageText(const Page& page);

// A page's text with what the rules need to say where a value came from.
struct PageContent {
  int page = 0;
  std::string text;
  double confidence = 1;  // the least confident word's
};

// Every page's text in reading order, each ruled table read row by row in its place (one
// line per row, cells joined by spaces) instead of line by line: the cells of a row wrap
// differently, so a printed line cuts across rows (a score beside the end of one name and
// the start of the next). The words outside the tables read as PageLines does.
std::vector<PageContent> DocumentContent(const Document& doc);

}  // namespace itapipe
