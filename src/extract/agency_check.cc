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

}  // namespace

void CheckAgency(const Gazetteer& gazetteer, bool read_by_ocr, Report& report) {
  if (!report.province.empty())
    UseGazetteerSpelling(gazetteer.MatchProvince(report.province), report.province);
  if (!report.province.empty() && !report.district.empty())
    UseGazetteerSpelling(gazetteer.MatchDistrict(report.province, report.district),
                         report.district);
  if (read_by_ocr && !report.agency_name.empty()) CheckAgencyName(gazetteer, report);
}

bool LeavesReportOk(std::string_view problem) { return problem == kAgencyNameCorrected; }

}  // namespace itapipe
