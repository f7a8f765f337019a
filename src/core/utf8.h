#pragma once
// UTF-8 to code points and back, for the few places that must look at single characters.

#include <string>
#include <string_view>

namespace itapipe {

// Decodes s; invalid bytes become U+FFFD, so damage stays visible downstream.
std::u32string DecodeUtf8(std::string_view s);
std::string EncodeUtf8(std::u32string_view s);
void AppendUtf8(char32_t c, std::string& out);

// Thai combining marks drawn above or below their base (U+0E31, U+0E34-U+0E3A, U+0E47-U+0E4E).
bool IsThaiCombiningMark(char32_t c);

// The upper vowels ิ ี ึ ื (U+0E34-U+0E37), which OCR of Thai takes one for another.
bool IsThaiUpperVowel(char32_t c);

// Tone marks and the signs written in their place, mai taikhu and thanthakhat (U+0E47-U+0E4C),
// which OCR of Thai drops most.
bool IsThaiToneMark(char32_t c);

}  // namespace itapipe
