#include "extract/indicators.h"

#include <doctest/doctest.h>

#include <string>

namespace itapipe {
namespace {

const Knowledge& Models() {
  static const Knowledge knowledge = [] {
    auto loaded = Knowledge::Load(ITAPIPE_MODELS_DIR);
    REQUIRE(loaded.has_value());
    return std::move(*loaded);
  }();
  return knowledge;
}

// "number=score" of every indicator found, in number order.
std::string ScoresOf(const std::string& text) {
  std::vector<std::string> problems;
  const Methodology& m = Models().methodologies.front();
  std::string out;
  for (const IndicatorScore& s :
       ExtractIndicators({PageContent{1, text, 1}}, Models(), m, problems)) {
    char score[16];
    std::snprintf(score, sizeof score, "%.2f", s.score);
    out += (out.empty() ? "" : " ") + std::to_string(s.number) + "=" + score;
  }
  return out;
}

TEST_CASE("ExtractIndicators reads names with scores, table rows and transposed tables") {
  struct {
    const char* text;
    const char* want;
  } cases[] = {
      {"ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่ 85.08\n", "1=85.08"},
      {"1. การปฏิบัติหน้าที่ IIT 100 79.48\n2. การใช้งบประมาณ IIT 100 78.17\n", "1=79.48 2=78.17"},
      {"9. การเปิดเผยข้อมูล (OIT) 100.00 100\n", "9=100.00"},
      {"ตัวชี้วัดที่ 1 2 3\nคะแนน 92.36 96.70 97.93\n", "1=92.36 2=96.70 3=97.93"},
      {"ตัวชี้วัดที่ 9 10\nคะแนน 88.32 99.66\n", "9=88.32 10=99.66"},
      {"ตัวชี้วัดที่ 1 2 3\nคะแนน 92.36 96.70\n", ""},  // counts differ: not a pair
      {"ตัวชี้วัดที่ 11 12\nคะแนน 92.36 96.70\n", ""},  // not indicator numbers
  };
  for (const auto& c : cases) {
    CAPTURE(c.text);
    CHECK(ScoresOf(c.text) == c.want);
  }
}

}  // namespace
}  // namespace itapipe
