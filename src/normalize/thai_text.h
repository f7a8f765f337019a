#pragma once
// The one canonical text normalizer of the pipeline: every word and cell passes through it.

#include <string>
#include <string_view>

namespace itapipe {

// Canonical form of raw UTF-8 text: legacy PUA Thai glyphs repaired, NFC (never NFKC), ํ(tone)า
// composed to (tone)ำ, Thai marks in canonical order (vowel marks, then tones, thanthakhat last)
// with identical repeats collapsed, no space before a Thai mark, zero-width characters and soft
// hyphens removed, Thai digits as ASCII digits, every whitespace run one space, trimmed.
// Invalid UTF-8 becomes U+FFFD. Idempotent: NormalizeText(NormalizeText(x)) == NormalizeText(x).
std::string NormalizeText(std::string_view raw);

// s with the Thai digits ๐-๙ replaced by 0-9 and nothing else changed.
std::string ThaiDigitsToAscii(std::string_view s);

}  // namespace itapipe
