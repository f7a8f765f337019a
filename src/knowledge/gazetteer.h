#pragma once
// Thailand's provinces, districts and subdistricts with their DOPA codes, and the kinds of
// agency named after them (models/gazetteer/), with lookups tolerant of OCR damage.

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "knowledge/agency_type.h"

namespace itapipe {

// One subdistrict (ตำบล / แขวง) of places.tsv with its district (อำเภอ / เขต) and province.
struct Place {
  std::string province_code;  // 2 digits
  std::string province;
  std::string district_code;  // 4 digits, the province's first
  std::string district;
  std::string subdistrict_code;  // 6 digits, the district's first
  std::string subdistrict;

  bool operator==(const Place&) const = default;
};

// How a name read from a page stands to the gazetteer's names it was looked up among.
enum class MatchKind {
  kExact,      // one of them, spelled alike
  kNear,       // not one of them, but nearer one than any other, within OCR damage
  kAmbiguous,  // several of them equally near (or all but equally)
  kNone,       // none of them within OCR damage
};

struct PlaceMatch {
  MatchKind kind = MatchKind::kNone;
  std::string name;                // the gazetteer's spelling (kExact, kNear)
  std::vector<std::string> codes;  // every code of that name among those looked up, sorted

  bool operator==(const PlaceMatch&) const = default;
};

class Gazetteer {
 public:
  // Reads places.tsv and agency_types.tsv of dir; the error names the file and line at fault.
  static Result<Gazetteer> Load(const std::filesystem::path& dir);
  // The same from the files' text; `name` prefixes error messages.
  static Result<Gazetteer> Parse(std::string_view places_tsv, std::string_view types_tsv,
                                 std::string_view name);

  const std::vector<Place>& places() const { return places_; }
  const std::vector<AgencyType>& agency_types() const { return agency_types_; }

  // The 77 province names, longest first.
  std::vector<std::string> Provinces() const;
  // The type of records.md's agency_type code, or nullptr.
  const AgencyType* FindType(std::string_view code) const;

  // name among the provinces.
  PlaceMatch MatchProvince(std::string_view name) const;
  // name among the districts of province (a gazetteer spelling).
  PlaceMatch MatchDistrict(std::string_view province, std::string_view name) const;
  // name (an agency's name without its prefix) among the places of province its type may be
  // named after: subdistricts of district, or of the whole province when district is not one
  // of the province's; districts of the province (a capital district also without its เมือง);
  // the province. An exact name at an earlier level of type.named_after wins over a later one.
  PlaceMatch MatchAgencyPlace(const AgencyType& type, std::string_view name,
                              std::string_view district, std::string_view province) const;

 private:
  std::vector<Place> places_;  // sorted by subdistrict code
  std::vector<AgencyType> agency_types_;
};

}  // namespace itapipe
