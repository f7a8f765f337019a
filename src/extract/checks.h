#pragma once
// Cross-checks of what was read: a misread digit shows up as a total that does not add up.

#include <string>
#include <utility>
#include <vector>

#include "core/methodology.h"
#include "core/report.h"

namespace itapipe {

// Scores in hundredths, so that means round exactly as the ITA system rounds them.
long Hundredths(double score);

// The tool's score: mean of its indicators, rounded half up to hundredths; nullopt unless
// every indicator of the tool was read.
std::optional<double> ToolScore(const std::vector<IndicatorScore>& indicators,
                                const Methodology& methodology, const std::string& tool);

// Fills the tool scores and appends to report.problems what fails: missing_indicator:N,
// total_mismatch (total off the weighted tool means by more than 0.01), grade_mismatch,
// unknown_grade, lowest_mismatch:TOOL (the prose names another indicator as the lowest).
void CheckScores(const Methodology& methodology,
                 const std::vector<std::pair<std::string, int>>& named_lowest, Report& report);

// True when the report's grade is the band of methodology's grades its total falls in.
bool GradeFitsTotal(const Methodology& methodology, const Report& report);

}  // namespace itapipe
