#include "compare/compare.h"

#include <doctest/doctest.h>

namespace itapipe {
namespace {

constexpr const char* kKhonKaen = "ขอนแก่น";
constexpr const char* kChiangMai = "เชียงใหม่";

Report MakeReport(const std::string& id, const std::string& agency, const std::string& province,
                  std::optional<int> year, std::optional<double> total, const std::string& grade,
                  std::vector<IndicatorScore> indicators = {},
                  ReportStatus status = ReportStatus::kOk) {
  Report r;
  r.report_id = id;
  r.agency_name = agency;
  r.agency_type = "sao";
  r.province = province;
  r.fiscal_year = year;
  r.total_score = total;
  r.grade = grade;
  r.indicators = std::move(indicators);
  r.status = status;
  return r;
}

IndicatorScore Ind(const char* tool, int number, const char* name, double score) {
  return IndicatorScore{tool, number, name, score, 1, 1.0};
}

// Agency ก over 2564, 2565 (with a partial duplicate), a failed 2566 and 2567; agency ข in
// 2565 only; one report without a year.
std::vector<Report> History() {
  Report a2564 =
      MakeReport("a1", "อบต.ก", kKhonKaen, 2564, 80, "B", {Ind("IIT", 1, "การปฏิบัติหน้าที่", 90)});
  a2564.tool_scores["IIT"] = 90;
  Report a2565 = MakeReport("a2", "อบต.ก", kKhonKaen, 2565, 85.5, "A",
                            {Ind("IIT", 1, "การปฏิบัติหน้าที่", 95), Ind("OIT", 9, "การเปิดเผยข้อมูล", 70)});
  return {
      MakeReport("zz", "อบต.ก", kKhonKaen, 2565, 10, "F", {}, ReportStatus::kPartial),
      a2565,
      MakeReport("a4", "อบต.ก", kKhonKaen, 2567, 70, "ผ่าน", {}),
      MakeReport("a3", "อบต.ก", kKhonKaen, 2566, 99, "AA", {}, ReportStatus::kFailed),
      a2564,
      MakeReport("b1", "อบต.ข", kChiangMai, 2565, 85.5, "A",
                 {Ind("EIT", 7, "ประสิทธิภาพการสื่อสาร", 60)}),
      MakeReport("c1", "อบต.ค", kKhonKaen, 2565, 70.004, "C",
                 {Ind("OIT", 10, "การป้องกันการทุจริต", 50), Ind("IIT", 2, "การใช้งบประมาณ", 50)}),
      MakeReport("d1", "อบต.ง", kKhonKaen, 2565, std::nullopt, "", {}, ReportStatus::kPartial),
      MakeReport("e1", "อบต.จ", kKhonKaen, std::nullopt, 90, "A"),
  };
}

}  // namespace

TEST_CASE("CompareYears pairs each agency's consecutive years") {
  auto rows = CompareYears(History(), {});
  REQUIRE(rows.size() == 2);
  YearOverYearRow first{"อบต.ก",
                        kKhonKaen,
                        2564,
                        2565,
                        80,
                        85.5,
                        5.5,
                        "B",
                        "A",
                        {{"IIT", 0, "", 90, std::nullopt, std::nullopt}},
                        {{"IIT", 1, "การปฏิบัติหน้าที่", 90, 95, 5},
                         {"OIT", 9, "การเปิดเผยข้อมูล", std::nullopt, 70, std::nullopt}}};
  CHECK(rows[0] == first);
  CHECK(rows[1].from_year == 2565);
  CHECK(rows[1].to_year == 2567);
  CHECK(rows[1].total_change == -15.5);
  CHECK(rows[1].indicators.size() == 2);
}

TEST_CASE("CompareYears filters by province and by the later year") {
  struct {
    CompareFilter filter;
    std::vector<int> want_to_years;
  } cases[] = {
      {{}, {2565, 2567}},
      {{kKhonKaen, std::nullopt}, {2565, 2567}},
      {{kChiangMai, std::nullopt}, {}},
      {{std::nullopt, 2567}, {2567}},
      {{std::nullopt, 2566}, {}},
  };
  for (const auto& c : cases) {
    std::vector<int> got;
    for (const auto& row : CompareYears(History(), c.filter)) got.push_back(row.to_year);
    CHECK(got == c.want_to_years);
  }
}

TEST_CASE("RankAgencies ranks a year's agencies, ties sharing a rank") {
  struct {
    CompareFilter filter;
    std::vector<std::string> want_ids;
    std::vector<std::optional<int>> want_ranks;
  } cases[] = {
      {{std::nullopt, 2565}, {"a2", "b1", "c1", "d1"}, {1, 1, 3, std::nullopt}},
      {{kKhonKaen, 2565}, {"a2", "c1", "d1"}, {1, 2, std::nullopt}},
      {{kChiangMai, 2564}, {}, {}},
      {{std::nullopt, 2566}, {}, {}},
  };
  for (const auto& c : cases) {
    std::vector<std::string> ids;
    std::vector<std::optional<int>> ranks;
    for (const auto& row : RankAgencies(History(), c.filter)) {
      ids.push_back(row.report_id);
      ranks.push_back(row.rank);
    }
    CHECK(ids == c.want_ids);
    CHECK(ranks == c.want_ranks);
  }
  auto rows = RankAgencies(History(), {kKhonKaen, 2565});
  REQUIRE(rows[1].lowest.has_value());
  CHECK(rows[1].lowest->number == 2);  // equal scores: the smaller number
}

TEST_CASE("Comparison CSV has a header and one row per item") {
  auto years = YearOverYearCsv(CompareYears(History(), {std::nullopt, 2565}));
  CHECK(years ==
        "\xEF\xBB\xBF"
        "agency_name,province,from_year,to_year,item,tool,indicator_no,indicator_name,"
        "from_score,to_score,change,from_grade,to_grade\r\n"
        "อบต.ก,ขอนแก่น,2564,2565,total,,,,80.00,85.50,5.50,B,A\r\n"
        "อบต.ก,ขอนแก่น,2564,2565,tool,IIT,,,90.00,,,,\r\n"
        "อบต.ก,ขอนแก่น,2564,2565,indicator,IIT,1,การปฏิบัติหน้าที่,90.00,95.00,5.00,,\r\n"
        "อบต.ก,ขอนแก่น,2564,2565,indicator,OIT,9,การเปิดเผยข้อมูล,,70.00,,,\r\n");
  auto ranking = RankingCsv(RankAgencies(History(), {kKhonKaen, 2565}));
  CHECK(ranking ==
        "\xEF\xBB\xBF"
        "rank,agency_name,agency_type,district,province,fiscal_year,total_score,grade,"
        "lowest_tool,lowest_indicator_no,lowest_indicator_name,lowest_score,report_id\r\n"
        "1,อบต.ก,sao,,ขอนแก่น,2565,85.50,A,OIT,9,การเปิดเผยข้อมูล,70.00,a2\r\n"
        "2,อบต.ค,sao,,ขอนแก่น,2565,70.00,C,IIT,2,การใช้งบประมาณ,50.00,c1\r\n"
        ",อบต.ง,sao,,ขอนแก่น,2565,,,,,,,d1\r\n");
}

}  // namespace itapipe
