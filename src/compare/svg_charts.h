#pragma once
// Inline SVG charts of the HTML report: one agency's scores across years, and one province's
// distribution of totals year by year.

#include <optional>
#include <string>
#include <vector>

namespace itapipe {

// One agency-year of a trend.
struct TrendPoint {
  int fiscal_year = 0;
  std::optional<double> total;
  std::optional<double> iit;
  std::optional<double> eit;
  std::optional<double> oit;
  std::string methodology;

  bool operator==(const TrendPoint&) const = default;
};

// A line chart (class "trend") of total, IIT, EIT and OIT over the points (sorted by year),
// with a dashed line where the methodology changes, and each point's value as its tooltip.
std::string TrendSvg(const std::vector<TrendPoint>& points);

// Agencies of one province and year whose total falls in the 5-point band starting at band.
struct BandCount {
  int fiscal_year = 0;
  int band = 0;  // 0, 5, ..., 95
  long long agencies = 0;

  bool operator==(const BandCount&) const = default;
};

// A heat map (class "distribution"): one row per year, one column per band from 40 up (lower
// totals join the 40 band), darker for more agencies.
std::string DistributionSvg(const std::vector<BandCount>& counts);

}  // namespace itapipe
