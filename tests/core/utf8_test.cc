#include "core/utf8.h"

#include <doctest/doctest.h>

namespace itapipe {

TEST_CASE("DecodeUtf8 and EncodeUtf8 round-trip; bad bytes become U+FFFD") {
  struct {
    std::string in;
    std::u32string want;
  } cases[] = {
      {"", U""},
      {"a", U"a"},
      {"\xE0\xB8\x81", U"\u0E01"},
      {"๗๗.๙๘", U"\u0E57\u0E57.\u0E59\u0E58"},
      {"\xE0\xB8", U"\uFFFD\uFFFD"},  // truncated sequence
      {"\xC3\x28", U"\uFFFD("},       // bad continuation
      {"\xF0\x9F\x98\x80", U"\U0001F600"},
  };
  for (const auto& c : cases) {
    CHECK(DecodeUtf8(c.in) == c.want);
  }
  CHECK(EncodeUtf8(U"\u0E01\u0E33 9") == "กำ 9");
}

TEST_CASE("IsThaiCombiningMark knows the above and below marks") {
  CHECK(IsThaiCombiningMark(U'\u0E31'));
  CHECK(IsThaiCombiningMark(U'\u0E49'));
  CHECK(IsThaiCombiningMark(U'\u0E38'));
  CHECK_FALSE(IsThaiCombiningMark(U'\u0E33'));  // sara am has its own advance
  CHECK_FALSE(IsThaiCombiningMark(U'\u0E01'));
  CHECK_FALSE(IsThaiCombiningMark(U'a'));
}

TEST_CASE("EscapeInvalidUtf8 writes bytes that are not UTF-8 as \\xHH") {
  struct {
    std::string in;
    const char* want;
    bool valid;
  } cases[] = {
      {"", "", true},
      {"ก.pdf", "ก.pdf", true},
      {"\xBC\xD2\xC3.pdf", "\\xBC\\xD2\\xC3.pdf", false},  // TIS-620
      {"\xE0\xB8", "\\xE0\\xB8", false},                   // truncated
      {"\xC0\xAF", "\\xC0\\xAF", false},                   // overlong
      {"\xE0\x80\xAF", "\\xE0\\x80\\xAF", false},          // overlong
      {"\xED\xA0\x80", "\\xED\\xA0\\x80", false},          // surrogate
      {"a\\xBC", "a\\xBC", true},                          // a backslash is text
  };
  for (const auto& c : cases) {
    CAPTURE(c.in);
    CHECK(EscapeInvalidUtf8(c.in) == c.want);
    CHECK(IsValidUtf8(c.in) == c.valid);
    CHECK(IsValidUtf8(EscapeInvalidUtf8(c.in)));
  }
}

}  // namespace itapipe
