#include "records/writers.h"

#include <cstddef>
#include <optional>
#include <system_error>
#include <utility>

#include "core/utf8.h"
#include "records/atomic_file.h"
#include "records/csv.h"
#include "records/format.h"
#include "records/json.h"

namespace itapipe {
namespace {

std::string Cell(const std::optional<double>& score) { return FormatScore(score); }

std::string Cell(const std::optional<int>& number) {
  return number ? std::to_string(*number) : std::string();
}

// Pages are 1-based, so 0 means the page is not known.
std::string PageCell(int page) { return page > 0 ? std::to_string(page) : std::string(); }

std::string Join(const std::vector<std::string>& parts, std::string_view separator) {
  std::string out;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (i > 0) out += separator;
    out += parts[i];
  }
  return out;
}

// Text cells are made safe to open in a spreadsheet here, in the CSV only: records.jsonl
// keeps the exact text (records.md, "Safe to open").
std::string Text(std::string_view text) { return SpreadsheetSafe(text); }

// The file name as valid UTF-8 (invalid bytes as \xHH), so every output stays UTF-8.
std::string SourceName(const Report& r) { return EscapeInvalidUtf8(r.source_file); }

std::vector<std::string> ReportRow(const Report& r) {
  return {r.report_id,
          Text(SourceName(r)),
          Text(r.agency_name),
          Text(r.agency_type),
          Text(r.district),
          Text(r.province),
          Cell(r.fiscal_year),
          Cell(r.total_score),
          Text(r.grade),
          Cell(r.iit_score),
          Cell(r.eit_score),
          Cell(r.oit_score),
          std::to_string(r.pages),
          std::to_string(r.ocr_pages),
          StatusName(r.status),
          Text(Join(r.problems, ";"))};
}

std::vector<std::string> IndicatorRow(const Report& r, const IndicatorScore& i) {
  return {r.report_id,      Text(r.agency_name),      Text(r.province), Cell(r.fiscal_year),
          Text(i.tool),     std::to_string(i.number), Text(i.name),     FormatScore(i.score),
          PageCell(i.page), FormatScore(i.confidence)};
}

std::vector<std::string> MeasureRow(const Report& r, const Measure& m) {
  return {r.report_id,    Text(r.agency_name),  Cell(r.fiscal_year), Text(m.tool),
          Text(m.issue),  Text(m.approach),     Text(m.measure),     Text(m.owner),
          Text(m.period), StatusName(m.status), Text(m.result),      PageCell(m.page)};
}

// JSON numbers: two decimals like the CSV, null when absent or not finite.
std::string JsonScore(const std::optional<double>& score) {
  std::string text = Cell(score);
  bool is_number = !text.empty() && (text.back() >= '0' && text.back() <= '9');
  return is_number ? text : "null";
}

std::string JsonInt(const std::optional<int>& number) { return number ? Cell(number) : "null"; }

std::string JsonPage(int page) { return page > 0 ? std::to_string(page) : "null"; }

std::string IndicatorJson(const IndicatorScore& i) {
  return JsonObject()
      .Add("tool", JsonString(i.tool))
      .Add("indicator_no", std::to_string(i.number))
      .Add("indicator_name", JsonString(i.name))
      .Add("score", JsonScore(i.score))
      .Add("page", JsonPage(i.page))
      .Add("confidence", JsonScore(i.confidence))
      .Text();
}

std::string MeasureJson(const Measure& m) {
  return JsonObject()
      .Add("tool", JsonString(m.tool))
      .Add("issue", JsonString(m.issue))
      .Add("approach", JsonString(m.approach))
      .Add("measure", JsonString(m.measure))
      .Add("owner", JsonString(m.owner))
      .Add("period", JsonString(m.period))
      .Add("status", JsonString(StatusName(m.status)))
      .Add("result", JsonString(m.result))
      .Add("page", JsonPage(m.page))
      .Text();
}

std::string ProvenanceJson(const Report& r, std::string_view version) {
  JsonObject origins;
  for (const auto& [field, origin] : r.origins) {
    origins.Add(field, JsonObject()
                           .Add("page", JsonPage(origin.page))
                           .Add("confidence", JsonScore(origin.confidence))
                           .Add("evidence", JsonString(origin.evidence))
                           .Text());
  }
  return JsonObject()
      .Add("origins", origins.Text())
      .Add("tool", JsonString("itapipe"))
      .Add("version", JsonString(version))
      .Text();
}

template <typename T>
std::string JsonArrayOf(const std::vector<T>& items, std::string (*to_json)(const T&)) {
  std::vector<std::string> values;
  for (const auto& item : items) values.push_back(to_json(item));
  return JsonArray(values);
}

std::string ReportJson(const Report& r, std::string_view version) {
  std::vector<std::string> problems;
  for (const auto& p : r.problems) problems.push_back(JsonString(p));
  JsonObject json;
  json.Add("report_id", JsonString(r.report_id))
      .Add("source_file", JsonString(SourceName(r)))
      .Add("agency_name", JsonString(r.agency_name))
      .Add("agency_type", JsonString(r.agency_type))
      .Add("district", JsonString(r.district))
      .Add("province", JsonString(r.province))
      .Add("fiscal_year", JsonInt(r.fiscal_year))
      .Add("total_score", JsonScore(r.total_score))
      .Add("grade", JsonString(r.grade))
      .Add("iit_score", JsonScore(r.iit_score))
      .Add("eit_score", JsonScore(r.eit_score))
      .Add("oit_score", JsonScore(r.oit_score))
      .Add("pages", std::to_string(r.pages))
      .Add("ocr_pages", std::to_string(r.ocr_pages))
      .Add("status", JsonString(StatusName(r.status)))
      .Add("problems", JsonArray(problems))
      .Add("indicators", JsonArrayOf(r.indicators, &IndicatorJson))
      .Add("measures", JsonArrayOf(r.measures, &MeasureJson))
      .Add("provenance", ProvenanceJson(r, version));
  // Only for a name that is not UTF-8: its exact bytes, which source_file cannot hold.
  if (!IsValidUtf8(r.source_file)) json.Add("source_file_bytes", JsonString(Base64(r.source_file)));
  return json.Text();
}

}  // namespace

std::vector<std::string> ReportsColumns() {
  return {"report_id",   "source_file", "agency_name", "agency_type", "district",  "province",
          "fiscal_year", "total_score", "grade",       "iit_score",   "eit_score", "oit_score",
          "pages",       "ocr_pages",   "status",      "problems"};
}

std::vector<std::string> IndicatorsColumns() {
  return {"report_id",    "agency_name",    "province", "fiscal_year", "tool",
          "indicator_no", "indicator_name", "score",    "page",        "confidence"};
}

std::vector<std::string> MeasuresColumns() {
  return {"report_id", "agency_name", "fiscal_year", "tool",   "issue",  "approach",
          "measure",   "owner",       "period",      "status", "result", "page"};
}

std::string ReportsCsv(const std::vector<Report>& reports) {
  std::string out = std::string(kUtf8Bom) + CsvRow(ReportsColumns());
  for (const auto& r : reports) out += CsvRow(ReportRow(r));
  return out;
}

std::string IndicatorsCsv(const std::vector<Report>& reports) {
  std::string out = std::string(kUtf8Bom) + CsvRow(IndicatorsColumns());
  for (const auto& r : reports) {
    for (const auto& i : r.indicators) out += CsvRow(IndicatorRow(r, i));
  }
  return out;
}

std::string MeasuresCsv(const std::vector<Report>& reports) {
  std::string out = std::string(kUtf8Bom) + CsvRow(MeasuresColumns());
  for (const auto& r : reports) {
    for (const auto& m : r.measures) out += CsvRow(MeasureRow(r, m));
  }
  return out;
}

std::string RecordsJsonl(const std::vector<Report>& reports, std::string_view version) {
  std::string out;
  for (const auto& r : reports) out += ReportJson(r, version) + "\n";
  return out;
}

Status WriteRecords(const std::vector<Report>& reports, const std::filesystem::path& out_dir,
                    std::string_view version) {
  std::error_code ec;
  std::filesystem::create_directories(out_dir, ec);
  if (ec) {
    return MakeError(ErrorCode::kIo,
                     out_dir.string() + ": cannot create output directory: " + ec.message());
  }
  const std::pair<const char*, std::string> files[] = {
      {"reports.csv", ReportsCsv(reports)},
      {"indicators.csv", IndicatorsCsv(reports)},
      {"measures.csv", MeasuresCsv(reports)},
      {"records.jsonl", RecordsJsonl(reports, version)},
  };
  for (const auto& [name, contents] : files) {
    if (Status s = WriteFileAtomically(out_dir / name, contents); !s) return s;
  }
  return Status::Ok();
}

}  // namespace itapipe
