#pragma once
// Comparisons NACC staff ask for, over stored reports: each agency's change from year to year,
// and the ranking of agencies within a fiscal year.
//
// Both skip reports that failed, lack a fiscal year or lack an agency name. An agency is its
// agency_name and province; when several reports cover the same agency and year, the one
// with status ok (else the smallest report_id) stands for it.

#include <optional>
#include <string>
#include <vector>

#include "core/report.h"

namespace itapipe {

// Which reports to compare; an empty field does not filter.
struct CompareFilter {
  std::optional<std::string> province;
  std::optional<int> fiscal_year;  // year over year: the later year of a pair
};

// One score in two years. An indicator is matched by tool, number and name, so indicators of
// different methodologies do not pair up.
struct ScoreChange {
  std::string tool;      // IIT, EIT, OIT
  int indicator_no = 0;  // 0 for the tool's score
  std::string indicator_name;
  std::optional<double> from_score;
  std::optional<double> to_score;
  std::optional<double> change;  // to - from, when both are known

  bool operator==(const ScoreChange&) const = default;
};

// An agency between two consecutive fiscal years present in the data (a year without a
// report is skipped over, so to_year - from_year may exceed 1).
struct YearOverYearRow {
  std::string agency_name;
  std::string province;
  int from_year = 0;
  int to_year = 0;
  std::optional<double> from_total;
  std::optional<double> to_total;
  std::optional<double> total_change;
  std::string from_grade;
  std::string to_grade;
  std::vector<ScoreChange> tools;       // IIT, EIT, OIT where either year has the score
  std::vector<ScoreChange> indicators;  // sorted by number, tool, name

  bool operator==(const YearOverYearRow&) const = default;
};

struct RankingRow {
  std::optional<int> rank;  // 1 = highest total; equal totals share a rank; none without total
  std::string agency_name;
  std::string agency_type;
  std::string district;
  std::string province;
  int fiscal_year = 0;
  std::optional<double> total_score;
  std::string grade;
  std::optional<IndicatorScore> lowest;  // the lowest-scoring indicator (smallest number on ties)
  std::string report_id;

  bool operator==(const RankingRow&) const = default;
};

// Year-over-year rows sorted by agency_name, province, from_year.
std::vector<YearOverYearRow> CompareYears(const std::vector<Report>& reports,
                                          const CompareFilter& filter);

// Agencies of filter.fiscal_year (REQUIRES: set), best total first; ties and reports without a
// total (last) are ordered by agency_name, province.
std::vector<RankingRow> RankAgencies(const std::vector<Report>& reports,
                                     const CompareFilter& filter);

// CSV text like the writers' (BOM, header, "\r\n"). Year over year has one row per item:
// "total" (with both grades), then "tool" rows, then "indicator" rows.
std::string YearOverYearCsv(const std::vector<YearOverYearRow>& rows);
std::string RankingCsv(const std::vector<RankingRow>& rows);

}  // namespace itapipe
