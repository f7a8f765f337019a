#include "records/readers.h"

#include <doctest/doctest.h>

#include "records/csv.h"
#include "records/schema.h"
#include "records/writers.h"

namespace itapipe {
namespace {

std::vector<Report> Reports() {
  Report a;
  a.report_id = "3f9a0c1d2e3b4a59";
  a.source_file = "in/a,\"b\".pdf";
  a.agency_name = "เทศบาลเมืองปากช่อง";
  a.agency_type = "town_municipality";
  a.district = "ปากช่อง";
  a.province = "นครราชสีมา";
  a.fiscal_year = 2565;
  a.total_score = 77.98;
  a.grade = "B";
  a.tool_scores["IIT"] = 93.378;
  a.pages = 12;
  a.ocr_pages = 2;
  a.status = ReportStatus::kPartial;
  a.problems = {"total_mismatch", "missing_indicator:7"};
  a.indicators = {{"IIT", 3, "การใช้อำนาจ", 89, 2, 0.98}, {"OIT", 9, "การเปิดเผยข้อมูล", 60.5, 0, 1}};
  a.measures = {{"EIT", "x", "", "", "", "", MeasureStatus::kDone, "", 7}};
  a.origins = {{"grade", {1, 1, "B"}}};
  Report b;
  b.report_id = "00000000000000ff";
  b.problems = {"unreadable_pdf"};
  return {a, b};
}

}  // namespace

TEST_CASE("ReadReportsCsv rebuilds what the writers wrote, scores at two decimals") {
  auto reports = Reports();
  auto read = ReadReportsCsv(ReportsCsv(reports), IndicatorsCsv(reports));
  REQUIRE(read.has_value());
  std::vector<Report> want = reports;
  want[0].tool_scores["IIT"] = 93.38;
  want[0].measures.clear();
  want[0].origins.clear();
  CHECK(*read == want);
}

TEST_CASE("ReadReportsCsv tolerates added columns and blank lines") {
  auto read = ReadReportsCsv(
      "report_id,agency_name,province,source_file,agency_type,district,fiscal_year,total_score,"
      "grade,iit_score,eit_score,oit_score,pages,ocr_pages,status,problems,extra\n"
      "x,ก,ข,f.pdf,sao,,2566,80,ผ่าน,,,,3,0,ok,,more\n"
      "\n",
      "report_id,agency_name,province,fiscal_year,tool,indicator_no,indicator_name,score,page,"
      "confidence\n");
  REQUIRE(read.has_value());
  REQUIRE(read->size() == 1);
  CHECK(read->front().agency_name == "ก");
  CHECK(read->front().total_score == 80.0);
  CHECK(read->front().status == ReportStatus::kOk);
}

TEST_CASE("ReadReportsCsv names the file, line and column of bad input") {
  std::string reports = ReportsCsv(Reports());
  std::string indicators = IndicatorsCsv(Reports());
  std::string header = CsvRow(ReportsHeader());
  struct {
    std::string reports;
    std::string indicators;
    const char* want;
  } cases[] = {
      {"", indicators, "reports.csv: no header row"},
      {"report_id\r\n", indicators, "reports.csv: no column source_file"},
      {header + "a,b,c,d,e,f,25x6,,,,,,1,0,ok,\r\n", indicators,
       "reports.csv: line 2: fiscal_year: not a number: 25x6"},
      {header + "a,b,c,d,e,f,,,,,,,1,0,fine,\r\n", indicators,
       "reports.csv: line 2: status: unknown status: fine"},
      {reports, indicators + "zz,,,,IIT,1,n,50,1,1\r\n",
       "indicators.csv: line 4: report_id: not in reports.csv: zz"},
      {reports, indicators + "\"", "indicators.csv: csv: line 4: unterminated quote"},
  };
  for (const auto& c : cases) {
    auto read = ReadReportsCsv(c.reports, c.indicators);
    REQUIRE_FALSE(read.has_value());
    CHECK(read.error().code == ErrorCode::kInvalidInput);
    CHECK(read.error().message == c.want);
  }
}

}  // namespace itapipe
