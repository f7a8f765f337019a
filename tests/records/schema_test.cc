#include "records/schema.h"

#include <doctest/doctest.h>

#include <set>

namespace itapipe {
namespace {

template <typename Row>
void CheckUniqueNames(const std::vector<RecordColumn<Row>>& columns) {
  std::set<std::string_view> names;
  for (const auto& c : columns) {
    CHECK_MESSAGE(names.insert(c.name).second, c.name);
    CHECK_FALSE(c.meaning.empty());
  }
}

}  // namespace

TEST_CASE("Column names are unique within each table and every parent column exists") {
  CheckUniqueNames(ReportColumns());
  CheckUniqueNames(IndicatorColumns());
  CheckUniqueNames(MeasureColumns());
  for (const auto* parents : {&IndicatorParentColumns(), &MeasureParentColumns()}) {
    for (std::string_view name : *parents) CHECK(FindReportColumn(name) != nullptr);
  }
}

TEST_CASE("Every report column puts back what it gets, through its CSV cell") {
  Report r;
  r.report_id = "00ff";
  r.agency_name = "เทศบาลตำบลท่าช้าง";
  r.fiscal_year = 2566;
  r.total_score = 94.64;
  r.tool_scores = {{"IIT", 97.5}, {"EIT", 84.99}, {"OIT", 100}};
  r.pages = 3;
  r.status = ReportStatus::kPartial;
  r.problems = {"grade_mismatch", "missing_indicator:7"};
  Report back;
  for (const auto& c : ReportColumns()) {
    auto value = ParseCell(c.type, CellText(c.get(r)));
    REQUIRE_MESSAGE(value.has_value(), c.name);
    c.set(back, *value);
  }
  CHECK(back == r);
}

TEST_CASE("Cells: absent values are empty, scores have two decimals, lists join with ';'") {
  CHECK(CellText(Value()) == "");
  CHECK(CellText(Value(60.725)) == "60.73");
  CHECK(CellText(Value(2565LL)) == "2565");
  CHECK(CellText(Value(std::vector<std::string>{"a", "b:1"})) == "a;b:1");
  CHECK(ValueJson(Value()) == "null");
  CHECK(ValueJson(Value(std::string("ก\""))) == "\"ก\\\"\"");
  CHECK(ValueJson(Value(std::vector<std::string>{"x"})) == "[\"x\"]");
  CHECK(IsAbsent(Value(std::string())));
  CHECK_FALSE(IsAbsent(Value(0.0)));
  CHECK_FALSE(ParseCell(ColumnType::kScore, "7o.5").has_value());
  CHECK_FALSE(ParseCell(ColumnType::kInteger, "2565.5").has_value());
  CHECK(std::holds_alternative<std::monostate>(*ParseCell(ColumnType::kScore, "")));
}

TEST_CASE("A missing required field is any empty required column") {
  std::vector<std::string> required;
  for (const auto& c : ReportColumns())
    if (c.required) required.emplace_back(c.name);
  CHECK(required == std::vector<std::string>{"agency_name", "district", "province", "fiscal_year",
                                             "total_score", "grade"});
}

}  // namespace itapipe
