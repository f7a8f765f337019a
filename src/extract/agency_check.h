#pragma once
// The agency, its district and its province checked against the gazetteer (models/gazetteer/).

#include <string_view>

#include "core/report.h"
#include "extract/gazetteer.h"

namespace itapipe {

// Problem code of an agency name OCR damaged and corrected to the single nearest real place.
inline constexpr std::string_view kAgencyNameCorrected = "agency_name_corrected";
// Problem code of an agency name read by OCR that is no single place of its district and
// province, exactly or within OCR damage.
inline constexpr std::string_view kUnknownAgency = "unknown_agency";
// Problem code of an agency named after a place of another province than the one read.
inline constexpr std::string_view kAgencyNotInProvince = "agency_not_in_province";

// Writes report's province and district in the gazetteer's spelling when they are, or are
// nearest to within OCR damage, a single province and one of its districts. Then, when the
// agency name was read by OCR (`read_by_ocr`) and the province is known, checks the name after
// the type's prefix against the places its type is named after (Gazetteer::MatchAgencyPlace):
// an exact place is kept; a single nearest place replaces it, with problem
// agency_name_corrected; anything else keeps the name as read, with problem unknown_agency.
// A name from a text layer is the name as printed and is not corrected (the gazetteer lists
// places, not every agency's name); when a type named after a district or a province first
// (not a subdistrict: those names repeat across provinces) names exactly a place of another
// province and no place of the province read, the problem is agency_not_in_province.
void CheckAgency(const Gazetteer& gazetteer, bool read_by_ocr, Report& report);

// Whether problem is a note that leaves a report ok: agency_name_corrected (a correction to
// the single nearest real place is a repair, like a Thai mark put back; an ambiguous or
// unknown name is unknown_agency, which does make the report partial).
bool LeavesReportOk(std::string_view problem);

}  // namespace itapipe
