#pragma once
// UTF-8 to code points and back, for the few places that must look at single characters.

#include <string>
#include <string_view>

namespace itapipe {

// Decodes s; invalid bytes become U+FFFD, so damage stays visible downstream.
std::u32string DecodeUtf8(std::string_view s);
std::string EncodeUtf8(std::u32string_view s);
void AppendUtf8(char32_t c, std::string& out);

// Whether s is well-formed UTF-8 (no overlong forms, surrogates or values past U+10FFFF).
bool IsValidUtf8(std::string_view s);

// s with every byte that is not part of well-formed UTF-8 written as \xHH (upper-case hex),
// so that a file name from an old share (TIS-620) can go into UTF-8 outputs; valid text is
// unchanged.
std::string EscapeInvalidUtf8(std::string_view s);

// Thai combining marks drawn above or below their base (U+0E31, U+0E34-U+0E3A, U+0E47-U+0E4E).
bool IsThaiCombiningMark(char32_t c);

// The upper vowels ิ ี ึ ื (U+0E34-U+0E37), which OCR of Thai takes one for another.
bool IsThaiUpperVowel(char32_t c);

// Tone marks and the signs written in their place, mai taikhu and thanthakhat (U+0E47-U+0E4C),
// which OCR of Thai drops most.
bool IsThaiToneMark(char32_t c);

}  // namespace itapipe
