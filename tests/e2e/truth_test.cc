#include "e2e/truth.h"

#include <doctest/doctest.h>

#include <string>

namespace itapipe {
namespace {

constexpr const char* kTruth =
    "# comment\n"
    "field\tagency_name\tเทศบาลเมืองปากช่อง\n"
    "field\tproblems\t\n"
    "indicator\t3\t89.00\r\n"
    "measure\tIIT\tการมอบหมายงาน\t- จัดทำคำสั่ง\t\tสำนักปลัด\t\tdone\t\n";

constexpr const char* kReports =
    "\xEF\xBB\xBFreport_id,source_file,agency_name,problems\r\n"
    "r1,a/x.pdf,เทศบาลเมืองปากช่อง,\r\n"
    "r2,a/y.pdf,อื่น,total_mismatch\r\n";
constexpr const char* kIndicators =
    "report_id,indicator_no,score\r\nr2,1,50.00\r\nr1,3,89.00\r\nr1,4,90.00\r\n";
constexpr const char* kMeasures =
    "report_id,tool,issue,approach,measure,owner,period,status,result,page\r\n"
    "r1,IIT,การมอบหมาย งาน,- จัดทำคำสั่ง,,สำนักปลัด,,done,,7\r\n";

TEST_CASE("ParseTruth reads fields, indicators and measures") {
  auto truth = ParseTruth(kTruth);
  REQUIRE(truth.has_value());
  CHECK(truth->fields.size() == 2);
  CHECK(truth->fields[1] == std::pair<std::string, std::string>{"problems", ""});
  CHECK(truth->indicators[0] == std::pair<std::string, std::string>{"3", "89.00"});
  REQUIRE(truth->measures.size() == 1);
  CHECK(truth->measures[0][5] == "");
  CHECK(truth->measures[0][6] == "done");
}

TEST_CASE("ParseTruth rejects malformed records with their line") {
  const char* cases[] = {"field\tname\n", "bogus\t1\t2\n", "measure\tIIT\tonly\n"};
  for (const char* text : cases) {
    auto truth = ParseTruth(std::string("# c\n") + text);
    REQUIRE_FALSE(truth.has_value());
    CHECK(truth.error().message.rfind("line 2:", 0) == 0);
  }
}

TEST_CASE("SameModuloThaiSpaces ignores only spaces between Thai characters") {
  struct {
    const char* a;
    const char* b;
    bool want;
  } cases[] = {
      {"ทุกส่วน ราชการ", "ทุกส่วนราชการ", true},
      {"ทุกส่วน   ราชการ", "ทุกส่วนราชการ", true},
      {"รอบ 6 เดือน", "รอบ6เดือน", false},
      {"- จัดทำ", "-จัดทำ", false},
      {"ต.ค. 2565", "ต.ค.2565", false},
      {"ก ข", "ก ค", false},
      {"", "", true},
  };
  for (const auto& c : cases) {
    CAPTURE(c.a);
    CHECK(SameModuloThaiSpaces(c.a, c.b) == c.want);
  }
}

TEST_CASE("ReadOutputFor joins the three files on report_id") {
  auto got = ReadOutputFor(kReports, kIndicators, kMeasures, "a/x.pdf");
  REQUIRE(got.has_value());
  CHECK(got->fields.size() == 4);
  CHECK(got->fields[2].second == "เทศบาลเมืองปากช่อง");
  CHECK(got->indicators.size() == 2);
  REQUIRE(got->measures.size() == 1);
  CHECK(got->measures[0][1] == "การมอบหมาย งาน");
  auto none = ReadOutputFor(kReports, kIndicators, kMeasures, "a/z.pdf");
  REQUIRE_FALSE(none.has_value());
  CHECK(none.error().code == ErrorCode::kNotFound);
  auto bad = ReadOutputFor(kReports, "report_id,score\r\n", kMeasures, "a/x.pdf");
  REQUIRE_FALSE(bad.has_value());
  CHECK(bad.error().message == "indicators.csv: no column 'indicator_no'");
}

TEST_CASE("CompareTruth reports each field, indicator and measure column") {
  auto want = ParseTruth(kTruth);
  auto got = ReadOutputFor(kReports, kIndicators, kMeasures, "a/x.pdf");
  REQUIRE((want.has_value() && got.has_value()));
  auto results = CompareTruth(*want, *got);
  REQUIRE(results.size() == 2 + 2 + 8);
  CHECK(results[0] == FieldResult{"agency_name", "เทศบาลเมืองปากช่อง", "เทศบาลเมืองปากช่อง", true});
  CHECK(results[2] == FieldResult{"indicator:3", "89.00", "89.00", true});
  CHECK(results[3] == FieldResult{"indicator:4", "", "90.00", false});
  CHECK(results[5].field == "measure[1].issue");
  CHECK(results[5].ok);
  Truth extra = *got;
  extra.measures.push_back(extra.measures[0]);
  auto more = CompareTruth(*want, extra);
  CHECK(more.size() == 2 + 2 + 16);
  CHECK(more.back() == FieldResult{"measure[2].result", "", "", true});
  CHECK_FALSE(more[12].ok);  // measure[2].tool: want "" got "IIT"
}

TEST_CASE("FieldCategory groups indicators and measure columns") {
  struct {
    const char* field;
    const char* want;
  } cases[] = {{"grade", "grade"},
               {"indicator:10", "indicator"},
               {"measure[12].owner", "measure.owner"},
               {"source_file", "source_file"}};
  for (const auto& c : cases) CHECK(FieldCategory(c.field) == c.want);
}

TEST_CASE("ParseKnownMisses reads file and field per line, skipping comments") {
  auto known = ParseKnownMisses("# why\ngen-02.pdf\tstatus\r\n\ngen 07 x.pdf\tmeasure[3].owner\n");
  REQUIRE(known.has_value());
  CHECK(*known ==
        std::vector<KnownMiss>{{"gen-02.pdf", "status"}, {"gen 07 x.pdf", "measure[3].owner"}});
  const char* bad[] = {"only-a-file.pdf\n", "a.pdf\tstatus\textra\n", "\tstatus\n"};
  for (const char* text : bad) {
    auto parsed = ParseKnownMisses(std::string("# c\n") + text);
    REQUIRE_FALSE(parsed.has_value());
    CHECK(parsed.error().message.rfind("line 2:", 0) == 0);
  }
}

TEST_CASE("ReviewMisses passes exactly the listed misses") {
  std::vector<FieldResult> results = {{"grade", "B", "B", true},
                                      {"status", "ok", "partial", false},
                                      {"problems", "", "needs_ocr:9", false}};
  struct {
    const char* name;
    std::vector<KnownMiss> known;
    size_t known_misses, new_misses;
    std::vector<std::string> fixed;
    bool ok;
  } cases[] = {
      {"no list", {}, 0, 2, {}, false},
      {"all listed", {{"a.pdf", "status"}, {"a.pdf", "problems"}}, 2, 0, {}, true},
      {"one new miss", {{"a.pdf", "status"}}, 1, 1, {}, false},
      {"listed for another file", {{"b.pdf", "status"}, {"b.pdf", "problems"}}, 0, 2, {}, false},
      {"a listed miss is correct now",
       {{"a.pdf", "status"}, {"a.pdf", "problems"}, {"a.pdf", "grade"}},
       2,
       0,
       {"grade"},
       false},
      {"a listed field is not compared",
       {{"a.pdf", "status"}, {"a.pdf", "problems"}, {"a.pdf", "x"}},
       2,
       0,
       {"x"},
       false},
  };
  for (const auto& c : cases) {
    CAPTURE(c.name);
    MissReview review = ReviewMisses(results, "a.pdf", c.known);
    CHECK(review.known.size() == c.known_misses);
    CHECK(review.unknown.size() == c.new_misses);
    CHECK(review.fixed == c.fixed);
    CHECK(review.ok() == c.ok);
  }
}

}  // namespace
}  // namespace itapipe
