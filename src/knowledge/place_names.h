#pragma once
// Names of agencies and places as reports print them, brought to one spelling: abbreviations
// expanded, and the marks scans lose put back where a single province or district fits.

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "knowledge/agency_type.h"

namespace itapipe {

// The agency name in full form ("ทม.ปากช่อง" → "เทศบาลเมืองปากช่อง") and its type code;
// empty strings when the text names no known kind of agency.
std::pair<std::string, std::string> CanonicalAgency(std::string_view printed,
                                                    const std::vector<AgencyType>& types);

// Thai text without what scans lose most: the marks above the line (tone marks, thanthakhat,
// mai han-akat, mai taikhu) and the upper vowels ิ ี ึ ื.
std::string ThaiSkeleton(std::string_view text);

// The longest province name that run starts with; else the one whose skeleton run's starts
// with (OCR: สุราษฎรธาน for สุราษฎร์ธานี; the 77 names stay apart without their marks); else "".
std::string ProvinceAtStart(std::string_view run, const std::vector<std::string>& provinces);

// The capital district of the province (อำเภอเมือง + province) when district is its name
// as OCR left it without marks (เมองสุราษฎรธาน); else district as it is.
std::string CanonicalDistrict(const std::string& district, const std::string& province);

}  // namespace itapipe
