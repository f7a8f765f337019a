#pragma once
// Indicator scores, read from tables and prose by the indicator_score rule.

#include <string>
#include <vector>

#include "core/methodology.h"
#include "core/report.h"
#include "extract/page_text.h"
#include "knowledge/knowledge.h"

namespace itapipe {

// The number of the indicator a printed name stands for (any spelling, spaces ignored), or 0.
int IndicatorNumber(std::string_view printed, const Methodology& methodology);

// One score per indicator of methodology found in pages, sorted by number. When the
// document gives an indicator two different scores, the better-supported one is kept and
// "indicator_conflict:N" is added to problems.
std::vector<IndicatorScore> ExtractIndicators(const std::vector<PageContent>& pages,
                                              const Knowledge& knowledge,
                                              const Methodology& methodology,
                                              std::vector<std::string>& problems);

// The indicators the prose names as the lowest of their tool: (tool, indicator number).
std::vector<std::pair<std::string, int>> NamedLowest(const std::vector<PageContent>& pages,
                                                     const Knowledge& knowledge,
                                                     const Methodology& methodology);

}  // namespace itapipe
