#pragma once
// Words grouped into printed lines by position, and lines joined back into running text.

#include <string>
#include <vector>

#include "core/document.h"

namespace itapipe {

struct TextLine {
  Box box;
  std::string text;  // the line's words left to right, one space apart

  bool operator==(const TextLine&) const = default;
};

// Groups words into printed lines: a word joins a line when its box overlaps the line's
// first word vertically by at least half the smaller height. Lines come top to bottom, the
// words of each left to right.
std::vector<std::vector<const Word*>> GroupWordsIntoLines(std::vector<const Word*> words);

// GroupWordsIntoLines with each line's box and text. Pointers must stay valid during the
// call only.
std::vector<TextLine> GroupIntoLines(std::vector<const Word*> words);

// Joins lines of one paragraph or cell: no space where the break falls between two Thai
// characters (Thai puts no spaces between words) unless the first is ๆ or ฯ, none after an
// opening or before a closing bracket or a comma, none after a hyphen that ends a Latin
// word part ("E-" + "Service") or after a slash with no space before it ("งาน/" + "การ"),
// none inside a number broken after a slash ("8/25" + "64"), one space otherwise.
std::string JoinLines(const std::vector<TextLine>& lines);

}  // namespace itapipe
