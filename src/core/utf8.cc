#include "core/utf8.h"

namespace itapipe {
namespace {

constexpr char32_t kReplacement = 0xFFFD;

// Number of continuation bytes a lead byte announces, or -1 for an invalid lead.
int ContinuationCount(unsigned char lead) {
  if (lead < 0x80) return 0;
  if ((lead & 0xE0) == 0xC0) return lead >= 0xC2 ? 1 : -1;
  if ((lead & 0xF0) == 0xE0) return 2;
  if ((lead & 0xF8) == 0xF0) return lead <= 0xF4 ? 3 : -1;
  return -1;
}

// Length of the well-formed UTF-8 sequence at s[i] (no overlong forms, no surrogates), or 0.
size_t SequenceLength(std::string_view s, size_t i) {
  unsigned char lead = s[i];
  int extra = ContinuationCount(lead);
  if (extra < 0 || i + extra >= s.size()) return 0;
  char32_t c = extra == 0 ? lead : (lead & (0x3F >> extra));
  for (int k = 1; k <= extra; ++k) {
    unsigned char next = s[i + k];
    if ((next & 0xC0) != 0x80) return 0;
    c = (c << 6) | (next & 0x3F);
  }
  constexpr char32_t kMinimum[] = {0, 0x80, 0x800, 0x10000};
  if (c < kMinimum[extra] || (c >= 0xD800 && c <= 0xDFFF) || c > 0x10FFFF) return 0;
  return static_cast<size_t>(extra) + 1;
}

}  // namespace

bool IsValidUtf8(std::string_view s) {
  for (size_t i = 0, n; i < s.size(); i += n) {
    n = SequenceLength(s, i);
    if (n == 0) return false;
  }
  return true;
}

std::string EscapeInvalidUtf8(std::string_view s) {
  constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (size_t i = 0; i < s.size();) {
    size_t n = SequenceLength(s, i);
    if (n > 0) {
      out.append(s.substr(i, n));
      i += n;
      continue;
    }
    auto byte = static_cast<unsigned char>(s[i++]);
    out += "\\x";
    out.push_back(kHex[byte >> 4]);
    out.push_back(kHex[byte & 0xF]);
  }
  return out;
}

std::u32string DecodeUtf8(std::string_view s) {
  std::u32string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    unsigned char lead = s[i];
    int extra = ContinuationCount(lead);
    if (extra < 0 || i + extra >= s.size()) {
      out.push_back(kReplacement);
      ++i;
      continue;
    }
    char32_t c = extra == 0 ? lead : (lead & (0x3F >> extra));
    bool valid = true;
    for (int k = 1; k <= extra; ++k) {
      unsigned char next = s[i + k];
      if ((next & 0xC0) != 0x80) valid = false;
      c = (c << 6) | (next & 0x3F);
    }
    if (!valid || (c >= 0xD800 && c <= 0xDFFF) || c > 0x10FFFF) {
      out.push_back(kReplacement);
      ++i;
      continue;
    }
    out.push_back(c);
    i += extra + 1;
  }
  return out;
}

void AppendUtf8(char32_t c, std::string& out) {
  if (c < 0x80) {
    out.push_back(static_cast<char>(c));
  } else if (c < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (c >> 6)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else if (c < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (c >> 12)));
    out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (c >> 18)));
    out.push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  }
}

std::string EncodeUtf8(std::u32string_view s) {
  std::string out;
  out.reserve(s.size() * 3);
  for (char32_t c : s) AppendUtf8(c, out);
  return out;
}

bool IsThaiCombiningMark(char32_t c) {
  return c == 0x0E31 || (c >= 0x0E34 && c <= 0x0E3A) || (c >= 0x0E47 && c <= 0x0E4E);
}

bool IsThaiUpperVowel(char32_t c) { return c >= 0x0E34 && c <= 0x0E37; }

bool IsThaiToneMark(char32_t c) { return c >= 0x0E47 && c <= 0x0E4C; }

}  // namespace itapipe
