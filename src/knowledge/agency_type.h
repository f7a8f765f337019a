#pragma once
// A kind of agency (models/gazetteer/agency_types.tsv): its printed prefix, the agency_type
// code of records.md, its abbreviations, and the places its name can be.

#include <string>
#include <vector>

namespace itapipe {

// A level of the gazetteer (models/gazetteer/places.tsv).
enum class PlaceLevel { kSubdistrict, kDistrict, kProvince };

struct AgencyType {
  std::string prefix;
  std::string code;
  std::vector<std::string> abbreviations;
  // The levels whose names the name after the prefix can be, the preferred first; empty for
  // an agency whose prefix is its whole name (กรุงเทพมหานคร, เมืองพัทยา).
  std::vector<PlaceLevel> named_after;

  bool operator==(const AgencyType&) const = default;
};

}  // namespace itapipe
