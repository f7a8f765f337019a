#include "records/report_line.h"

#include <doctest/doctest.h>

#include <string>

namespace itapipe {
namespace {

// Every field set, with text and numbers that a lossy encoding would bend.
Report FullReport() {
  Report r;
  r.report_id = "3f9a0c0000000000";
  r.source_file = "in/\xde\xad name\n\"q\".pdf";  // not UTF-8, a line break, quotes
  r.agency_name = "เทศบาลเมืองปากช่อง";
  r.agency_type = "town_municipality";
  r.district = "ปากช่อง";
  r.province = "นครราชสีมา";
  r.fiscal_year = 2565;
  r.total_score = 0.1 + 0.2;
  r.grade = "AA";
  r.tool_scores["IIT"] = 93.378;
  r.tool_scores["OIT"] = 1e-300;
  r.agency_key = "town_municipality:3021";
  r.pages = 12;
  r.ocr_pages = 3;
  r.status = ReportStatus::kPartial;
  r.problems = {"total_mismatch", "missing_indicator:7"};
  r.indicators = {{"IIT", 1, "การปฏิบัติหน้าที่", 89, 2, 0.98}, {"OIT", 9, "x", 60.725, 0, 1.0 / 3}};
  r.measures = {{"EIT", "a\tb", "=1+1", "-m", "@o", "ต.ค. 2565", MeasureStatus::kDone, "r", 7},
                {"", std::string("nul\0byte", 8), "", "", "", "", MeasureStatus::kNotDone, "", 0}};
  r.origins = {{"total_score", {2, 0.95, "คะแนนรวม 77.98"}}, {"grade", {1, 1, ""}}};
  return r;
}

TEST_CASE("ReportLine reads back to an equal report, on one line") {
  for (const Report& r : {Report{}, FullReport()}) {
    std::string line = ReportLine(r);
    CHECK(line.find('\n') == std::string::npos);
    Result<Report> back = ParseReportLine(line);
    REQUIRE(back.has_value());
    CHECK(*back == r);
  }
}

TEST_CASE("ParseReportLine refuses what is not a whole report line") {
  std::string line = ReportLine(FullReport());
  std::string longer = line;
  longer.push_back('x');
  const std::string cases[] = {
      "", "{}", "[]", line.substr(0, line.size() / 2), longer, "{\"report_id\":1}"};
  for (const auto& c : cases) {
    CAPTURE(c);
    CHECK_FALSE(ParseReportLine(c).has_value());
  }
}

}  // namespace
}  // namespace itapipe
