#include "records/writers.h"

#include <doctest/doctest.h>
#include <unistd.h>

#include <cstdint>

#include "core/file.h"
#include "core/utf8.h"
#include "records/csv.h"
#include "records/schema.h"

namespace itapipe {
namespace {

// A partial report with Thai text, quotes, commas, a line break and absent values, and a
// failed one with nothing but its problem.
std::vector<Report> SampleReports() {
  Report partial;
  partial.report_id = "3f9a0c1d2e3b4a59";
  partial.source_file = "samples/a,b.pdf";
  partial.agency_name = "เทศบาลเมือง \"ปากช่อง\"";
  partial.agency_type = "town_municipality";
  partial.district = "ปากช่อง";
  partial.province = "นครราชสีมา";
  partial.fiscal_year = 2565;
  partial.total_score = 77.98;
  partial.grade = "B";
  partial.tool_scores["IIT"] = 93.378;
  partial.tool_scores["EIT"] = 85.59;
  partial.pages = 12;
  partial.status = ReportStatus::kPartial;
  partial.problems = {"total_mismatch", "missing_indicator:7"};
  partial.indicators = {{"IIT", 3, "การใช้อำนาจ", 89, 2, 0.98}};
  partial.measures = {{"EIT", "ข้อ 1\nข้อ 2", "a, b", "มาตรการ", "สำนักปลัด", "ต.ค. 2565 - มี.ค. 2566",
                       MeasureStatus::kDone, "", 7}};
  partial.origins = {{"total_score", {2, 0.95, "คะแนน 77.98\t\"รวม\""}}};
  Report failed;
  failed.report_id = "00000000000000ff";
  failed.source_file = "bad.pdf";
  failed.problems = {"unreadable_pdf"};
  return {partial, failed};
}

constexpr const char* kReportsCsv =
    "\xEF\xBB\xBF"
    "report_id,source_file,agency_name,agency_type,district,province,fiscal_year,total_score,"
    "grade,iit_score,eit_score,oit_score,pages,ocr_pages,status,problems,agency_key\r\n"
    "3f9a0c1d2e3b4a59,\"samples/a,b.pdf\",\"เทศบาลเมือง \"\"ปากช่อง\"\"\",town_municipality,"
    "ปากช่อง,นครราชสีมา,2565,77.98,B,93.38,85.59,,12,0,partial,"
    "total_mismatch;missing_indicator:7,\r\n"
    "00000000000000ff,bad.pdf,,,,,,,,,,,0,0,failed,unreadable_pdf,\r\n";

constexpr const char* kIndicatorsCsv =
    "\xEF\xBB\xBF"
    "report_id,agency_name,province,fiscal_year,tool,indicator_no,indicator_name,score,page,"
    "confidence\r\n"
    "3f9a0c1d2e3b4a59,\"เทศบาลเมือง \"\"ปากช่อง\"\"\",นครราชสีมา,2565,IIT,3,การใช้อำนาจ,89.00,2,"
    "0.98\r\n";

constexpr const char* kMeasuresCsv =
    "\xEF\xBB\xBF"
    "report_id,agency_name,fiscal_year,tool,issue,approach,measure,owner,period,status,result,"
    "page,confidence\r\n"
    "3f9a0c1d2e3b4a59,\"เทศบาลเมือง \"\"ปากช่อง\"\"\",2565,EIT,\"ข้อ 1\nข้อ 2\",\"a, b\",มาตรการ,"
    "สำนักปลัด,ต.ค. 2565 - มี.ค. 2566,done,,7,1.00\r\n";

constexpr const char* kRecordsJsonl =
    R"({"report_id":"3f9a0c1d2e3b4a59","source_file":"samples/a,b.pdf",)"
    R"("agency_name":"เทศบาลเมือง \"ปากช่อง\"","agency_type":"town_municipality",)"
    R"("district":"ปากช่อง","province":"นครราชสีมา","fiscal_year":2565,"total_score":77.98,)"
    R"("grade":"B","iit_score":93.38,"eit_score":85.59,"oit_score":null,"pages":12,)"
    R"("ocr_pages":0,"status":"partial","problems":["total_mismatch","missing_indicator:7"],"agency_key":"",)"
    R"("indicators":[{"tool":"IIT","indicator_no":3,"indicator_name":"การใช้อำนาจ",)"
    R"("score":89.00,"page":2,"confidence":0.98}],)"
    R"("measures":[{"tool":"EIT","issue":"ข้อ 1\nข้อ 2","approach":"a, b",)"
    R"("measure":"มาตรการ","owner":"สำนักปลัด","period":"ต.ค. 2565 - มี.ค. 2566",)"
    R"("status":"done","result":"","page":7,"confidence":1.00}],)"
    R"("provenance":{"origins":{"total_score":{"page":2,"confidence":0.95,)"
    R"("evidence":"คะแนน 77.98\t\"รวม\""}},"tool":"itapipe","version":"0.1.0"}})"
    "\n"
    R"({"report_id":"00000000000000ff","source_file":"bad.pdf","agency_name":"",)"
    R"("agency_type":"","district":"","province":"","fiscal_year":null,"total_score":null,)"
    R"("grade":"","iit_score":null,"eit_score":null,"oit_score":null,"pages":0,)"
    R"("ocr_pages":0,"status":"failed","problems":["unreadable_pdf"],"agency_key":"","indicators":[],)"
    R"("measures":[],"provenance":{"origins":{},"tool":"itapipe","version":"0.1.0"}})"
    "\n";

std::string ReadAll(const std::filesystem::path& path) {
  Result<std::string> bytes = ReadFile(path);
  return bytes ? *bytes : std::string();
}

}  // namespace

TEST_CASE("Writers produce the golden contents of the four files") {
  auto reports = SampleReports();
  struct {
    std::string got;
    const char* want;
  } cases[] = {
      {ReportsCsv(reports), kReportsCsv},
      {IndicatorsCsv(reports), kIndicatorsCsv},
      {MeasuresCsv(reports), kMeasuresCsv},
      {RecordsJsonl(reports, "0.1.0"), kRecordsJsonl},
  };
  for (const auto& c : cases) CHECK(c.got == c.want);
}

TEST_CASE("Writers' CSV parses back into the contract's columns") {
  auto reports = SampleReports();
  struct {
    std::string csv;
    std::vector<std::string> header;
    std::size_t rows;
  } cases[] = {
      {ReportsCsv(reports), ReportsHeader(), 3},
      {IndicatorsCsv(reports), IndicatorsHeader(), 2},
      {MeasuresCsv(reports), MeasuresHeader(), 2},
  };
  for (const auto& c : cases) {
    auto rows = ParseCsv(c.csv);
    REQUIRE(rows.has_value());
    REQUIRE(rows->size() == c.rows);
    CHECK(rows->front() == c.header);
    for (const auto& row : *rows) CHECK(row.size() == c.header.size());
  }
  CHECK(ParseCsv(MeasuresCsv(reports))->at(1).at(4) == "ข้อ 1\nข้อ 2");
}

TEST_CASE("WriteRecords creates the directory and the four files") {
  auto dir = std::filesystem::temp_directory_path() /
             ("itapipe_writers_" + std::to_string(::getpid())) / "out";
  auto reports = SampleReports();
  REQUIRE(WriteRecords(reports, dir, "0.1.0").ok());
  CHECK(ReadAll(dir / "reports.csv") == kReportsCsv);
  CHECK(ReadAll(dir / "indicators.csv") == kIndicatorsCsv);
  CHECK(ReadAll(dir / "measures.csv") == kMeasuresCsv);
  CHECK(ReadAll(dir / "records.jsonl") == kRecordsJsonl);
  std::filesystem::remove_all(dir.parent_path());
}

TEST_CASE("CSV text cells are safe to open; records.jsonl keeps the exact text") {
  Report r;
  r.report_id = "00ff";
  r.source_file = "in/=cmd.pdf";
  r.agency_name = "@SUM(A1)";
  r.measures = {{"", "-ลดขั้นตอน", "+1", "=HYPERLINK(\"x\")", "\tทีม", "\r", MeasureStatus::kDone,
                 "ok - fine", 3}};
  std::string csv = MeasuresCsv({r});
  CHECK(csv.find("00ff,'@SUM(A1),,,'-ลดขั้นตอน,'+1,\"'=HYPERLINK(\"\"x\"\")\",'\tทีม,\"'\r\",done,"
                 "ok - fine,3,1.00\r\n") != std::string::npos);
  CHECK(ReportsCsv({r}).find("00ff,'in/=cmd.pdf,'@SUM(A1),") == std::string::npos);
  CHECK(ReportsCsv({r}).find("00ff,in/=cmd.pdf,'@SUM(A1),") != std::string::npos);
  std::string jsonl = RecordsJsonl({r}, "1");
  CHECK(jsonl.find("\"agency_name\":\"@SUM(A1)\"") != std::string::npos);
  CHECK(jsonl.find("\"issue\":\"-ลดขั้นตอน\"") != std::string::npos);
  CHECK(jsonl.find("source_file_bytes") == std::string::npos);
}

TEST_CASE("A file name that is not UTF-8 is escaped in source_file and kept whole in base64") {
  Report r;
  r.report_id = "00ff";
  r.source_file = "in/\xBC\xD2\xC3 2565.pdf";  // TIS-620 for "ผลการ"-like bytes
  CHECK(ReportsCsv({r}).find("00ff,in/\\xBC\\xD2\\xC3 2565.pdf,") != std::string::npos);
  std::string jsonl = RecordsJsonl({r}, "1");
  CHECK(jsonl.find("\"source_file\":\"in/\\\\xBC\\\\xD2\\\\xC3 2565.pdf\"") != std::string::npos);
  CHECK(jsonl.find("\"source_file_bytes\":\"aW4vvNLDIDI1NjUucGRm\"}") != std::string::npos);
  CHECK(IsValidUtf8(ReportsCsv({r}) + jsonl));
}

}  // namespace itapipe
