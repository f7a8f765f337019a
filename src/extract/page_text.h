#pragma once
// Plain text of a page for the rules: words joined by spaces, lines by newlines.

#include <string>
#include <vector>

#include "core/document.h"

namespace itapipe {

struct TextLine {
  std::string text;
  Box box;
  double confidence = 1;  // the least confident word's
};

// Lines in reading order: words whose vertical centres are close share a line, so a table
// row reads across its cells.
std::vector<TextLine> PageLines(const Page& page);

// The lines joined with '\n'.
std::string PageText(const Page& page);

// A page's text with what the rules need to say where a value came from.
struct PageContent {
  int page = 0;
  std::string text;
  double confidence = 1;  // the least confident word's
};

// Every page's lines, then one line per row of each of its tables, cells joined by spaces:
// a row reads as a line even when its cells wrap differently.
std::vector<PageContent> DocumentContent(const Document& doc);

// The rows of the page's tables, one line each.
std::string TableRowsText(const Page& page);

}  // namespace itapipe
