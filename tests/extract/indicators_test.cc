#include "extract/indicators.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include "extract/test_models.h"

namespace itapipe {
namespace {

const Knowledge& Models() { return TestModels(); }

// "number=score" of every indicator found, in number order.
std::string ScoresOf(const std::string& text) {
  std::vector<std::string> problems;
  const Methodology& m = Models().methodologies.front();
  std::string out;
  for (const IndicatorScore& s :
       ExtractIndicators({PageContent{1, text, 1, {}}}, Models(), m, problems)) {
    char score[16];
    std::snprintf(score, sizeof score, "%.2f", s.score);
    if (!out.empty()) out += ' ';
    out += std::to_string(s.number) + "=" + score;
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
      // OCR garbled the full mark of a blurred scan; the score has its decimals.
      {"3. การใช้อำนาจ แท 61060 92.09\n5. การแก้ไขปัญหาการทุจริต เห 1060 89.71\n", "3=92.09 5=89.71"},
      {"ตัวชี้วัดที่ 1 2 3\nคะแนน 92.36 96.70 97.93\n", "1=92.36 2=96.70 3=97.93"},
      {"ตัวชี้วัดที่ 9 10\nคะแนน 88.32 99.66\n", "9=88.32 10=99.66"},
      {"ตัวชี้วัดที่ 1 2 3\nคะแนน 92.36 96.70\n", ""},  // counts differ: not a pair
      {"ตัวชี้วัดที่ 11 12\nคะแนน 92.36 96.70\n", ""},  // not indicator numbers
      // OCR garbled the numbers: ten scores are the ten indicators in order.
      {"ตัว a ชียดที ฆ่ 4 ใ2 3 4 5 2 7 8 er 10\nคแนน 89.18 94.19 78.89 78.42 92.72 76.74 84.48 "
       "73.46 71.77 54.90\n",
       "1=89.18 2=94.19 3=78.89 4=78.42 5=92.72 6=76.74 7=84.48 8=73.46 9=71.77 10=54.90"},
      {"ตัว a ชียดที ฆ่ 4\nคแนน 89.18 94.19 78.89\n", ""},  // not one score per indicator
      // Stock OCR read ๔ ๖ ๘ of the numbers as 5 2 5: a repeat is no header; ten scores go
      // by position.
      {"ตัวชี้วัดที่ 1 2 3 5 5 2 7 5 9 10\nคะแนน 81.32 83.86 97.65 79.21 84.20 87.38 79.79 91.63 "
       "55.71 67.82\n",
       "1=81.32 2=83.86 3=97.65 4=79.21 5=84.20 6=87.38 7=79.79 8=91.63 9=55.71 10=67.82"},
      {"ตัวชี้วัดที่ 1 2 5 5\nคะแนน 81.32 83.86 97.65 79.21\n", ""},  // misread, and not all ten
  };
  for (const auto& c : cases) {
    CAPTURE(c.text);
    CHECK(ScoresOf(c.text) == c.want);
  }
}

// The page of text with each listed word as sure as given, the rest sure.
PageContent WithSureness(const std::string& text,
                         const std::vector<std::pair<const char*, double>>& words) {
  PageContent page{1, text, 1, {}};
  for (const auto& [word, confidence] : words) {
    size_t at = text.find(word);
    REQUIRE(at != std::string::npos);
    page.spans.push_back(TextSpan{at, at + std::string(word).size(), confidence});
    page.confidence = std::min(page.confidence, confidence);
  }
  std::sort(page.spans.begin(), page.spans.end(),
            [](const TextSpan& a, const TextSpan& b) { return a.begin < b.begin; });
  return page;
}

TEST_CASE("each indicator score is as sure as its own number, not as the page") {
  struct {
    const char* text;
    std::vector<std::pair<const char*, double>> sureness;
    const char* want;  // number=confidence of every indicator
  } cases[] = {
      {"การปฏิบัติหน้าที่ 85.08\nการใช้อำนาจ 70.12\n",
       {{"85.08", 0.93}, {"การใช้อำนาจ", 0.2}, {"70.12", 0.61}},
       "1=0.93 3=0.61"},
      {"ตัวชี้วัดที่ 1 2\nคะแนน 92.36 96.70\n",
       {{"92.36", 0.5}, {"96.70", 0.9}, {"2", 0.1}},
       "1=0.50 2=0.90"},
      {"ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่ 85.08\n", {{"ตัวชี้วัดที่", 0.3}}, "1=1.00"},
  };
  for (const auto& c : cases) {
    CAPTURE(c.text);
    std::vector<std::string> problems;
    std::string got;
    for (const IndicatorScore& s : ExtractIndicators({WithSureness(c.text, c.sureness)}, Models(),
                                                     Models().methodologies.front(), problems)) {
      char confidence[16];
      std::snprintf(confidence, sizeof confidence, "%.2f", s.confidence);
      if (!got.empty()) got += ' ';
      got += std::to_string(s.number) + "=" + confidence;
    }
    CHECK(got == c.want);
  }
}

}  // namespace
}  // namespace itapipe
