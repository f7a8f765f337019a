#include "extract/report_builder.h"

#include <algorithm>

#include "extract/agency_check.h"
#include "extract/agency_key.h"
#include "extract/checks.h"
#include "extract/fields.h"
#include "extract/indicators.h"
#include "extract/measure_tables.h"
#include "extract/methodology_file.h"
#include "extract/page_text.h"
#include "records/schema.h"

namespace itapipe {
namespace {

// An agency named after a province (pao) or after no place (bma, pattaya) states no district.
bool StatesDistrict(const Report& r, const Gazetteer& gazetteer) {
  const AgencyType* type = gazetteer.FindType(r.agency_type);
  if (!type) return true;
  return std::any_of(type->named_after.begin(), type->named_after.end(),
                     [](PlaceLevel level) { return level != PlaceLevel::kProvince; });
}

// The required columns of records/schema.h that were not found.
void NoteMissingFields(Report& r, const Gazetteer& gazetteer) {
  bool has_district = StatesDistrict(r, gazetteer);
  for (const RecordColumn<Report>& c : ReportColumns()) {
    if (!c.required || !IsAbsent(c.get(r))) continue;
    if (c.name == "district" && !has_district) continue;
    r.problems.push_back("missing_field:" + std::string(c.name));
  }
}

bool IsUnsure(const Report& r, const char* field, double min_confidence) {
  auto origin = r.origins.find(field);
  return origin != r.origins.end() && origin->second.confidence < min_confidence;
}

// A score field or a measure read less surely than min_confidence is kept (it is what the
// page says) and flagged, so that someone checks it against the page. A grade is not flagged when
// `grade_confirmed`: it is then the band of a total and a year read surely.
void NoteLowConfidence(Report& r, double min_confidence, bool grade_confirmed) {
  auto note = [&](bool present, const char* field) {
    if (present && IsUnsure(r, field, min_confidence))
      r.problems.push_back(std::string("low_confidence:") + field);
  };
  note(r.fiscal_year.has_value(), "fiscal_year");
  note(r.total_score.has_value(), "total_score");
  note(!r.grade.empty() && !grade_confirmed, "grade");
  for (const IndicatorScore& i : r.indicators)
    if (i.confidence < min_confidence)
      r.problems.push_back("low_confidence:indicator:" + std::to_string(i.number));
  for (size_t i = 0; i < r.measures.size(); ++i)
    if (r.measures[i].confidence < min_confidence)
      r.problems.push_back("low_confidence:measure:" + std::to_string(i + 1));
}

// The methodology of the year read, or, when no year was read, the latest one: indicator
// names are the same in every year, and the year-specific checks are skipped.
const Methodology& ChooseMethodology(const Knowledge& k, const Report& r, bool& year_known) {
  const Methodology* m = r.fiscal_year ? FindMethodology(k.methodologies, *r.fiscal_year) : nullptr;
  year_known = m != nullptr;
  return m ? *m : k.methodologies.back();
}

void ExtractScores(const std::vector<PageContent>& pages, const Knowledge& k, Report& r) {
  bool year_known = false;
  const Methodology& m = ChooseMethodology(k, r, year_known);
  if (r.fiscal_year && !year_known) r.problems.push_back("unknown_methodology_year");
  r.indicators = ExtractIndicators(pages, k, m, r.problems);
  if (r.indicators.empty() && !r.total_score) return;
  if (!year_known) {
    Methodology without_grades = m;
    without_grades.grades.clear();
    r.grade.clear();
    CheckScores(without_grades, NamedLowest(pages, k, m), r);
    return;
  }
  CheckScores(m, NamedLowest(pages, k, m), r);
}

// The grade is redundant with the total: where OCR was unsure of a grade (a B read as 8 and
// taken as B by a misread rule), a total and a fiscal year read surely whose grade band it is
// confirm it. Without a known year there are no bands, and the grade was cleared.
bool GradeConfirmed(const Report& r, const Knowledge& k) {
  double min_confidence = k.rules.min_confidence();
  bool year_known = false;
  const Methodology& m = ChooseMethodology(k, r, year_known);
  return year_known && !IsUnsure(r, "fiscal_year", min_confidence) &&
         !IsUnsure(r, "total_score", min_confidence) && GradeFitsTotal(m, r);
}

ReportStatus StatusOf(const Report& r, bool usable) {
  if (!usable) return ReportStatus::kFailed;
  bool ok = std::all_of(r.problems.begin(), r.problems.end(), LeavesReportOk);
  return ok ? ReportStatus::kOk : ReportStatus::kPartial;
}

// Whether the agency name was read from a page OCR read.
bool AgencyReadByOcr(const Document& doc, const Report& r) {
  auto origin = r.origins.find("agency_name");
  if (origin == r.origins.end()) return false;
  return std::any_of(doc.pages.begin(), doc.pages.end(), [&](const Page& page) {
    return page.number == origin->second.page && page.source == TextSource::kOcr;
  });
}

}  // namespace

Report ExtractReport(const Document& doc, const Knowledge& knowledge) {
  Report r;
  r.report_id = doc.report_id;
  r.source_file = doc.source_file;
  r.pages = doc.page_count;
  r.problems = doc.problems;
  for (const Page& page : doc.pages) {
    r.ocr_pages += page.source == TextSource::kOcr;
    if (page.needs_ocr && page.source != TextSource::kOcr)
      r.problems.push_back("needs_ocr:" + std::to_string(page.number));
  }
  if (doc.pages.empty()) {
    r.status = ReportStatus::kFailed;
    return r;
  }
  // The layout of every page is built once and shared by the page text and the measures.
  std::vector<PageLayout> layouts = LayOutPages(doc);
  std::vector<PageContent> pages = DocumentContent(doc, layouts);
  ExtractFields(pages, knowledge, r);
  ExtractScores(pages, knowledge, r);
  bool is_ita = !r.indicators.empty() || r.total_score.has_value();
  if (!is_ita) {
    Report failed;
    failed.report_id = r.report_id;
    failed.source_file = r.source_file;
    failed.pages = r.pages;
    failed.ocr_pages = r.ocr_pages;
    failed.status = ReportStatus::kFailed;
    failed.problems = std::move(r.problems);
    failed.problems.push_back("not_an_ita_report");
    return failed;
  }
  r.measures = ExtractMeasures(doc, layouts, knowledge.measure_tables);
  for (int page : PagesWithUnreadMeasures(pages, r.measures, knowledge.measure_tables))
    r.problems.push_back("unread_measure_table:" + std::to_string(page));
  CheckAgency(knowledge.gazetteer, AgencyReadByOcr(doc, r), r);
  if (auto key = AgencyKey(knowledge.gazetteer, r.agency_name, r.district, r.province))
    r.agency_key = *key;
  NoteMissingFields(r, knowledge.gazetteer);
  NoteLowConfidence(r, knowledge.rules.min_confidence(), GradeConfirmed(r, knowledge));
  r.status = StatusOf(r, true);
  return r;
}

}  // namespace itapipe
