#pragma once
// Which OCR words are numbers the Thai model may have misread, and which second readings
// of them to believe.

#include <string_view>
#include <vector>

#include "core/document.h"

namespace itapipe {

// True for a word the stock Thai model read as (part of) a number that it may have got
// wrong: it can only output the Thai digits ๐ ๑ ๒ ๓ ๕, so any Thai digit is suspect, and so
// is a digit run with stray Thai letters in it ("๕ต.๕๕"). A clean ASCII number ("84.03")
// and ASCII among Latin letters ("E12", "0|1") are not.
bool NeedsNumberReading(std::string_view text);

// True when a reading by the numerals model is a well-formed number token: digits (Thai or
// ASCII) with the separators of scores, dates, ranges and codes, and no space.
bool IsNumberReading(std::string_view text);

// The area to show the numerals model for words[index] of a line whose box is `line`: the
// word's box grown to the line's height plus `pad` points and sideways into the gaps to its
// neighbours (up to half of each gap, at most `reach` points), so that loose or clipped
// piece boxes lose no digit and no neighbour's ink gets in.
Box NumberArea(const std::vector<Word>& words, size_t index, const Box& line, double pad,
               double reach);

}  // namespace itapipe
