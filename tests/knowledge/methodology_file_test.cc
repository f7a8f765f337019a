#include "knowledge/methodology_file.h"

#include <doctest/doctest.h>

#include <string>

namespace itapipe {
namespace {

const char* kHead =
    "years\t2566\t2568\ngrade_kind\tlabel\nweight\tIIT\t0.3\nweight\tEIT\t0.3\n"
    "weight\tOIT\t0.4\nindicator\t6\tEIT\tคุณภาพการดำเนินงาน\n";

TEST_CASE("ParseMethodology reads the tool minimums of a grade") {
  std::string text = std::string(kHead) +
                     "grade\tผ่านดี\t85\t101\ngrade_tool_minimum\tผ่านดี\tEIT\t85\n"
                     "grade_tool_minimum\tผ่านดี\tOIT\t85.5\ngrade\tผ่าน\t85\t101\n";
  auto m = ParseMethodology(text, "t.tsv");
  REQUIRE(m.has_value());
  REQUIRE(m->grades.size() == 2);
  CHECK(m->grades[0] == GradeBand{"ผ่านดี", 85, 101, {{"EIT", 85}, {"OIT", 85.5}}});
  CHECK(m->grades[1] == GradeBand{"ผ่าน", 85, 101, {}});
  CHECK_FALSE(m->grade_is_letter);
}

TEST_CASE("ParseMethodology rejects a tool minimum it cannot place") {
  struct {
    const char* lines;
    const char* want;
  } cases[] = {
      // the grade line must come first
      {"grade_tool_minimum\tผ่านดี\tEIT\t85\ngrade\tผ่านดี\t85\t101\n", "t.tsv: line 7:"},
      {"grade\tผ่านดี\t85\t101\ngrade_tool_minimum\tผ่านดี\tEIT\tมาก\n", "t.tsv: line 8:"},
      {"grade\tผ่านดี\t85\t101\ngrade_tool_minimum\tผ่านดี\tEIT\n", "t.tsv: line 8:"},
      {"grade\tผ่านดี\t85\t101\ngrade_tool_minimum\tผ่านดี\tXIT\t85\n", "tool without a weight"},
  };
  for (const auto& c : cases) {
    CAPTURE(c.lines);
    auto m = ParseMethodology(std::string(kHead) + c.lines, "t.tsv");
    REQUIRE_FALSE(m.has_value());
    CHECK(m.error().message.find(c.want) != std::string::npos);
  }
}

TEST_CASE("models/methodology covers every fiscal year from 2561 to 2568") {
  auto all = LoadMethodologies(std::string(ITAPIPE_MODELS_DIR) + "/methodology");
  REQUIRE(all.has_value());
  for (int year = 2561; year <= 2568; ++year) {
    CAPTURE(year);
    const Methodology* m = FindMethodology(*all, year);
    REQUIRE(m != nullptr);
    CHECK(m->indicators.size() == 10);
    CHECK(m->grade_is_letter == (year <= 2565));
  }
  CHECK(FindMethodology(*all, 2560) == nullptr);
  CHECK(FindMethodology(*all, 2569) == nullptr);
}

TEST_CASE("the pass labels of 2568 ask every tool to reach their mark") {
  auto all = LoadMethodologies(std::string(ITAPIPE_MODELS_DIR) + "/methodology");
  REQUIRE(all.has_value());
  const Methodology* m = FindMethodology(*all, 2568);
  REQUIRE(m != nullptr);
  struct {
    const char* label;
    double mark;  // every tool's minimum, 0 for none
  } cases[] = {{"ผ่านดีเยี่ยม", 95}, {"ผ่านดี", 85}, {"ผ่าน", 0}, {"ต้องปรับปรุง", 0}};
  for (const auto& c : cases) {
    CAPTURE(c.label);
    const GradeBand* band = nullptr;
    for (const GradeBand& b : m->grades)
      if (b.label == c.label) band = &b;
    REQUIRE(band != nullptr);
    std::vector<ToolMinimum> want;
    if (c.mark > 0) want = {{"IIT", c.mark}, {"EIT", c.mark}, {"OIT", c.mark}};
    CHECK(band->tool_minimums == want);
  }
}

}  // namespace
}  // namespace itapipe
