#pragma once
// The report-level fields: agency, district, province, fiscal year, total and grade.

#include <vector>

#include "core/report.h"
#include "extract/page_text.h"
#include "knowledge/knowledge.h"

namespace itapipe {

// Fills agency_name, agency_type, district, province, fiscal_year, total_score and grade
// of report, with their origins, from what the rules find; leaves a field empty when no
// rule finds it.
void ExtractFields(const std::vector<PageContent>& pages, const Knowledge& knowledge,
                   Report& report);

}  // namespace itapipe
