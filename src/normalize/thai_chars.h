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

// Whether a word starting with `first` continues the word before it, which ends with `last`.
// Text layers split words before a mark or following vowel ("ป่ าแดด", "ดังนี ้"); but a mark
// after a tone mark was displaced onto the wrong base (Poppler's physical order gives
// "ตัวชีว้ ัด") and joining would not repair it.
inline bool ContinuesWord(char32_t last, char32_t first) {
  if (!IsThaiLetter(last) || !CannotBeginWord(first)) return false;
  bool after_tone = last >= 0x0E48 && last <= 0x0E4C;
  return !(after_tone && IsThaiCombiningMark(first));
}

// Invisible characters the normalizer deletes: ZWSP, ZWNJ, ZWJ, BOM, word joiner, soft hyphen.
inline bool IsZeroWidth(char32_t c) {
  return c == 0x200B || c == 0x200C || c == 0x200D || c == 0xFEFF || c == 0x2060 || c == 0x00AD;
}

}  // namespace itapipe
