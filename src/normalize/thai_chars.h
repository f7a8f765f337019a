#pragma once
// Character classes of the Thai block shared by the normalizer and the text-layer gate.

#include "core/utf8.h"

namespace itapipe {

inline bool IsThaiBlock(char32_t c) { return c >= 0x0E00 && c <= 0x0E7F; }

inline bool IsThaiConsonant(char32_t c) { return c >= 0x0E01 && c <= 0x0E2E; }

// A Thai letter, vowel or mark; not a digit or symbol.
inline bool IsThaiLetter(char32_t c) { return c >= 0x0E01 && c <= 0x0E4E; }

// Vowels written after their consonant as letters of their own: ะ, า, ำ, ๅ.
inline bool IsFollowingVowel(char32_t c) {
  return c == 0x0E30 || c == 0x0E32 || c == 0x0E33 || c == 0x0E45;
}

// Marks and following vowels: no Thai word begins with one.
inline bool CannotBeginWord(char32_t c) { return IsThaiCombiningMark(c) || IsFollowingVowel(c); }

// Invisible characters the normalizer deletes: ZWSP, ZWNJ, ZWJ, BOM, word joiner, soft hyphen.
inline bool IsZeroWidth(char32_t c) {
  return c == 0x200B || c == 0x200C || c == 0x200D || c == 0xFEFF || c == 0x2060 || c == 0x00AD;
}

}  // namespace itapipe
