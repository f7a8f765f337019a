#include "checks/agency_key.h"

#include "knowledge/measure_table_rules.h"
#include "knowledge/place_names.h"

namespace itapipe {
namespace {

// text without the first of prefixes it starts with, and without spaces.
std::string WithoutWord(std::string_view text, std::initializer_list<std::string_view> prefixes) {
  std::string bare = WithoutSpaces(text);
  for (std::string_view p : prefixes)
    if (bare.rfind(p, 0) == 0) return bare.substr(p.size());
  return bare;
}

Error NoAgency(std::string_view agency_name, const std::string& why) {
  return MakeError(ErrorCode::kNotFound, std::string(agency_name) + ": no single agency: " + why);
}

// The gazetteer's spelling of a single place matched, or "".
std::string SpellingOf(const PlaceMatch& match) {
  bool single = match.kind == MatchKind::kExact || match.kind == MatchKind::kNear;
  return single ? match.name : "";
}

}  // namespace

Result<std::string> AgencyKey(const Gazetteer& gazetteer, std::string_view agency_name,
                              std::string_view district, std::string_view province) {
  auto [full_name, code] = CanonicalAgency(agency_name, gazetteer.agency_types());
  const AgencyType* type = gazetteer.FindType(code);
  if (!type) return NoAgency(agency_name, "no known type of agency");
  if (type->named_after.empty()) return type->code;
  std::string name = full_name.substr(type->prefix.size());
  std::string province_read = WithoutWord(province, {"จังหวัด", "จ."});
  if (province_read.empty() && type->named_after.front() == PlaceLevel::kProvince)
    province_read = name;
  std::string province_name = SpellingOf(gazetteer.MatchProvince(province_read));
  if (province_name.empty()) return NoAgency(agency_name, "no province");
  std::string district_read = WithoutWord(district, {"อำเภอ", "อ.", "เขต"});
  std::string district_name = SpellingOf(gazetteer.MatchDistrict(province_name, district_read));
  PlaceMatch place = gazetteer.MatchAgencyPlace(*type, name, district_name, province_name);
  if (SpellingOf(place).empty()) return NoAgency(agency_name, "not a place of " + province_name);
  if (place.codes.size() != 1) return NoAgency(agency_name, "several places of that name");
  return type->code + ":" + place.codes.front();
}

}  // namespace itapipe
