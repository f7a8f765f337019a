#pragma once
// The report-level fields: agency, district, province, fiscal year, total and grade.

#include <vector>

#include "core/report.h"
#include "extract/knowledge.h"
#include "extract/page_text.h"

namespace itapipe {

// Fills agency_name, agency_type, district, province, fiscal_year, total_score and grade
// of report, with their origins, from what the rules find; leaves a field empty when no
// rule finds it.
void ExtractFields(const std::vector<PageContent>& pages, const Knowledge& knowledge,
                   Report& report);

// The agency name in full form ("ทม.ปากช่อง" → "เทศบาลเมืองปากช่อง") and its type code;
// empty strings when the text names no known kind of agency.
std::pair<std::string, std::string> CanonicalAgency(std::string_view printed,
                                                    const std::vector<AgencyType>& types);

// The longest province name that run starts with, or "".
std::string ProvinceAtStart(std::string_view run, const std::vector<std::string>& provinces);

}  // namespace itapipe
