#include "extract/checks.h"

#include <cmath>

namespace itapipe {
namespace {

std::vector<const IndicatorScore*> OfTool(const std::vector<IndicatorScore>& indicators,
                                          const std::string& tool) {
  std::vector<const IndicatorScore*> found;
  for (const IndicatorScore& s : indicators)
    if (s.tool == tool) found.push_back(&s);
  return found;
}

size_t ToolSize(const Methodology& m, const std::string& tool) {
  size_t n = 0;
  for (const IndicatorDefinition& d : m.indicators) n += d.tool == tool;
  return n;
}

void CheckMissing(const Methodology& m, Report& report) {
  for (const IndicatorDefinition& d : m.indicators) {
    bool found = false;
    for (const IndicatorScore& s : report.indicators) found = found || s.number == d.number;
    if (!found) report.problems.push_back("missing_indicator:" + std::to_string(d.number));
  }
}

// The total from the unrounded tool means, as the ITA system computes it.
std::optional<double> ExpectedTotal(const Methodology& m, const std::vector<IndicatorScore>& all) {
  double total = 0;
  for (const ToolWeight& w : m.weights) {
    auto found = OfTool(all, w.tool);
    if (found.empty() || found.size() != ToolSize(m, w.tool)) return std::nullopt;
    long sum = 0;
    for (const IndicatorScore* s : found) sum += Hundredths(s->score);
    total += w.weight * (static_cast<double>(sum) / 100 / found.size());
  }
  return total;
}

void CheckTotal(const Methodology& m, Report& report) {
  std::optional<double> expected = ExpectedTotal(m, report.indicators);
  if (!expected || !report.total_score) return;
  if (std::abs(*expected - *report.total_score) > 0.01 + 1e-9)
    report.problems.push_back("total_mismatch");
}

const GradeBand* FindBand(const Methodology& m, const std::string& label) {
  for (const GradeBand& band : m.grades)
    if (band.label == label) return &band;
  return nullptr;
}

bool InBand(const GradeBand& band, double total) {
  return total >= band.min_score - 1e-9 && total < band.max_score - 1e-9;
}

// Whether tool_scores meet the band's tool minimums: yes, no, or unknown (a tool with a
// minimum has no score and none of the known ones fails).
enum class Met { kYes, kNo, kUnknown };

Met MinimumsMet(const GradeBand& band, const ToolScores& tool_scores) {
  bool unknown = false;
  for (const ToolMinimum& t : band.tool_minimums) {
    auto score = tool_scores.find(t.tool);
    if (score == tool_scores.end())
      unknown = true;
    else if (score->second < t.min_score - 1e-9)
      return Met::kNo;
  }
  return unknown ? Met::kUnknown : Met::kYes;
}

void CheckGrade(const Methodology& m, Report& report) {
  if (report.grade.empty() || !report.total_score) return;
  if (!FindBand(m, report.grade))
    report.problems.push_back("unknown_grade");
  else if (!GradeFitsTotal(m, report))
    report.problems.push_back("grade_mismatch");
}

void CheckLowest(const std::vector<std::pair<std::string, int>>& named, Report& report) {
  for (const auto& [tool, number] : named) {
    auto found = OfTool(report.indicators, tool);
    const IndicatorScore* named_score = nullptr;
    double lowest = 1e9;
    for (const IndicatorScore* s : found) {
      lowest = std::min(lowest, s->score);
      if (s->number == number) named_score = s;
    }
    if (named_score && Hundredths(named_score->score) != Hundredths(lowest)) {
      std::string problem = "lowest_mismatch:" + tool;
      bool seen = false;
      for (const std::string& p : report.problems) seen = seen || p == problem;
      if (!seen) report.problems.push_back(problem);
    }
  }
}

}  // namespace

std::optional<std::string> DeriveGrade(const Methodology& methodology, double total,
                                       const ToolScores& tool_scores) {
  for (const GradeBand& band : methodology.grades) {
    if (!InBand(band, total)) continue;
    Met met = MinimumsMet(band, tool_scores);
    if (met == Met::kYes) return band.label;
    if (met == Met::kUnknown) return std::nullopt;
  }
  return std::nullopt;
}

bool GradeFollowsRule(const Methodology& methodology, const std::string& grade, double total,
                      const ToolScores& tool_scores) {
  for (const GradeBand& band : methodology.grades) {
    if (band.label == grade)
      return InBand(band, total) && MinimumsMet(band, tool_scores) != Met::kNo;
    // A higher label whose tool minimums the tools fully meet is the one the rule prints.
    bool earned = InBand(band, total) && MinimumsMet(band, tool_scores) == Met::kYes;
    if (earned && !band.tool_minimums.empty()) return false;
  }
  return false;
}

bool GradeFitsTotal(const Methodology& methodology, const Report& report) {
  if (report.grade.empty() || !report.total_score) return false;
  return GradeFollowsRule(methodology, report.grade, *report.total_score, report.tool_scores);
}

long Hundredths(double score) { return std::lround(score * 100); }

std::optional<double> ToolScore(const std::vector<IndicatorScore>& indicators,
                                const Methodology& methodology, const std::string& tool) {
  auto found = OfTool(indicators, tool);
  long n = static_cast<long>(found.size());
  if (n == 0 || found.size() != ToolSize(methodology, tool)) return std::nullopt;
  long sum = 0;
  for (const IndicatorScore* s : found) sum += Hundredths(s->score);
  long mean = (2 * sum + n) / (2 * n);  // in hundredths, rounded half up
  return static_cast<double>(mean) / 100;
}

void CheckScores(const Methodology& methodology,
                 const std::vector<std::pair<std::string, int>>& named_lowest, Report& report) {
  report.tool_scores.clear();
  for (const ToolWeight& w : methodology.weights) {
    if (auto score = ToolScore(report.indicators, methodology, w.tool))
      report.tool_scores[w.tool] = *score;
  }
  CheckMissing(methodology, report);
  CheckTotal(methodology, report);
  CheckGrade(methodology, report);
  CheckLowest(named_lowest, report);
}

}  // namespace itapipe
