#include "compare/compare.h"

#include <algorithm>
#include <cassert>
#include <cmath>
#include <map>
#include <tuple>

#include "records/csv.h"
#include "records/format.h"

namespace itapipe {
namespace {

// agency_name, province, fiscal_year
using AgencyYear = std::tuple<std::string, std::string, int>;

bool Usable(const Report& r, const CompareFilter& filter) {
  if (r.status == ReportStatus::kFailed || !r.fiscal_year || r.agency_name.empty()) return false;
  return !filter.province || r.province == *filter.province;
}

// Which of two reports of the same agency and year stands for it.
bool Preferred(const Report& a, const Report& b) {
  bool a_ok = a.status == ReportStatus::kOk;
  bool b_ok = b.status == ReportStatus::kOk;
  if (a_ok != b_ok) return a_ok;
  return a.report_id < b.report_id;
}

std::map<AgencyYear, const Report*> PickReports(const std::vector<Report>& reports,
                                                const CompareFilter& filter) {
  std::map<AgencyYear, const Report*> picked;
  for (const auto& r : reports) {
    if (!Usable(r, filter)) continue;
    auto [it, inserted] = picked.emplace(AgencyYear{r.agency_name, r.province, *r.fiscal_year}, &r);
    if (!inserted && Preferred(r, *it->second)) it->second = &r;
  }
  return picked;
}

std::optional<double> Change(const std::optional<double>& from, const std::optional<double>& to) {
  if (from && to) return *to - *from;
  return std::nullopt;
}

std::optional<double> ToolScore(const Report& r, const std::string& tool) {
  auto it = r.tool_scores.find(tool);
  return it == r.tool_scores.end() ? std::nullopt : std::optional<double>(it->second);
}

// The tools of both reports in the order their indicators are numbered (IIT, EIT, OIT in
// every methodology so far), then any tool scored without indicators.
std::vector<std::string> ToolsOf(const Report& from, const Report& to) {
  std::vector<std::string> tools;
  auto add = [&](const std::string& tool) {
    if (std::find(tools.begin(), tools.end(), tool) == tools.end()) tools.push_back(tool);
  };
  for (const Report* r : {&from, &to}) {
    for (const auto& i : r->indicators) add(i.tool);
  }
  for (const Report* r : {&from, &to}) {
    for (const auto& [tool, score] : r->tool_scores) add(tool);
  }
  return tools;
}

std::vector<ScoreChange> ToolChanges(const Report& from, const Report& to) {
  std::vector<ScoreChange> out;
  for (const std::string& tool : ToolsOf(from, to)) {
    std::optional<double> a = ToolScore(from, tool), b = ToolScore(to, tool);
    if (!a && !b) continue;
    out.push_back({tool, 0, "", a, b, Change(a, b)});
  }
  return out;
}

std::vector<ScoreChange> IndicatorChanges(const Report& from, const Report& to) {
  std::map<std::tuple<int, std::string, std::string>, ScoreChange> merged;
  auto entry = [&](const IndicatorScore& i) -> ScoreChange& {
    ScoreChange& c = merged[{i.number, i.tool, i.name}];
    c.tool = i.tool;
    c.indicator_no = i.number;
    c.indicator_name = i.name;
    return c;
  };
  for (const auto& i : from.indicators) entry(i).from_score = i.score;
  for (const auto& i : to.indicators) entry(i).to_score = i.score;
  std::vector<ScoreChange> out;
  for (auto& [key, c] : merged) {
    c.change = Change(c.from_score, c.to_score);
    out.push_back(std::move(c));
  }
  return out;
}

YearOverYearRow YearRow(const Report& from, const Report& to) {
  return {from.agency_name,
          from.province,
          *from.fiscal_year,
          *to.fiscal_year,
          from.total_score,
          to.total_score,
          Change(from.total_score, to.total_score),
          from.grade,
          to.grade,
          ToolChanges(from, to),
          IndicatorChanges(from, to)};
}

std::optional<IndicatorScore> Lowest(const std::vector<IndicatorScore>& indicators) {
  auto it =
      std::min_element(indicators.begin(), indicators.end(), [](const auto& a, const auto& b) {
        return std::tie(a.score, a.number) < std::tie(b.score, b.number);
      });
  if (it == indicators.end()) return std::nullopt;
  return *it;
}

RankingRow RankRow(const Report& r) {
  return {std::nullopt,   r.agency_name, r.agency_type, r.district,           r.province,
          *r.fiscal_year, r.total_score, r.grade,       Lowest(r.indicators), r.report_id};
}

// Totals compare as the two-decimal values printed, so 80.0 and 79.999999 tie.
long long Cents(const std::optional<double>& total) {
  return total ? std::llround(*total * 100) : -1;
}

bool RanksBefore(const RankingRow& a, const RankingRow& b) {
  bool a_has = a.total_score.has_value();
  bool b_has = b.total_score.has_value();
  if (a_has != b_has) return a_has;
  if (Cents(a.total_score) != Cents(b.total_score)) {
    return Cents(a.total_score) > Cents(b.total_score);
  }
  return std::tie(a.agency_name, a.province, a.report_id) <
         std::tie(b.agency_name, b.province, b.report_id);
}

void AssignRanks(std::vector<RankingRow>& rows) {
  for (std::size_t i = 0; i < rows.size() && rows[i].total_score; ++i) {
    bool tie = i > 0 && Cents(rows[i].total_score) == Cents(rows[i - 1].total_score);
    rows[i].rank = tie ? rows[i - 1].rank : static_cast<int>(i) + 1;
  }
}

std::string Number(const std::optional<int>& n) { return n ? std::to_string(*n) : std::string(); }

std::string ChangeRow(const YearOverYearRow& row, const char* item, const ScoreChange& c) {
  return CsvRow(
      {row.agency_name, row.province, std::to_string(row.from_year), std::to_string(row.to_year),
       item, c.tool, c.indicator_no > 0 ? std::to_string(c.indicator_no) : "", c.indicator_name,
       FormatScore(c.from_score), FormatScore(c.to_score), FormatScore(c.change), "", ""});
}

std::string TotalRow(const YearOverYearRow& row) {
  return CsvRow({row.agency_name, row.province, std::to_string(row.from_year),
                 std::to_string(row.to_year), "total", "", "", "", FormatScore(row.from_total),
                 FormatScore(row.to_total), FormatScore(row.total_change), row.from_grade,
                 row.to_grade});
}

}  // namespace

std::vector<YearOverYearRow> CompareYears(const std::vector<Report>& reports,
                                          const CompareFilter& filter) {
  auto picked = PickReports(reports, CompareFilter{filter.province, std::nullopt});
  std::vector<YearOverYearRow> rows;
  const Report* previous = nullptr;
  for (const auto& [key, report] : picked) {
    bool same_agency = previous != nullptr && previous->agency_name == report->agency_name &&
                       previous->province == report->province;
    bool wanted = !filter.fiscal_year || *report->fiscal_year == *filter.fiscal_year;
    if (same_agency && wanted) rows.push_back(YearRow(*previous, *report));
    previous = report;
  }
  return rows;
}

std::vector<RankingRow> RankAgencies(const std::vector<Report>& reports,
                                     const CompareFilter& filter) {
  // REQUIRES: filter.fiscal_year
  assert(filter.fiscal_year.has_value());
  std::vector<RankingRow> rows;
  for (const auto& [key, report] : PickReports(reports, filter)) {
    if (report->fiscal_year == filter.fiscal_year) rows.push_back(RankRow(*report));
  }
  std::sort(rows.begin(), rows.end(), RanksBefore);
  AssignRanks(rows);
  return rows;
}

std::string YearOverYearCsv(const std::vector<YearOverYearRow>& rows) {
  std::string out(kUtf8Bom);
  out += CsvRow({"agency_name", "province", "from_year", "to_year", "item", "tool", "indicator_no",
                 "indicator_name", "from_score", "to_score", "change", "from_grade", "to_grade"});
  for (const auto& row : rows) {
    out += TotalRow(row);
    for (const auto& c : row.tools) out += ChangeRow(row, "tool", c);
    for (const auto& c : row.indicators) out += ChangeRow(row, "indicator", c);
  }
  return out;
}

std::string RankingCsv(const std::vector<RankingRow>& rows) {
  std::string out(kUtf8Bom);
  out += CsvRow({"rank", "agency_name", "agency_type", "district", "province", "fiscal_year",
                 "total_score", "grade", "lowest_tool", "lowest_indicator_no",
                 "lowest_indicator_name", "lowest_score", "report_id"});
  for (const auto& r : rows) {
    const auto& low = r.lowest;
    out += CsvRow({Number(r.rank), r.agency_name, r.agency_type, r.district, r.province,
                   std::to_string(r.fiscal_year), FormatScore(r.total_score), r.grade,
                   low ? low->tool : "", low ? std::to_string(low->number) : "",
                   low ? low->name : "", low ? FormatScore(low->score) : "", r.report_id});
  }
  return out;
}

}  // namespace itapipe
