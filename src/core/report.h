#pragma once
// The records itapipe writes (../shared/spec/records.md): one Report per input document.

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace itapipe {

enum class MeasureStatus { kUnknown, kDone, kInProgress, kNotDone };
enum class ReportStatus { kOk, kPartial, kFailed };

// Where a value came from: page, confidence and the text it was read from, for audit.
struct Origin {
  int page = 0;
  double confidence = 1.0;
  std::string evidence;

  bool operator==(const Origin&) const = default;
};

struct IndicatorScore {
  std::string tool;  // IIT, EIT, OIT
  int number = 0;
  std::string name;  // canonical name from the methodology
  double score = 0;
  int page = 0;
  double confidence = 1.0;

  bool operator==(const IndicatorScore&) const = default;
};

struct Measure {
  std::string tool;  // IIT, EIT, OIT or empty
  std::string issue;
  std::string approach;
  std::string measure;
  std::string owner;
  std::string period;
  MeasureStatus status = MeasureStatus::kUnknown;
  std::string result;
  int page = 0;
  double confidence = 1.0;  // the least sure word of the row's cells (1 for a text layer)

  bool operator==(const Measure&) const = default;
};

struct Report {
  std::string report_id;
  std::string source_file;
  std::string agency_name;
  std::string agency_type;  // city_municipality, town_municipality, ... (records.md)
  std::string district;
  std::string province;
  std::optional<int> fiscal_year;
  std::optional<double> total_score;
  std::string grade;
  // Each tool's score (the mean of its indicators), keyed by the methodology's tool name.
  std::map<std::string, double> tool_scores;
  int pages = 0;
  int ocr_pages = 0;
  ReportStatus status = ReportStatus::kFailed;
  std::vector<std::string> problems;
  std::vector<IndicatorScore> indicators;  // sorted by number
  std::vector<Measure> measures;           // in document order
  std::map<std::string, Origin> origins;   // field name -> where it was read
  // The agency's identity across years and spellings (type:DOPA code, extract/agency_key.h),
  // or "" when the gazetteer names no single agency.
  std::string agency_key;

  bool operator==(const Report&) const = default;
};

}  // namespace itapipe
