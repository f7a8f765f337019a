#include "extract/agency_check.h"

namespace itapipe {
namespace {

// The gazetteer's spelling of what was read, when it is that of a single place.
void UseGazetteerSpelling(const PlaceMatch& match, std::string& field) {
  if (match.kind == MatchKind::kNear) field = match.name;
}

void CheckAgencyName(const Gazetteer& gazetteer, Report& report) {
  const AgencyType* type = gazetteer.FindType(report.agency_type);
  if (!type || type->named_after.empty() || report.province.empty()) return;
  if (report.agency_name.rfind(type->prefix, 0) != 0) return;
  std::string_view name = std::string_view(report.agency_name).substr(type->prefix.size());
  PlaceMatch match = gazetteer.MatchAgencyPlace(*type, name, report.district, report.province);
  if (match.kind == MatchKind::kExact) return;
  if (match.kind == MatchKind::kNear) {
    report.agency_name = type->prefix + match.name;
    report.problems.emplace_back(kAgencyNameCorrected);
    return;
  }
  report.problems.emplace_back(kUnknownAgency);
}

// Types named after a district or a province first (city and town municipalities, PAOs):
// their names are nearly unique. Subdistrict names repeat across provinces (บ้านใหม่, นาดี),
// and the generated draws pair them with districts at random.
bool NamedAfterDistrictOrProvince(const AgencyType& type) {
  return !type.named_after.empty() && type.named_after.front() != PlaceLevel::kSubdistrict;
}

// A name printed in a text layer is as printed, but the place it is named after must lie in
// the province read: a report that mentions another province (a training held in นนทบุรี)
// can lend the province field the wrong one. Flagged when the place is exactly a place of
// another province and not of this one; a name the gazetteer does not know is left alone.
void CheckAgencyProvince(const Gazetteer& gazetteer, Report& report) {
  const AgencyType* type = gazetteer.FindType(report.agency_type);
  if (!type || !NamedAfterDistrictOrProvince(*type) || report.province.empty()) return;
  if (report.agency_name.rfind(type->prefix, 0) != 0) return;
  std::string_view name = std::string_view(report.agency_name).substr(type->prefix.size());
  auto exact = [&](const std::string& district, const std::string& province) {
    return gazetteer.MatchAgencyPlace(*type, name, district, province).kind == MatchKind::kExact;
  };
  if (exact(report.district, report.province)) return;
  for (const std::string& province : gazetteer.Provinces()) {
    if (province != report.province && exact("", province)) {
      report.problems.emplace_back(kAgencyNotInProvince);
      return;
    }
  }
}

}  // namespace

void CheckAgency(const Gazetteer& gazetteer, bool read_by_ocr, Report& report) {
  if (!report.province.empty())
    UseGazetteerSpelling(gazetteer.MatchProvince(report.province), report.province);
  if (!report.province.empty() && !report.district.empty())
    UseGazetteerSpelling(gazetteer.MatchDistrict(report.province, report.district),
                         report.district);
  if (report.agency_name.empty()) return;
  if (read_by_ocr) {
    CheckAgencyName(gazetteer, report);
  } else {
    CheckAgencyProvince(gazetteer, report);
  }
}

bool LeavesReportOk(std::string_view problem) { return problem == kAgencyNameCorrected; }

}  // namespace itapipe
