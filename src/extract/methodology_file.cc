#include "extract/methodology_file.h"

#include <algorithm>
#include <charconv>

#include "core/file.h"
#include "core/tsv_file.h"

namespace itapipe {
namespace {

bool ParseNumber(const std::string& s, double& out) {
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
  return ec == std::errc() && end == s.data() + s.size();
}

bool ParseInt(const std::string& s, int& out) {
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
  return ec == std::errc() && end == s.data() + s.size();
}

GradeBand* FindGrade(Methodology& m, const std::string& label) {
  for (GradeBand& band : m.grades)
    if (band.label == label) return &band;
  return nullptr;
}

// `grade_tool_minimum LABEL TOOL SCORE`: the label's grade line must come first.
bool AddToolMinimum(const std::vector<std::string>& f, Methodology& m) {
  GradeBand* band = FindGrade(m, f[1]);
  ToolMinimum minimum{f[2], 0};
  if (!band || !ParseNumber(f[3], minimum.min_score)) return false;
  band->tool_minimums.push_back(minimum);
  return true;
}

bool HasWeight(const Methodology& m, const std::string& tool) {
  for (const ToolWeight& w : m.weights)
    if (w.tool == tool) return true;
  return false;
}

// Every tool a grade names is one the methodology weighs (a typo would make a label
// unreachable without a word).
bool ToolMinimumsKnown(const Methodology& m) {
  for (const GradeBand& band : m.grades)
    for (const ToolMinimum& t : band.tool_minimums)
      if (!HasWeight(m, t.tool)) return false;
  return true;
}

// Applies one line to m; returns false when the line is malformed.
bool ApplyLine(const std::vector<std::string>& f, Methodology& m) {
  const std::string& key = f[0];
  if (key == "years" && f.size() == 3)
    return ParseInt(f[1], m.first_year) && ParseInt(f[2], m.last_year);
  if (key == "grade_kind" && f.size() == 2) {
    m.grade_is_letter = f[1] == "letter";
    return f[1] == "letter" || f[1] == "label";
  }
  if (key == "weight" && f.size() == 3) {
    ToolWeight w{f[1], 0};
    m.weights.push_back(w);
    return ParseNumber(f[2], m.weights.back().weight);
  }
  if (key == "indicator" && f.size() >= 4) {
    IndicatorDefinition d{0, f[2], f[3], std::vector<std::string>(f.begin() + 3, f.end())};
    m.indicators.push_back(d);
    return ParseInt(f[1], m.indicators.back().number);
  }
  if (key == "grade" && f.size() == 4) {
    m.grades.push_back(GradeBand{f[1], 0, 0, {}});
    return ParseNumber(f[2], m.grades.back().min_score) &&
           ParseNumber(f[3], m.grades.back().max_score);
  }
  if (key == "grade_tool_minimum" && f.size() == 4) return AddToolMinimum(f, m);
  return false;
}

}  // namespace

Result<Methodology> ParseMethodology(std::string_view text, std::string_view name) {
  Methodology m;
  for (const TsvLine& line : ParseTsv(text)) {
    if (!ApplyLine(line.fields, m))
      return MakeError(ErrorCode::kInvalidInput, std::string(name) + ": line " +
                                                     std::to_string(line.number) +
                                                     ": not a valid methodology line");
  }
  if (m.first_year == 0 || m.last_year < m.first_year || m.indicators.empty() || m.weights.empty())
    return MakeError(ErrorCode::kInvalidInput,
                     std::string(name) + ": needs 'years', 'weight' and 'indicator' lines");
  if (!ToolMinimumsKnown(m))
    return MakeError(ErrorCode::kInvalidInput,
                     std::string(name) + ": a grade_tool_minimum names a tool without a weight");
  std::sort(m.indicators.begin(), m.indicators.end(),
            [](const auto& a, const auto& b) { return a.number < b.number; });
  return m;
}

Result<std::vector<Methodology>> LoadMethodologies(const std::filesystem::path& dir) {
  std::vector<std::filesystem::path> files;
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(dir, ec))
    if (entry.path().extension() == ".tsv") files.push_back(entry.path());
  if (ec || files.empty())
    return MakeError(ErrorCode::kNotFound, dir.string() + ": no methodology files (*.tsv)");
  std::vector<Methodology> all;
  for (const auto& file : files) {
    Result<std::string> text = ReadFile(file);
    if (!text) return text.error();
    Result<Methodology> m = ParseMethodology(*text, file.filename().string());
    if (!m) return m.error();
    all.push_back(std::move(*m));
  }
  std::sort(all.begin(), all.end(),
            [](const auto& a, const auto& b) { return a.first_year < b.first_year; });
  for (size_t i = 1; i < all.size(); ++i)
    if (all[i].first_year <= all[i - 1].last_year)
      return MakeError(ErrorCode::kInvalidInput,
                       dir.string() + ": methodology year ranges overlap");
  return all;
}

const Methodology* FindMethodology(const std::vector<Methodology>& all, int fiscal_year) {
  for (const Methodology& m : all)
    if (fiscal_year >= m.first_year && fiscal_year <= m.last_year) return &m;
  return nullptr;
}

}  // namespace itapipe
