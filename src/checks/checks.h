#pragma once
// Cross-checks of what was read: a misread digit shows up as a total that does not add up.

#include <map>
#include <optional>
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

// Tool scores (0-100) by tool name, as the methodology names the tools.
using ToolScores = std::map<std::string, double>;

// Fills the tool scores and appends to report.problems what fails: missing_indicator:N,
// total_mismatch (total off the weighted tool means by more than 0.01), grade_mismatch (the
// grade does not follow the rule, see GradeFollowsRule), unknown_grade, lowest_mismatch:TOOL
// (the prose names another indicator as the lowest).
void CheckScores(const Methodology& methodology,
                 const std::vector<std::pair<std::string, int>>& named_lowest, Report& report);

// The grade the rule of the year gives a total and its tool scores: the first grade listed
// whose total range holds total and whose tool minimums every tool score meets. nullopt when
// no grade holds, or when a grade that may hold has a minimum on a tool whose score is not
// in tool_scores (the label cannot be decided: a 94.64 is ผ่านดี or ผ่าน by its EIT).
std::optional<std::string> DeriveGrade(const Methodology& methodology, double total,
                                       const ToolScores& tool_scores);

// True when a printed grade follows the rule: its total range holds total, every known tool
// score meets the grade's minimums, and no grade listed above it that has tool minimums is
// met in full (every tool known): a 94.64 printed ผ่าน with an EIT of 84 follows the rule, as
// it does with its tool scores unknown; with every tool at 85 or more it does not. Grades
// without tool minimums whose ranges overlap (ต้องปรับปรุง 0-85 above ต้องปรับปรุงโดยด่วน
// 0-70) are both accepted in the overlap. False for a grade the methodology does not list.
bool GradeFollowsRule(const Methodology& methodology, const std::string& grade, double total,
                      const ToolScores& tool_scores);

// True when the report has a grade and a total and the grade follows the rule for them and
// the report's tool scores.
bool GradeFitsTotal(const Methodology& methodology, const Report& report);

}  // namespace itapipe
