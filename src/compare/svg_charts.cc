#include "compare/svg_charts.h"

#include <algorithm>
#include <map>

#include "records/format.h"

namespace itapipe {
namespace {

constexpr int kWidth = 360;
constexpr int kHeight = 150;
constexpr int kLeft = 34;
constexpr int kRight = 12;
constexpr int kTop = 10;
constexpr int kBottom = 24;
constexpr double kLowest = 40;  // the y axis runs 40-100: ITA scores below 40 are rare

struct Series {
  const char* name;
  const char* color;
  std::optional<double> TrendPoint::*score;
  double width;
};

constexpr Series kSeries[] = {{"total", "#1f4e9c", &TrendPoint::total, 3},
                              {"IIT", "#2e9c5a", &TrendPoint::iit, 1.5},
                              {"EIT", "#d08a1c", &TrendPoint::eit, 1.5},
                              {"OIT", "#b0397a", &TrendPoint::oit, 1.5}};

std::string Num(double v) { return FormatScore(v); }

double X(std::size_t i, std::size_t n) {
  double span = kWidth - kLeft - kRight;
  return n < 2 ? kLeft + span / 2 : kLeft + span * static_cast<double>(i) / (n - 1);
}

double Y(double score) {
  double clamped = std::clamp(score, kLowest, 100.0);
  return kTop + (kHeight - kTop - kBottom) * (100 - clamped) / (100 - kLowest);
}

std::string Axes(const std::vector<TrendPoint>& points) {
  std::string svg;
  for (int s = 40; s <= 100; s += 20) {
    std::string y = Num(Y(s));
    svg += "<line x1=\"" + std::to_string(kLeft) + "\" x2=\"" + std::to_string(kWidth - kRight) +
           "\" y1=\"" + y + "\" y2=\"" + y + "\" class=\"grid\"/><text x=\"2\" y=\"" + y +
           "\" class=\"tick\">" + std::to_string(s) + "</text>";
  }
  for (std::size_t i = 0; i < points.size(); ++i) {
    svg += "<text x=\"" + Num(X(i, points.size()) - 14) + "\" y=\"" + std::to_string(kHeight - 6) +
           "\" class=\"tick\">" + std::to_string(points[i].fiscal_year) + "</text>";
    if (i > 0 && points[i].methodology != points[i - 1].methodology) {
      std::string x = Num((X(i, points.size()) + X(i - 1, points.size())) / 2);
      svg += "<line x1=\"" + x + "\" x2=\"" + x + "\" y1=\"" + std::to_string(kTop) + "\" y2=\"" +
             std::to_string(kHeight - kBottom) +
             "\" class=\"method\"><title>method changed</title></line>";
    }
  }
  return svg;
}

std::string Line(const std::vector<TrendPoint>& points, const Series& series) {
  std::string path;
  std::string dots;
  for (std::size_t i = 0; i < points.size(); ++i) {
    const auto& score = points[i].*series.score;
    if (!score) continue;
    std::string x = Num(X(i, points.size()));
    std::string y = Num(Y(*score));
    path += (path.empty() ? "M" : " L") + x + " " + y;
    dots += "<circle cx=\"" + x + "\" cy=\"" + y + "\" r=\"" + Num(series.width + 1) +
            "\" fill=\"" + series.color + "\"><title>" + series.name + " " +
            std::to_string(points[i].fiscal_year) + ": " + FormatScore(*score) +
            "</title></circle>";
  }
  if (path.empty()) return "";
  return "<path d=\"" + path + "\" fill=\"none\" stroke=\"" + series.color + "\" stroke-width=\"" +
         Num(series.width) + "\"/>" + dots;
}

}  // namespace

std::string TrendSvg(const std::vector<TrendPoint>& points) {
  std::string svg = "<svg class=\"trend\" viewBox=\"0 0 " + std::to_string(kWidth) + " " +
                    std::to_string(kHeight) + "\" width=\"" + std::to_string(kWidth) +
                    "\" height=\"" + std::to_string(kHeight) + "\" role=\"img\">";
  svg += Axes(points);
  for (const Series& series : kSeries) svg += Line(points, series);
  return svg + "</svg>";
}

std::string DistributionSvg(const std::vector<BandCount>& counts) {
  constexpr int kCell = 16;
  constexpr int kRow = 16;
  constexpr int kLabel = 40;
  constexpr int kFirstBand = 40;
  std::map<int, std::map<int, long long>> grid;  // year -> band -> agencies
  long long most = 1;
  for (const auto& c : counts) {
    long long& cell = grid[c.fiscal_year][std::max(c.band, kFirstBand)];
    cell += c.agencies;
    most = std::max(most, cell);
  }
  int width = kLabel + kCell * (100 - kFirstBand) / 5 + kCell;
  int height = kRow * static_cast<int>(grid.size()) + kRow;
  std::string svg = "<svg class=\"distribution\" width=\"" + std::to_string(width) +
                    "\" height=\"" + std::to_string(height) + "\" role=\"img\">";
  int row = 0;
  for (const auto& [year, bands] : grid) {
    int y = row++ * kRow;
    svg += "<text x=\"0\" y=\"" + std::to_string(y + 12) + "\" class=\"tick\">" +
           std::to_string(year) + "</text>";
    for (const auto& [band, agencies] : bands) {
      double shade = 0.15 + 0.85 * static_cast<double>(agencies) / most;
      svg += "<rect x=\"" + std::to_string(kLabel + kCell * (band - kFirstBand) / 5) + "\" y=\"" +
             std::to_string(y) + "\" width=\"" + std::to_string(kCell - 1) + "\" height=\"" +
             std::to_string(kRow - 1) + "\" fill=\"#1f4e9c\" fill-opacity=\"" + Num(shade) +
             "\"><title>" + std::to_string(year) + ", " + std::to_string(band) + "-" +
             std::to_string(band + 5) + ": " + std::to_string(agencies) + "</title></rect>";
    }
  }
  for (int band = kFirstBand; band <= 100; band += 10) {
    svg += "<text x=\"" + std::to_string(kLabel + kCell * (band - kFirstBand) / 5 - 6) + "\" y=\"" +
           std::to_string(height - 3) + "\" class=\"tick\">" + std::to_string(band) + "</text>";
  }
  return svg + "</svg>";
}

}  // namespace itapipe
