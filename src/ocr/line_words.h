#pragma once
// Tesseract's pieces of a text line put back together into the words of the line's text.

#include <string_view>
#include <vector>

#include "core/document.h"

namespace itapipe {

// For Thai, Tesseract's "words" are mostly single characters or clusters; the line's text
// says where the real spaces are. Returns the space-separated words of line_text, each with
// the union of its pieces' boxes and their least confidence. Pieces must come in line
// order; a piece that does not match the text at its place still joins the current word.
std::vector<Word> GroupLineWords(std::string_view line_text, const std::vector<Word>& pieces);

}  // namespace itapipe
