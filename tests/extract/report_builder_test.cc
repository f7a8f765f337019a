#include "extract/report_builder.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include "extract/test_models.h"

namespace itapipe {
namespace {

const Knowledge& Models() { return TestModels(); }

// How sure the recognizer was of each value's words; the words around them are sure.
struct Sureness {
  double year = 1, total = 1, grade = 1, indicator = 1;
};

// One OCR page: the result year, the total with its grade, indicator 1's score.
Document ScannedReport(const Sureness& s, const char* grade = "B") {
  Page page;
  page.number = 1;
  page.width = 595;
  page.height = 842;
  page.source = TextSource::kOcr;
  double top = 0;
  auto line = [&](std::vector<std::pair<const char*, double>> words) {
    double left = 50;
    for (const auto& [text, confidence] : words) {
      page.words.push_back(Word{text, Box{left, top, left + 80, top + 10}, confidence});
      left += 90;
    }
    top += 30;
  };
  line({{"ผลการประเมินประจำปีงบประมาณ", 1}, {"2565", s.year}});
  line({{"คะแนนรวม", 1}, {"77.98", s.total}, {"ระดับ", 1}, {grade, s.grade}});
  line({{"การปฏิบัติหน้าที่", 0.99}, {"85.08", s.indicator}});
  Document doc;
  doc.page_count = 1;
  doc.pages = {page};
  return doc;
}

std::string LowConfidenceProblems(const Report& r) {
  std::string out;
  for (const std::string& p : r.problems)
    if (p.rfind("low_confidence:", 0) == 0) out += (out.empty() ? "" : " ") + p;
  return out;
}

TEST_CASE("a score field read less surely than min_confidence is kept and flagged") {
  REQUIRE(Models().rules.min_confidence() == 0.80);
  struct {
    Sureness sureness;
    const char* want;
  } cases[] = {
      {{1, 1, 1, 1}, ""},
      {{0.80, 0.95, 0.81, 0.99}, ""},  // at the threshold is sure enough
      {{1, 0.42, 1, 1}, "low_confidence:total_score"},
      // An unsure grade is confirmed by a sure total in its band (77.98 is B in 2565), not
      // by an unsure total or an unsure year (the bands are the year's).
      {{1, 1, 0.5, 1}, ""},
      {{1, 0.42, 0.5, 1}, "low_confidence:total_score low_confidence:grade"},
      {{0.5, 1, 0.7, 1}, "low_confidence:fiscal_year low_confidence:grade"},
      {{1, 1, 1, 0.79}, "low_confidence:indicator:1"},
  };
  for (const auto& c : cases) {
    CAPTURE(c.want);
    Report r = ExtractReport(ScannedReport(c.sureness), Models());
    CHECK(LowConfidenceProblems(r) == c.want);
    CHECK(r.status == ReportStatus::kPartial);  // the other indicators are missing anyway
    REQUIRE(r.fiscal_year.has_value());
    CHECK(*r.fiscal_year == 2565);
    REQUIRE(r.total_score.has_value());
    CHECK(*r.total_score == 77.98);
    CHECK(r.origins["total_score"].confidence == c.sureness.total);
    CHECK(r.origins["fiscal_year"].confidence == c.sureness.year);
    CHECK(r.grade == "B");
    CHECK(r.origins["grade"].confidence == c.sureness.grade);
    REQUIRE(r.indicators.size() == 1);
    CHECK(r.indicators[0].score == 85.08);
    CHECK(r.indicators[0].confidence == c.sureness.indicator);
  }
}

TEST_CASE("an unsure grade outside its total's band stays flagged, and is a grade_mismatch") {
  Report r = ExtractReport(ScannedReport({1, 1, 0.5, 1}, "C"), Models());
  CHECK(r.grade == "C");
  CHECK(LowConfidenceProblems(r) == "low_confidence:grade");
  CHECK(std::find(r.problems.begin(), r.problems.end(), "grade_mismatch") != r.problems.end());
}

}  // namespace
}  // namespace itapipe
