#include "checks/checks.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include "extract/test_models.h"
#include "knowledge/methodology_file.h"

namespace itapipe {
namespace {

const Methodology& Year(int fiscal_year) {
  const Methodology* m = FindMethodology(TestModels().methodologies, fiscal_year);
  REQUIRE(m != nullptr);
  return *m;
}

// Tool scores from "IIT=84 EIT=90"; an absent tool is not known.
ToolScores Tools(std::string text) {
  ToolScores out;
  for (size_t at = 0; at < text.size();) {
    size_t end = std::min(text.find(' ', at), text.size());
    std::string item = text.substr(at, end - at);
    size_t eq = item.find('=');
    out[item.substr(0, eq)] = std::stod(item.substr(eq + 1));
    at = end + 1;
  }
  return out;
}

TEST_CASE("DeriveGrade applies the band of the total and the tool minimums of the year") {
  struct {
    int year;
    double total;
    const char* tools;
    const char* want;  // "" = undecided
  } cases[] = {
      {2565, 77.98, "", "B"},  // letters: the total decides
      {2565, 95, "IIT=60", "AA"},
      {2562, 49.99, "", "F"},
      // the 2568 case: a 94.64 lowered from ผ่านดี to ผ่าน by an EIT below 85
      {2568, 94.64, "IIT=100 EIT=84 OIT=98.6", "ผ่าน"},
      {2568, 94.64, "IIT=100 EIT=85 OIT=98.6", "ผ่านดี"},
      {2567, 96.10, "IIT=96 EIT=95 OIT=97", "ผ่านดีเยี่ยม"},
      {2567, 96.10, "IIT=96 EIT=94.99 OIT=97", "ผ่านดี"},
      {2566, 85, "IIT=70 EIT=85 OIT=95", "ผ่าน"},
      // a tool below the mark decides without the others; an unknown one leaves it open
      {2568, 94.64, "EIT=84", "ผ่าน"},
      {2568, 94.64, "IIT=100 OIT=98.6", ""},
      {2568, 94.64, "", ""},
      {2568, 84.99, "", "ต้องปรับปรุง"},
      {2568, 60, "IIT=60 EIT=60 OIT=60", "ต้องปรับปรุง"},
  };
  for (const auto& c : cases) {
    CAPTURE(c.year);
    CAPTURE(c.total);
    CAPTURE(c.tools);
    std::optional<std::string> got = DeriveGrade(Year(c.year), c.total, Tools(c.tools));
    CHECK(got.value_or("") == c.want);
  }
}

TEST_CASE("GradeFollowsRule accepts a printed grade the per-tool rule allows") {
  struct {
    int year;
    const char* grade;
    double total;
    const char* tools;
    bool want;
  } cases[] = {
      {2565, "B", 77.98, "", true},
      {2565, "A", 77.98, "", false},
      {2565, "ผ่าน", 77.98, "", false},  // not a label of the year
      {2568, "ผ่าน", 94.64, "IIT=100 EIT=84 OIT=98.6", true},
      {2568, "ผ่านดี", 94.64, "IIT=100 EIT=84 OIT=98.6", false},
      {2568, "ผ่านดี", 94.64, "IIT=100 EIT=85 OIT=98.6", true},
      {2568, "ผ่าน", 94.64, "IIT=100 EIT=85 OIT=98.6", false},  // the rule prints ผ่านดี
      // without the tools the printed label stands, as far as the total goes
      {2568, "ผ่าน", 91.15, "", true},
      {2568, "ผ่านดี", 95.81, "", true},
      {2568, "ผ่านดีเยี่ยม", 98.82, "", true},
      {2568, "ผ่านดีเยี่ยม", 94.99, "", false},
      {2568, "ผ่านดีเยี่ยม", 98.82, "EIT=90", false},
      {2568, "ผ่านดี", 98.82, "IIT=99 EIT=90", true},
      {2568, "ผ่าน", 84.99, "", false},
      {2567, "ต้องปรับปรุง", 84.99, "", true},
      // the fail labels overlap below 70 [uncertain split]: both stand there
      {2566, "ต้องปรับปรุง", 60, "IIT=60 EIT=60 OIT=60", true},
      {2566, "ต้องปรับปรุงโดยด่วน", 60, "", true},
      {2566, "ต้องปรับปรุงโดยด่วน", 75, "", false},
  };
  for (const auto& c : cases) {
    CAPTURE(c.year);
    CAPTURE(c.grade);
    CAPTURE(c.total);
    CAPTURE(c.tools);
    CHECK(GradeFollowsRule(Year(c.year), c.grade, c.total, Tools(c.tools)) == c.want);
  }
}

// The ten indicators of a report whose tool means are iit, eit and oit.
std::vector<IndicatorScore> Indicators(const Methodology& m, double iit, double eit, double oit) {
  std::vector<IndicatorScore> out;
  for (const IndicatorDefinition& d : m.indicators) {
    double score = d.tool == "IIT" ? iit : d.tool == "EIT" ? eit : oit;
    out.push_back(IndicatorScore{d.tool, d.number, d.name, score, 1, 1.0});
  }
  return out;
}

bool Has(const Report& r, const std::string& problem) {
  return std::find(r.problems.begin(), r.problems.end(), problem) != r.problems.end();
}

TEST_CASE("CheckScores: a grade that follows the per-tool rule is not a mismatch") {
  struct {
    const char* grade;
    double eit;
    bool mismatch;
  } cases[] = {
      {"ผ่าน", 84, false},   // 94.64 lowered to ผ่าน by its EIT
      {"ผ่านดี", 84, true},   // the rule lowers it
      {"ผ่านดี", 85, false},  // 0.3*100 + 0.3*85 + 0.4*98.6 = 94.94
      {"ผ่าน", 85, true},    // the tools earn ผ่านดี
  };
  const Methodology& m = Year(2568);
  for (const auto& c : cases) {
    CAPTURE(c.grade);
    CAPTURE(c.eit);
    Report r;
    r.fiscal_year = 2568;
    r.total_score = 0.3 * 100 + 0.3 * c.eit + 0.4 * 98.6;
    r.grade = c.grade;
    r.indicators = Indicators(m, 100, c.eit, 98.6);
    CheckScores(m, {}, r);
    CHECK(r.tool_scores.at("EIT") == c.eit);
    CHECK_FALSE(Has(r, "total_mismatch"));
    CHECK(Has(r, "grade_mismatch") == c.mismatch);
    CHECK(GradeFitsTotal(m, r) == !c.mismatch);
  }
}

TEST_CASE("CheckScores: a label no grade line lists is unknown_grade") {
  const Methodology& m = Year(2568);
  Report r;
  r.total_score = 90;
  r.grade = "ดีมาก";
  CheckScores(m, {}, r);
  CHECK(Has(r, "unknown_grade"));
  CHECK_FALSE(Has(r, "grade_mismatch"));
}

}  // namespace
}  // namespace itapipe
