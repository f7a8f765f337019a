#include "records/schema.h"

#include <optional>
#include <utility>

#include "records/format.h"
#include "records/json.h"

namespace itapipe {
namespace {

std::optional<double> AsScore(const Value& v) {
  if (const double* d = std::get_if<double>(&v)) return *d;
  if (const long long* n = std::get_if<long long>(&v)) return static_cast<double>(*n);
  return std::nullopt;
}

std::optional<long long> AsInteger(const Value& v) {
  if (const long long* n = std::get_if<long long>(&v)) return *n;
  return std::nullopt;
}

std::string AsText(const Value& v) {
  const std::string* s = std::get_if<std::string>(&v);
  return s ? *s : std::string();
}

// Column makers for the common shapes of a member.
template <typename Row>
RecordColumn<Row> TextColumn(std::string_view name, std::string Row::*member,
                             std::string_view meaning, bool required = false) {
  return {name,
          ColumnType::kText,
          meaning,
          [member](const Row& r) { return Value(r.*member); },
          [member](Row& r, const Value& v) { r.*member = AsText(v); },
          required};
}

template <typename Row>
RecordColumn<Row> OptionalScoreColumn(std::string_view name, std::optional<double> Row::*member,
                                      std::string_view meaning, bool required = false) {
  return {name,
          ColumnType::kScore,
          meaning,
          [member](const Row& r) { return r.*member ? Value(*(r.*member)) : Value(); },
          [member](Row& r, const Value& v) { r.*member = AsScore(v); },
          required};
}

template <typename Row>
RecordColumn<Row> ScoreColumn(std::string_view name, double Row::*member,
                              std::string_view meaning) {
  return {name, ColumnType::kScore, meaning, [member](const Row& r) { return Value(r.*member); },
          [member](Row& r, const Value& v) { r.*member = AsScore(v).value_or(0); }};
}

template <typename Row>
RecordColumn<Row> IntegerColumn(std::string_view name, int Row::*member, std::string_view meaning) {
  return {
      name, ColumnType::kInteger, meaning,
      [member](const Row& r) { return Value(static_cast<long long>(r.*member)); },
      [member](Row& r, const Value& v) { r.*member = static_cast<int>(AsInteger(v).value_or(0)); }};
}

// Pages are 1-based, so 0 means the page is not known and the cell is empty.
template <typename Row>
RecordColumn<Row> PageColumn(int Row::*member) {
  return {
      "page", ColumnType::kInteger, "1-based page it was read from",
      [member](const Row& r) {
        return r.*member > 0 ? Value(static_cast<long long>(r.*member)) : Value();
      },
      [member](Row& r, const Value& v) { r.*member = static_cast<int>(AsInteger(v).value_or(0)); }};
}

// One tool's score: a column of its own in the contract, a map entry in the Report.
RecordColumn<Report> ToolColumn(std::string_view name, const std::string& tool) {
  return {name, ColumnType::kScore, "the tool's score where printed or derivable",
          [tool](const Report& r) {
            auto it = r.tool_scores.find(tool);
            return it == r.tool_scores.end() ? Value() : Value(it->second);
          },
          [tool](Report& r, const Value& v) {
            if (auto score = AsScore(v)) r.tool_scores[tool] = *score;
          }};
}

template <typename Row>
RecordColumn<Row> Later(RecordColumn<Row> column) {
  column.added_later = true;
  return column;
}

std::vector<RecordColumn<Report>> MakeReportColumns() {
  RecordColumn<Report> fiscal_year = {
      "fiscal_year",
      ColumnType::kInteger,
      "Buddhist Era fiscal year assessed",
      [](const Report& r) { return r.fiscal_year ? Value(*r.fiscal_year + 0LL) : Value(); },
      [](Report& r, const Value& v) {
        auto n = AsInteger(v);
        r.fiscal_year = n ? std::optional<int>(static_cast<int>(*n)) : std::nullopt;
      },
      true};
  RecordColumn<Report> status = {"status", ColumnType::kText, "ok, partial or failed",
                                 [](const Report& r) { return Value(StatusName(r.status)); },
                                 [](Report& r, const Value& v) {
                                   r.status =
                                       ParseReportStatus(AsText(v)).value_or(ReportStatus::kFailed);
                                 }};
  RecordColumn<Report> problems = {"problems", ColumnType::kList, "codes of what failed",
                                   [](const Report& r) { return Value(r.problems); },
                                   [](Report& r, const Value& v) {
                                     auto* list = std::get_if<std::vector<std::string>>(&v);
                                     r.problems = list ? *list : std::vector<std::string>();
                                   }};
  return {
      TextColumn("report_id", &Report::report_id, "first 16 hex digits of the file's SHA-256"),
      TextColumn("source_file", &Report::source_file, "the input path as given or found"),
      TextColumn("agency_name", &Report::agency_name, "the assessed agency's full name", true),
      TextColumn("agency_type", &Report::agency_type, "city_municipality, sao, ... or other"),
      TextColumn("district", &Report::district, "amphoe, without the word", true),
      TextColumn("province", &Report::province, "changwat, without the word", true),
      fiscal_year,
      OptionalScoreColumn("total_score", &Report::total_score, "ITA total score", true),
      TextColumn("grade", &Report::grade, "result level or pass label as printed", true),
      ToolColumn("iit_score", "IIT"),
      ToolColumn("eit_score", "EIT"),
      ToolColumn("oit_score", "OIT"),
      IntegerColumn("pages", &Report::pages, "pages in the document"),
      IntegerColumn("ocr_pages", &Report::ocr_pages, "pages whose text came from OCR"),
      status,
      problems,
      // Added after the contract's first columns: columns are only ever added at the end.
      Later(TextColumn("agency_key", &Report::agency_key,
                       "the agency's stable key from the gazetteer's codes, or empty")),
  };
}

std::vector<RecordColumn<IndicatorScore>> MakeIndicatorColumns() {
  using I = IndicatorScore;
  return {
      TextColumn("tool", &I::tool, "IIT, EIT or OIT"),
      IntegerColumn("indicator_no", &I::number, "number in that year's methodology"),
      TextColumn("indicator_name", &I::name, "canonical name from the methodology"),
      ScoreColumn("score", &I::score, "the indicator's score"),
      PageColumn(&I::page),
      ScoreColumn("confidence", &I::confidence, "0-1, how sure the pipeline is of this value"),
  };
}

std::vector<RecordColumn<Measure>> MakeMeasureColumns() {
  RecordColumn<Measure> status = {
      "status", ColumnType::kText, "done, in_progress, not_done or unknown",
      [](const Measure& m) { return Value(StatusName(m.status)); },
      [](Measure& m, const Value& v) {
        m.status = ParseMeasureStatus(AsText(v)).value_or(MeasureStatus::kUnknown);
      }};
  return {
      TextColumn("tool", &Measure::tool, "IIT, EIT, OIT or empty"),
      TextColumn("issue", &Measure::issue, "the weakness found"),
      TextColumn("approach", &Measure::approach, "how the analysis is put into practice"),
      TextColumn("measure", &Measure::measure, "the measure"),
      TextColumn("owner", &Measure::owner, "who is responsible"),
      TextColumn("period", &Measure::period, "period as printed, digits normalized"),
      status,
      TextColumn("result", &Measure::result, "the result text"),
      PageColumn(&Measure::page),
      Later(ScoreColumn("confidence", &Measure::confidence, "0-1, the least sure word of the row")),
  };
}

template <typename Row>
std::vector<std::string> NamesOf(const std::vector<std::string_view>& parents,
                                 const std::vector<RecordColumn<Row>>& columns) {
  std::vector<std::string> names(parents.begin(), parents.end());
  for (const auto& c : columns) names.emplace_back(c.name);
  return names;
}

std::string Joined(const std::vector<std::string>& parts) {
  std::string out;
  for (std::size_t i = 0; i < parts.size(); ++i) out += (i > 0 ? ";" : "") + parts[i];
  return out;
}

std::vector<std::string> Split(std::string_view text) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find(';', start);
    if (end == std::string_view::npos) end = text.size();
    if (end > start) out.emplace_back(text.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

}  // namespace

const std::vector<RecordColumn<Report>>& ReportColumns() {
  static const std::vector<RecordColumn<Report>> columns = MakeReportColumns();
  return columns;
}

const std::vector<RecordColumn<IndicatorScore>>& IndicatorColumns() {
  static const std::vector<RecordColumn<IndicatorScore>> columns = MakeIndicatorColumns();
  return columns;
}

const std::vector<RecordColumn<Measure>>& MeasureColumns() {
  static const std::vector<RecordColumn<Measure>> columns = MakeMeasureColumns();
  return columns;
}

const std::vector<std::string_view>& IndicatorParentColumns() {
  static const std::vector<std::string_view> names = {"report_id", "agency_name", "province",
                                                      "fiscal_year"};
  return names;
}

const std::vector<std::string_view>& MeasureParentColumns() {
  static const std::vector<std::string_view> names = {"report_id", "agency_name", "fiscal_year"};
  return names;
}

const RecordColumn<Report>* FindReportColumn(std::string_view name) {
  for (const auto& c : ReportColumns())
    if (c.name == name) return &c;
  return nullptr;
}

template <typename Row>
std::vector<std::string> RequiredNamesOf(const std::vector<std::string_view>& parents,
                                         const std::vector<RecordColumn<Row>>& columns) {
  std::vector<std::string> names(parents.begin(), parents.end());
  for (const auto& c : columns)
    if (!c.added_later) names.emplace_back(c.name);
  return names;
}

std::vector<std::string> RequiredReportsHeader() { return RequiredNamesOf({}, ReportColumns()); }

std::vector<std::string> RequiredIndicatorsHeader() {
  return RequiredNamesOf(IndicatorParentColumns(), IndicatorColumns());
}

std::vector<std::string> ReportsHeader() { return NamesOf({}, ReportColumns()); }

std::vector<std::string> IndicatorsHeader() {
  return NamesOf(IndicatorParentColumns(), IndicatorColumns());
}

std::vector<std::string> MeasuresHeader() {
  return NamesOf(MeasureParentColumns(), MeasureColumns());
}

bool IsAbsent(const Value& value) {
  if (std::holds_alternative<std::monostate>(value)) return true;
  if (const auto* s = std::get_if<std::string>(&value)) return s->empty();
  if (const auto* l = std::get_if<std::vector<std::string>>(&value)) return l->empty();
  return false;
}

std::string CellText(const Value& value) {
  if (const auto* s = std::get_if<std::string>(&value)) return *s;
  if (const auto* n = std::get_if<long long>(&value)) return std::to_string(*n);
  if (const auto* d = std::get_if<double>(&value)) return FormatScore(*d);
  if (const auto* l = std::get_if<std::vector<std::string>>(&value)) return Joined(*l);
  return {};
}

std::optional<Value> ParseCell(ColumnType type, std::string_view text) {
  switch (type) {
    case ColumnType::kText:
      return Value(std::string(text));
    case ColumnType::kList:
      return Value(Split(text));
    case ColumnType::kInteger: {
      if (text.empty()) return Value();
      auto n = ParseInt(text);
      return n ? std::optional<Value>(Value(static_cast<long long>(*n))) : std::nullopt;
    }
    case ColumnType::kScore: {
      if (text.empty()) return Value();
      auto d = ParseScore(text);
      return d ? std::optional<Value>(Value(*d)) : std::nullopt;
    }
  }
  return std::nullopt;
}

std::string ValueJson(const Value& value) {
  if (const auto* s = std::get_if<std::string>(&value)) return JsonString(*s);
  if (const auto* n = std::get_if<long long>(&value)) return std::to_string(*n);
  if (const auto* d = std::get_if<double>(&value)) {
    std::string text = FormatScore(*d);
    bool finite = !text.empty() && text.back() >= '0' && text.back() <= '9';
    return finite ? text : "null";
  }
  if (const auto* l = std::get_if<std::vector<std::string>>(&value)) {
    std::vector<std::string> items;
    for (const auto& item : *l) items.push_back(JsonString(item));
    return JsonArray(items);
  }
  return "null";
}

}  // namespace itapipe
