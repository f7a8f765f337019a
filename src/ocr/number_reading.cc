#include "ocr/number_reading.h"

#include <algorithm>

#include "core/utf8.h"

namespace itapipe {
namespace {

bool IsThaiDigit(char32_t c) { return c >= 0x0E50 && c <= 0x0E59; }
bool IsAsciiDigit(char32_t c) { return c >= '0' && c <= '9'; }
bool IsDigit(char32_t c) { return IsThaiDigit(c) || IsAsciiDigit(c); }
bool IsSeparator(char32_t c) {
  return c == '.' || c == ',' || c == '-' || c == '/' || c == '%' || c == ':' || c == '(' ||
         c == ')';
}

// How OCR reads the check marks of status columns (✓ √ as v, J, /, quotes or bars).
bool IsMarkLike(char32_t c) {
  return c == 'v' || c == 'V' || c == 'J' || c == 'x' || c == '/' || c == '|' || c == '\'' ||
         c == '"' || c > 0x2000;
}

constexpr size_t kMaxNumberLength = 16;
constexpr size_t kMaxJunkLength = 10;

size_t CountSeparators(const std::u32string& s) {
  return static_cast<size_t>(std::count_if(s.begin(), s.end(), IsSeparator));
}

constexpr double kMinShapeConfidence = 0.7;

// True when two number readings have the same separators at the same places and differ
// only in which digits they have (Thai and ASCII digits count as the same kind).
bool SameShape(const std::u32string& a, const std::u32string& b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (IsDigit(a[i]) != IsDigit(b[i])) return false;
    if (!IsDigit(a[i]) && a[i] != b[i]) return false;
  }
  return true;
}

// A score's shape (1-3 characters, a point, 2 characters) made of digits and Thai letters:
// how tha writes a Thai score whose digits it lacks (ฒฒ.ฒ3 for ๗๗.๗๓). Thai abbreviations
// put one letter between their points (พ.ศ., ต.ค.).
bool ScoreShaped(const std::u32string& s) {
  size_t point = s.find(U'.');
  if (point == std::u32string::npos || point < 1 || point > 3 || s.size() - point - 1 != 2 ||
      s.find(U'.', point + 1) != std::u32string::npos)
    return false;
  return std::all_of(s.begin(), s.end(), [](char32_t c) {
    return c == U'.' || IsDigit(c) || (c >= 0x0E01 && c <= 0x0E2E);
  });
}

}  // namespace

bool NeedsNumberReading(std::string_view text) {
  std::u32string s = DecodeUtf8(text);
  if (s.empty() || s.size() > kMaxNumberLength) return false;
  if (ScoreShaped(s)) return true;
  size_t digits = 0, lower = 0, other = 0;
  for (char32_t c : s) {
    digits += IsDigit(c);
    lower += c >= 'a' && c <= 'z';
    other += !IsDigit(c) && !IsSeparator(c);
  }
  if (digits > 0) return other * 2 <= s.size();
  // The eng model reads the Thai digits tha lacks as lower-case junk ("ab ale" for ๗๖.๗๔);
  // upper-case words are codes and grades (OIT, B) and stay.
  // Check marks come as v, x, J: the status columns need them as they are.
  bool marks = std::all_of(s.begin(), s.end(), [](char32_t c) { return c == 'v' || c == 'x'; });
  return s.size() >= 2 && s.size() <= kMaxJunkLength && lower > 0 && !marks &&
         lower + CountSeparators(s) == s.size();
}

bool NeedsCellNumberReading(std::string_view text) {
  if (NeedsNumberReading(text)) return true;
  std::u32string s;
  for (char32_t c : DecodeUtf8(text))
    if (c != ' ') s.push_back(c);
  if (s.empty() || s.size() > kMaxJunkLength) return false;
  size_t thai_letters =
      std::count_if(s.begin(), s.end(), [](char32_t c) { return c >= 0x0E01 && c <= 0x0E2E; });
  bool mark = s.size() <= 2 && std::all_of(s.begin(), s.end(), IsMarkLike);
  // Latin junk (COR .CYG) is how eng reads Thai digits; one Thai letter (ฆ่) how tha reads
  // a lone ๔. A check mark stays a check mark.
  return !mark && (thai_letters == 0 || (thai_letters == 1 && s.size() <= 2));
}

bool IsShortUnsureText(std::string_view text, double confidence) {
  constexpr double kUnsure = 0.8;
  std::u32string s;
  for (char32_t c : DecodeUtf8(text))
    if (c != ' ') s.push_back(c);
  // Check marks (v J “ |) are what the status columns need as they are.
  bool marks = std::all_of(s.begin(), s.end(), IsMarkLike);
  return confidence < kUnsure && s.size() >= 2 && s.size() <= kMaxJunkLength && !marks;
}

bool IsGradeLetter(std::string_view text) {
  return text == "AA" || (text.size() == 1 && text[0] >= 'A' && text[0] <= 'F');
}

bool PreferNumberReading(std::string_view first, std::string_view second, double first_confidence,
                         double second_confidence) {
  // eng reads a printed grade B as 8; the numerals model knows both, when it is sure (a
  // candidate model read that B as E at 0.5).
  if (IsGradeLetter(second) && first.size() == 1) return second_confidence >= kMinShapeConfidence;
  if (!IsNumberReading(second)) return false;
  std::u32string s = DecodeUtf8(first);
  bool ascii_number = !s.empty() && std::all_of(s.begin(), s.end(), [](char32_t c) {
    return IsAsciiDigit(c) || IsSeparator(c);
  });
  // An ASCII number is what the eng model reads well, unless it was a misread Thai number
  // ("8100" for ๑๐๐): then the numerals model is the surer one. Where the two differ only
  // in digits, eng's certainty means little: it reads the 7 of Thai fonts as 1 at 0.94
  // ("17.64" for 77.64), which the numerals model, trained on these fonts, does not.
  if (!ascii_number) return true;
  return second_confidence > first_confidence ||
         (SameShape(s, DecodeUtf8(second)) && second_confidence >= kMinShapeConfidence);
}

bool IsNumberReading(std::string_view text) {
  std::u32string s = DecodeUtf8(text);
  if (s.empty() || (!IsDigit(s.front()) && s.front() != '(')) return false;
  bool any_digit = false;
  for (char32_t c : s) {
    if (!IsDigit(c) && !IsSeparator(c)) return false;
    any_digit = any_digit || IsDigit(c);
  }
  return any_digit;
}

Box NumberArea(const std::vector<Word>& words, size_t index, const Box& line, double pad,
               double reach) {
  const Box& box = words[index].box;
  double left = box.left - reach, right = box.right + reach;
  if (index > 0) left = std::max(left, (words[index - 1].box.right + box.left) / 2);
  if (index + 1 < words.size())
    right = std::min(right, (box.right + words[index + 1].box.left) / 2);
  return Box{std::min(left, box.left), std::min(line.top, box.top) - pad,
             std::max(right, box.right), std::max(line.bottom, box.bottom) + pad};
}

}  // namespace itapipe
