#include "normalize/thai_chars.h"

#include <doctest/doctest.h>

namespace itapipe {

TEST_CASE("CannotBeginWord knows marks and following vowels") {
  struct {
    char32_t c;
    bool want;
  } cases[] = {
      {0x0E48, true},  {0x0E31, true},  {0x0E38, true}, {0x0E32, true},
      {0x0E33, true},  {0x0E30, true},  {0x0E45, true}, {0x0E01, false},
      {0x0E40, false}, {0x0E50, false}, {U'a', false},  {U' ', false},
  };
  for (auto c : cases) {
    CAPTURE(static_cast<unsigned>(c.c));
    CHECK(CannotBeginWord(c.c) == c.want);
  }
}

TEST_CASE("ContinuesWord joins split words but not displaced marks") {
  struct {
    char32_t last;
    char32_t first;
    bool want;
  } cases[] = {
      {0x0E1B, 0x0E49, true},   // การป + ้องกัน
      {0x0E35, 0x0E49, true},   // ดังนี + ้
      {0x0E48, 0x0E32, true},   // ป่ + าแดด
      {0x0E49, 0x0E31, false},  // ตัวชีว้ + ัด: the tone sits on the wrong base
      {0x0E4C, 0x0E34, false}, {U'A', 0x0E49, false},
      {0x0E01, 0x0E01, false}, {0x0E59, 0x0E32, false},  // a Thai digit is not a letter
  };
  for (auto c : cases) {
    CAPTURE(static_cast<unsigned>(c.first));
    CHECK(ContinuesWord(c.last, c.first) == c.want);
  }
}

TEST_CASE("IsZeroWidth lists the invisible characters the normalizer deletes") {
  for (char32_t c : {0x200B, 0x200C, 0x200D, 0xFEFF, 0x2060, 0x00AD}) CHECK(IsZeroWidth(c));
  for (char32_t c : {0x0020, 0x00A0, 0x2009, 0x0E01}) CHECK_FALSE(IsZeroWidth(c));
}

}  // namespace itapipe
