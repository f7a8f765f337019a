#pragma once
// What the ITA methodology of a range of fiscal years defines: indicators, weights, grades.

#include <optional>
#include <string>
#include <vector>

namespace itapipe {

struct IndicatorDefinition {
  int number = 0;
  std::string tool;                  // IIT, EIT, OIT
  std::string name;                  // canonical name, written to indicators.csv
  std::vector<std::string> spellings;  // every accepted spelling, canonical first

  bool operator==(const IndicatorDefinition&) const = default;
};

struct ToolWeight {
  std::string tool;
  double weight = 0;  // share of the total, e.g. 0.3

  bool operator==(const ToolWeight&) const = default;
};

// A result level: scores at or above min_score (and below the next band) get label.
struct GradeBand {
  std::string label;
  double min_score = 0;

  bool operator==(const GradeBand&) const = default;
};

struct Methodology {
  int first_year = 0;  // Buddhist Era fiscal years this methodology covers, inclusive
  int last_year = 0;
  std::vector<IndicatorDefinition> indicators;  // sorted by number
  std::vector<ToolWeight> weights;
  std::vector<GradeBand> grades;  // highest first
  // From 2566 the printed label also depends on the tools, so a mismatch is only a warning.
  bool grade_is_letter = true;

  const IndicatorDefinition* Find(int number) const {
    for (const auto& i : indicators)
      if (i.number == number) return &i;
    return nullptr;
  }

  bool operator==(const Methodology&) const = default;
};

}  // namespace itapipe
