#pragma once
// What the ITA methodology of a range of fiscal years defines: indicators, weights, grades.

#include <optional>
#include <string>
#include <vector>

namespace itapipe {

struct IndicatorDefinition {
  int number = 0;
  std::string tool;                    // IIT, EIT, OIT
  std::string name;                    // canonical name, written to indicators.csv
  std::vector<std::string> spellings;  // every accepted spelling, canonical first

  bool operator==(const IndicatorDefinition&) const = default;
};

struct ToolWeight {
  std::string tool;
  double weight = 0;  // share of the total, e.g. 0.3

  bool operator==(const ToolWeight&) const = default;
};

// A tool score a result level requires besides its total: the pass labels of 2566 on ask
// every tool to reach the label's mark (ผ่านดี: each of IIT, EIT, OIT at least 85).
struct ToolMinimum {
  std::string tool;
  double min_score = 0;

  bool operator==(const ToolMinimum&) const = default;
};

// A result level: totals in [min_score, max_score) may carry label, when every tool score
// meets its tool_minimums.
struct GradeBand {
  std::string label;
  double min_score = 0;
  double max_score = 101;
  std::vector<ToolMinimum> tool_minimums;

  bool operator==(const GradeBand&) const = default;
};

struct Methodology {
  int first_year = 0;  // Buddhist Era fiscal years this methodology covers, inclusive
  int last_year = 0;
  std::vector<IndicatorDefinition> indicators;  // sorted by number
  std::vector<ToolWeight> weights;
  std::vector<GradeBand> grades;  // as listed in the methodology file, highest first
  bool grade_is_letter = true;    // AA..F up to 2565, pass labels (ผ่าน, ...) from 2566

  const IndicatorDefinition* Find(int number) const {
    for (const auto& i : indicators)
      if (i.number == number) return &i;
    return nullptr;
  }

  bool operator==(const Methodology&) const = default;
};

}  // namespace itapipe
