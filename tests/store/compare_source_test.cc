#include "store/compare_source.h"

#include <doctest/doctest.h>

#include <filesystem>
#include <map>

#include "compare/table_text.h"
#include "knowledge/methodology_file.h"
#include "store/record_store.h"

namespace itapipe {
namespace {

constexpr const char* kKhonKaen = "ขอนแก่น";
constexpr const char* kChonBuri = "ชลบุรี";
constexpr const char* kA = "องค์การบริหารส่วนตำบลก";
constexpr const char* kB = "เทศบาลตำบลข";

Report Make(const std::string& id, const std::string& name, const std::string& type,
            const std::string& province, int year, std::optional<double> total,
            const std::string& grade, std::vector<std::pair<int, double>> indicators = {}) {
  Report r;
  r.report_id = id;
  r.source_file = id + ".pdf";
  r.agency_name = name;
  r.agency_type = type;
  r.province = province;
  r.fiscal_year = year;
  r.total_score = total;
  r.grade = grade;
  r.status = total ? ReportStatus::kOk : ReportStatus::kPartial;
  for (auto [number, score] : indicators) {
    r.indicators.push_back({number <= 5 ? "IIT" : "OIT", number, "", score, 1, 1.0});
  }
  return r;
}

Measure WithStatus(MeasureStatus status) {
  Measure m;
  m.measure = "มาตรการ";
  m.status = status;
  return m;
}

// Agency ก (อบต., ขอนแก่น) in 2564-2566 with a corrected 2565 document stored last; เทศบาลตำบลข
// (ขอนแก่น) 2565-2566; อบต.ค (ชลบุรี) 2565 and a failed 2566; อบต.ง (ขอนแก่น) 2565 without a total.
std::vector<Report> Fixture() {
  Report a2564 = Make("a1", kA, "sao", kKhonKaen, 2564, 80, "B", {{1, 90}, {9, 60}});
  a2564.tool_scores["IIT"] = 90;
  Report a2565 = Make("a2", kA, "sao", kKhonKaen, 2565, 85.5, "A", {{1, 95}, {9, 70}});
  Report a2565_fix = Make("00", kA, "sao", kKhonKaen, 2565, 86, "A", {{1, 95}, {9, 70}});
  a2565_fix.measures = {WithStatus(MeasureStatus::kDone), WithStatus(MeasureStatus::kDone),
                        WithStatus(MeasureStatus::kInProgress)};
  Report b2565 =
      Make("b1", kB, "subdistrict_municipality", kKhonKaen, 2565, 70, "C", {{1, 80}, {9, 50}});
  b2565.measures = {WithStatus(MeasureStatus::kNotDone), WithStatus(MeasureStatus::kUnknown)};
  Report c2566 = Make("c2", "องค์การบริหารส่วนตำบลค", "sao", kChonBuri, 2566, 99, "ผ่าน");
  c2566.status = ReportStatus::kFailed;
  return {a2564,
          a2565,
          Make("a3", kA, "sao", kKhonKaen, 2566, 90, "ผ่าน"),
          b2565,
          Make("b2", kB, "subdistrict_municipality", kKhonKaen, 2566, 88, "ผ่าน"),
          Make("c1", "องค์การบริหารส่วนตำบลค", "sao", kChonBuri, 2565, 90, "A"),
          c2566,
          Make("d1", "องค์การบริหารส่วนตำบลง", "sao", kKhonKaen, 2565, std::nullopt, ""),
          a2565_fix};
}

// Keeps every table as text rows keyed by column name.
class Capture : public TableSink {
 public:
  Status BeginTable(std::string_view, const std::vector<Column>& columns) override {
    columns_ = columns;
    rows.clear();
    return Status::Ok();
  }
  Status AddRow(const TableRow& row) override {
    std::map<std::string, std::string> out;
    for (std::size_t i = 0; i < row.size(); ++i) {
      out[columns_[i].name] = CellText(row[i], columns_[i].kind);
    }
    rows.push_back(out);
    return Status::Ok();
  }
  Status EndTable() override { return Status::Ok(); }

  std::vector<std::map<std::string, std::string>> rows;

 private:
  std::vector<Column> columns_;
};

struct Fixtures {
  std::filesystem::path path = std::filesystem::temp_directory_path() / "compare_source_test.db";

  Fixtures() {
    std::filesystem::remove(path);
    auto store = RecordStore::Open(path);
    REQUIRE(store.has_value());
    // One document at a time, in order: "stored last" is what the agency-year rule reads.
    for (const auto& r : Fixture()) REQUIRE(store->Put({r}).ok());
  }
  ~Fixtures() { std::filesystem::remove(path); }

  std::vector<std::map<std::string, std::string>> Table(const std::string& name,
                                                        const CompareScope& scope = {}) {
    auto methodologies = LoadMethodologies(std::string(ITAPIPE_MODELS_DIR) + "/methodology");
    REQUIRE(methodologies.has_value());
    auto source = CompareSource::Open(path, *methodologies);
    REQUIRE(source.has_value());
    Capture capture;
    REQUIRE(source->Stream(name, scope, capture).ok());
    return capture.rows;
  }
};

// The row whose columns have the given values; fails the test when there is none.
std::map<std::string, std::string> Row(const std::vector<std::map<std::string, std::string>>& rows,
                                       const std::map<std::string, std::string>& where) {
  for (const auto& row : rows) {
    bool match = true;
    for (const auto& [column, value] : where) match = match && row.at(column) == value;
    if (match) return row;
  }
  FAIL("no row matches");
  return {};
}

}  // namespace

TEST_CASE("changes: consecutive years, a later document wins, no delta across methods") {
  Fixtures f;
  auto rows = f.Table("changes");
  auto total = Row(rows, {{"agency_name", kA}, {"year_from", "2564"}, {"measure", "total"}});
  CHECK(total.at("score_from") == "80.00");
  CHECK(total.at("score_to") == "86.00");
  CHECK(total.at("delta") == "6.00");
  CHECK(total.at("grade_from") == "B");
  CHECK(total.at("comparable") == "yes");
  CHECK(total.at("methodology") == "2561-2565");
  CHECK(total.at("agency_key") == "ขอนแก่น|sao|องค์การบริหารส่วนตำบลก");
  auto i9 = Row(rows, {{"agency_name", kA}, {"year_from", "2564"}, {"measure", "indicator_9"}});
  CHECK(i9.at("delta") == "10.00");
  CHECK(i9.at("grade_from").empty());
  auto across = Row(rows, {{"agency_name", kA}, {"year_from", "2565"}, {"measure", "total"}});
  CHECK(across.at("score_to") == "90.00");
  CHECK(across.at("delta").empty());
  CHECK(across.at("comparable") == "no");
  CHECK(across.at("methodology") == "2561-2565 → 2566-2568");
  // A measure either year of a pair has: ก 2564-2565 total, iit, indicators 1 and 9; ก
  // 2565-2566 and ข 2565-2566 total and indicators 1 and 9 (of 2565).
  CHECK(rows.size() == 10);
}

TEST_CASE("ranking: national, province and type ranks and percentile of each year") {
  Fixtures f;
  auto rows = f.Table("ranking");
  auto a = Row(rows, {{"agency_name", kA}, {"fiscal_year", "2565"}});
  CHECK(a.at("rank_national") == "2");
  CHECK(a.at("agencies_national") == "3");
  CHECK(a.at("rank_province") == "1");
  CHECK(a.at("agencies_province") == "2");
  CHECK(a.at("rank_type") == "2");
  CHECK(a.at("agencies_type") == "2");
  CHECK(a.at("percentile") == "66.67");
  CHECK(a.at("report_id") == "00");
  auto b = Row(rows, {{"agency_name", kB}, {"fiscal_year", "2565"}});
  CHECK(b.at("rank_national") == "3");
  CHECK(b.at("percentile") == "33.33");
  CHECK(rows.size() == 6);  // 2564: ก; 2565: ก ข ค (ง has no total); 2566: ก ข (ค failed)

  CompareScope khon_kaen_2565{"", true, kKhonKaen, 2565, 2565};
  auto scoped = f.Table("ranking", khon_kaen_2565);
  CHECK(scoped.size() == 2);
  CHECK(Row(scoped, {{"agency_name", kA}}).at("rank_national") == "2");
}

TEST_CASE("provinces: counts, mean, median, share at 85 or more, weakest indicator") {
  Fixtures f;
  auto kk = Row(f.Table("provinces"), {{"province", kKhonKaen}, {"fiscal_year", "2565"}});
  CHECK(kk.at("agencies") == "3");
  CHECK(kk.at("agencies_with_total") == "2");
  CHECK(kk.at("mean_total") == "78.00");
  CHECK(kk.at("median_total") == "78.00");
  CHECK(kk.at("share_85_or_more") == "50.00");
  CHECK(kk.at("weakest_indicator_no") == "9");
  CHECK(kk.at("weakest_indicator_name") == "การเปิดเผยข้อมูล");
  CHECK(kk.at("weakest_indicator_mean") == "60.00");
}

TEST_CASE("measures_status, agencies and conflicts") {
  Fixtures f;
  auto a = Row(f.Table("measures_status"), {{"agency_name", kA}, {"fiscal_year", "2565"}});
  CHECK(a.at("measures") == "3");
  CHECK(a.at("done") == "2");
  CHECK(a.at("in_progress") == "1");
  CHECK(a.at("not_done") == "0");
  auto b = Row(f.Table("measures_status"), {{"agency_name", kB}, {"fiscal_year", "2565"}});
  CHECK(b.at("not_done") == "1");
  CHECK(b.at("unknown") == "1");

  auto agency = Row(f.Table("agencies"), {{"agency_name", kA}});
  CHECK(agency.at("years") == "2564;2565;2566");
  CHECK(agency.at("documents") == "4");
  CHECK(agency.at("comparable") == "no");

  auto conflicts = f.Table("conflicts");
  REQUIRE(conflicts.size() == 1);
  CHECK(conflicts[0].at("field") == "total_score");
  CHECK(conflicts[0].at("chosen_report_id") == "00");
  CHECK(conflicts[0].at("chosen_value") == "86.00");
  CHECK(conflicts[0].at("other_report_id") == "a2");
  CHECK(conflicts[0].at("other_value") == "85.50");
}

}  // namespace itapipe
