#pragma once
// The agency key: one stable identity per agency across years and spellings, from the
// gazetteer's codes (models/gazetteer/), for the store and compare to group reports by.

#include <string>
#include <string_view>

#include "core/result.h"
#include "knowledge/gazetteer.h"

namespace itapipe {

// The key of the agency named agency_name (full prefix or abbreviation: เทศบาลตำบล, ทต.) in
// district and province (either may carry its word: อำเภอ, อ., เขต, จังหวัด, จ.): its agency_type
// code, a colon, and the DOPA code of the place its name is, found as
// Gazetteer::MatchAgencyPlace finds it (exactly or within OCR damage):
//   sao:401606                 a subdistrict's 6 digits (อบต., เทศบาลตำบล, most municipalities)
//   town_municipality:4010     a district's 4 digits (a municipality named after its district)
//   pao:40                     a province's 2 digits
//   bma, pattaya               the type alone, for an agency whose prefix is its whole name
// So "องค์การบริหารส่วนตำบลท่าช้าง", "อบต.ท่าช้าง" and OCR's "องค์การบริหารส่วนตำบลทำช้าง" of one
// district share a key, and two ท่าช้าง of different districts do not. The error (kNotFound)
// says why there is no single agency: unknown type or province, a name that is no place of
// them, a name that is several (the district unknown or the name equally near two places).
Result<std::string> AgencyKey(const Gazetteer& gazetteer, std::string_view agency_name,
                              std::string_view district, std::string_view province);

}  // namespace itapipe
