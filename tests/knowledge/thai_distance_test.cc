#include "knowledge/thai_distance.h"

#include <doctest/doctest.h>

namespace itapipe {
namespace {

TEST_CASE("Thai text is cut into a base with its marks, and vowels of their own") {
  CHECK(ThaiClusters("ท่าช้าง") == std::vector<std::u32string>{U"ท่", U"า", U"ช้", U"า", U"ง"});
  CHECK(ThaiClusters("แม่ริม") == std::vector<std::u32string>{U"แ", U"ม่", U"ริ", U"ม"});
  CHECK(ThaiClusters("น้ำ") == std::vector<std::u32string>{U"น้", U"ำ"});
  CHECK(ThaiClusters("\u0E48ก") == std::vector<std::u32string>{U"\u0E48", U"ก"});
  CHECK(ThaiClusters("เ\u0E48ก") == std::vector<std::u32string>{U"เ", U"\u0E48", U"ก"});
  CHECK(ThaiClusters("").empty());
}

TEST_CASE("OCR's damage to marks and vowels is cheap, another letter is not") {
  struct {
    const char* a;
    const char* b;
    double want;
  } cases[] = {
      {"ท่าช้าง", "ท่าช้าง", 0},
      {"ท่าช้าง", "ทำช้าง", 0.5},         // tone dropped, า taken for ำ
      {"วังน้ำเขียว", "วังนำเขียว", 0.25},  // tone dropped
      {"หนึ่ง", "หนึง", 0.25},
      {"หนึ่ง", "หนิ่ง", 0.25},       // one upper vowel for another
      {"แม่ริม", "แผแม่ริม", 1.5},    // a leading vowel and a letter inserted
      {"เขาพระ", "แขาพระ", 0.5},  // one leading vowel for another
      {"ท่าช้าง", "ท่าข้าง", 1},      // another consonant
      {"ท่าช้าง", "ท่าช้", 1.5},      // two clusters lost
      {"", "กา", 1.5},
  };
  for (auto c : cases) {
    CAPTURE(c.a);
    CAPTURE(c.b);
    CHECK(ThaiDistance(c.a, c.b) == doctest::Approx(c.want));
    CHECK(ThaiDistance(c.b, c.a) == doctest::Approx(c.want));
  }
}

}  // namespace
}  // namespace itapipe
