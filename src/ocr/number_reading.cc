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

constexpr size_t kMaxNumberLength = 16;

}  // namespace

bool NeedsNumberReading(std::string_view text) {
  std::u32string s = DecodeUtf8(text);
  if (s.empty() || s.size() > kMaxNumberLength) return false;
  size_t digits = 0, thai_digits = 0, thai_letters = 0, other = 0;
  for (char32_t c : s) {
    digits += IsDigit(c);
    thai_digits += IsThaiDigit(c);
    thai_letters += !IsDigit(c) && c >= 0x0E01 && c <= 0x0E5B;
    other += !IsDigit(c) && !IsSeparator(c);
  }
  if (digits == 0 || other * 2 > s.size()) return false;
  // ASCII digits among Latin letters are codes or misread Latin ("0|1" for OIT), which the
  // eng model reads better than the numerals model.
  return thai_digits > 0 || thai_letters > 0;
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
