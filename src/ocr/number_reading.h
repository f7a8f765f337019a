#pragma once
// Which OCR words are numbers the Thai model may have misread, and which second readings
// of them to believe.

#include <string_view>
#include <vector>

#include "core/document.h"

namespace itapipe {

// True for a word the text models may have misread as (part of) a number: stock tha can
// output only the Thai digits ๐ ๑ ๒ ๓ ๕, so any digit run is suspect (ASCII too: eng reads
// ๑๐๐ as "8100"), and so is short lower-case junk, which is how eng reads the Thai digits
// tha lacks. Upper-case words (OIT, B) and long words are not.
bool NeedsNumberReading(std::string_view text);

// NeedsNumberReading for the whole text of a one-line table cell, where a misread number is
// also any short Latin junk and a lone Thai letter; check marks (v / J ✓) are not.
bool NeedsCellNumberReading(std::string_view text);

// True for a short text (a table cell of 2-10 characters) the text models read with a
// confidence below 0.8: it may be a number in a font they garble into letters (เรไง, "cla.ฒ๕"
// for ๗๙.๗๙). Check marks are not.
bool IsShortUnsureText(std::string_view text, double confidence);

// Whether the numerals model's reading `second` should replace the text models' `first`:
// only a well-formed number, and over an ASCII number only when the numerals model is the
// more confident or reads the same shape with other digits (at confidence 0.7 or more); or
// a grade letter (A-F, AA) read at confidence 0.7 or more where the text models saw one
// character.
bool PreferNumberReading(std::string_view first, std::string_view second, double first_confidence,
                         double second_confidence);

// True for a grade as the numerals model writes one: A-F or AA.
bool IsGradeLetter(std::string_view text);

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
