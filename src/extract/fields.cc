#include "extract/fields.h"

#include <algorithm>
#include <functional>

#include "core/numbers.h"
#include "core/utf8.h"
#include "extract/votes.h"
#include "knowledge/place_names.h"

namespace itapipe {
namespace {

// The text line holding [begin, end), for the audit trail.
std::string LineAround(const std::string& text, size_t begin) {
  size_t start = text.rfind('\n', begin);
  start = start == std::string::npos ? 0 : start + 1;
  size_t end = text.find('\n', begin);
  return text.substr(start, end == std::string::npos ? std::string::npos : end - start);
}

// Candidates of field from every page; `value` turns a match into a value ("" = reject).
// A candidate is as sure as the words of its group 1, not as the page's worst word.
std::vector<Candidate> Gather(const std::vector<PageContent>& pages, const RuleSet& rules,
                              std::string_view field,
                              const std::function<std::string(const RuleMatch&)>& value) {
  std::vector<Candidate> candidates;
  for (const PageContent& page : pages) {
    for (const RuleMatch& m : rules.Match(field, page.text)) {
      std::string v = value(m);
      if (v.empty()) continue;
      const auto& [begin, end] = m.group_spans[0];
      Origin origin{page.page, ConfidenceOf(page, begin, end), LineAround(page.text, m.begin)};
      if (const Misreading* misread = rules.FindMisreading(field, v)) {
        v = misread->value;
        origin.confidence = std::min(origin.confidence, misread->confidence);
      }
      candidates.push_back(Candidate{v, m.weight, origin, m.begin});
    }
  }
  return candidates;
}

void Store(const std::optional<Candidate>& winner, const char* field, std::string& target,
           Report& report) {
  if (!winner) return;
  target = winner->value;
  report.origins[field] = winner->origin;
}

std::string YearValue(const RuleMatch& m) {
  std::optional<int> year = ParseInteger(m.groups[0]);
  return year && *year ? std::to_string(*year + m.offset) : "";
}

std::string ScoreValue(const RuleMatch& m) {
  std::optional<double> score = ParseDecimal(m.groups[0]);
  return score && *score >= 0 && *score <= 100 ? m.groups[0] : "";
}

// The province in the name of an agency named after its province (pao), else "".
std::string AgencyProvince(const Report& report, const Knowledge& k) {
  const AgencyType* type = k.gazetteer.FindType(report.agency_type);
  bool named_after_province =
      type && type->named_after.size() == 1 && type->named_after[0] == PlaceLevel::kProvince;
  const std::string& name = report.agency_name;
  if (!named_after_province || name.rfind(type->prefix, 0) != 0) return "";
  return ProvinceAtStart(std::string_view(name).substr(type->prefix.size()), k.provinces);
}

// A provincial administration is named after its province, which outweighs any other
// province its report mentions (the venue of a training, a partner agency).
void StoreProvince(const std::vector<PageContent>& pages, const Knowledge& k, Report& report) {
  std::string own = AgencyProvince(report, k);
  if (!own.empty()) {
    report.province = own;
    report.origins["province"] = report.origins["agency_name"];
    return;
  }
  Store(
      Elect(Gather(pages, k.rules, "province",
                   [&](const RuleMatch& m) { return ProvinceAtStart(m.groups[0], k.provinces); })),
      "province", report.province, report);
}

}  // namespace

void ExtractFields(const std::vector<PageContent>& pages, const Knowledge& k, Report& report) {
  const RuleSet& rules = k.rules;
  auto agency = Elect(Gather(pages, rules, "agency", [&](const RuleMatch& m) {
    return CanonicalAgency(m.groups[0], rules.agency_types()).first;
  }));
  Store(agency, "agency_name", report.agency_name, report);
  if (agency) report.agency_type = CanonicalAgency(agency->value, rules.agency_types()).second;
  Store(Elect(Gather(pages, rules, "district", [](const RuleMatch& m) { return m.groups[0]; })),
        "district", report.district, report);
  StoreProvince(pages, k, report);
  report.district = CanonicalDistrict(report.district, report.province);
  std::string year, total;
  Store(Elect(Gather(pages, rules, "fiscal_year", YearValue)), "fiscal_year", year, report);
  report.fiscal_year = ParseInteger(year);
  Store(Elect(Gather(pages, rules, "total_score", ScoreValue)), "total_score", total, report);
  report.total_score = ParseDecimal(total);
  // A pass label wraps like any Thai words ("ต้อง" + "ปรับปรุง"); no label has a space.
  Store(Elect(Gather(pages, rules, "grade",
                     [](const RuleMatch& m) { return WithoutSpaces(m.groups[0]); })),
        "grade", report.grade, report);
}

}  // namespace itapipe
