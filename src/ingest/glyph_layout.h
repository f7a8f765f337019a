#pragma once
// Words from positioned glyphs: lines by geometry, combining marks back on their base.
//
// Poppler's own word assembly splits Thai marks from their base ("ตัวชีว้ ัด"), because a
// zero-width mark is drawn at the right edge of its base, where the next glyph starts.
// Attaching every mark to the base whose right edge is nearest restores the strings.

#include <vector>

#include "core/document.h"

namespace itapipe {

struct Glyph {
  char32_t code = 0;
  Box box;
};

// Groups glyphs into lines (top to bottom) and words (left to right), splitting words at
// spaces and at horizontal gaps wider than a space. Returned words have confidence 1.
std::vector<Word> AssembleWords(const std::vector<Glyph>& glyphs);

}  // namespace itapipe
