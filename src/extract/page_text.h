#pragma once
// Plain text of a page for the rules: words joined by spaces, lines by newlines.

#include <cstddef>
#include <string>
#include <vector>

#include "core/document.h"
#include "layout/page_layout.h"

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

// Where some words landed in a page's text: bytes [begin, end) and their least confidence.
struct TextSpan {
  size_t begin = 0;
  size_t end = 0;
  double confidence = 1;

  bool operator==(const TextSpan&) const = default;
};

// A page's text with what the rules need to say where a value came from.
struct PageContent {
  int page = 0;
  std::string text;
  double confidence = 1;  // the least confident word's
  // Each word outside the tables and each table cell read in place, in text order; empty
  // when every word of the page is certain (a text layer), as ConfidenceOf then says 1.
  std::vector<TextSpan> spans;
};

// The least confidence of the spans of page overlapping [begin, end); 1 when none does.
double ConfidenceOf(const PageContent& page, size_t begin, size_t end);

// Every page's text in reading order, each ruled table read row by row in its place (one
// line per row, cells joined by spaces) instead of line by line: the cells of a row wrap
// differently, so a printed line cuts across rows (a score beside the end of one name and
// the start of the next). A table of two or three rows is then read down its columns too, one
// line per column, so that a label over its value reads as a sentence would. The words
// outside the tables read as PageLines does.
std::vector<PageContent> DocumentContent(const Document& doc,
                                         const std::vector<PageLayout>& layouts);

// DocumentContent with the layout built here, for a caller that needs nothing else of it.
std::vector<PageContent> DocumentContent(const Document& doc);

}  // namespace itapipe
