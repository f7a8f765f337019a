#include "records/report_line.h"

#include <charconv>
#include <cmath>
#include <optional>
#include <system_error>
#include <vector>

#include "records/format.h"
#include "records/json.h"
#include "records/json_value.h"

namespace itapipe {
namespace {

// The shortest text that reads back as the same double; non-finite values as strings,
// which JSON numbers cannot hold.
std::string Number(double value) {
  if (!std::isfinite(value)) return JsonString(FormatScore(value));
  char buffer[32];
  auto end = std::to_chars(buffer, buffer + sizeof buffer, value).ptr;
  return std::string(buffer, end);
}

std::string Number(const std::optional<double>& value) { return value ? Number(*value) : "null"; }

std::string Number(const std::optional<int>& value) {
  return value ? std::to_string(*value) : "null";
}

std::string Strings(const std::vector<std::string>& items) {
  std::vector<std::string> values;
  for (const auto& item : items) values.push_back(JsonString(item));
  return JsonArray(values);
}

std::string IndicatorsJson(const std::vector<IndicatorScore>& indicators) {
  std::vector<std::string> values;
  for (const auto& i : indicators) {
    values.push_back(JsonArray({JsonString(i.tool), std::to_string(i.number), JsonString(i.name),
                                Number(i.score), std::to_string(i.page), Number(i.confidence)}));
  }
  return JsonArray(values);
}

std::string MeasuresJson(const std::vector<Measure>& measures) {
  std::vector<std::string> values;
  for (const auto& m : measures) {
    values.push_back(JsonArray({JsonString(m.tool), JsonString(m.issue), JsonString(m.approach),
                                JsonString(m.measure), JsonString(m.owner), JsonString(m.period),
                                JsonString(StatusName(m.status)), JsonString(m.result),
                                std::to_string(m.page)}));
  }
  return JsonArray(values);
}

std::string OriginsJson(const std::map<std::string, Origin>& origins) {
  std::vector<std::string> values;
  for (const auto& [field, o] : origins) {
    values.push_back(JsonArray(
        {JsonString(field), std::to_string(o.page), Number(o.confidence), JsonString(o.evidence)}));
  }
  return JsonArray(values);
}

// Reads typed values out of parsed JSON, remembering whether anything was off.
class Reader {
 public:
  bool ok() const { return ok_; }

  std::string Text(const JsonValue* v) {
    Check(v && v->type == JsonValue::Type::kString);
    return ok_ ? v->text : std::string();
  }

  std::optional<double> OptionalDouble(const JsonValue* v) {
    if (v && v->type == JsonValue::Type::kNull) return std::nullopt;
    if (v && v->type == JsonValue::Type::kString) return ParseScore(v->text);  // nan, inf
    Check(v && v->type == JsonValue::Type::kNumber);
    double value = 0;
    if (ok_) {
      auto [end, ec] = std::from_chars(v->text.data(), v->text.data() + v->text.size(), value);
      Check(ec == std::errc() && end == v->text.data() + v->text.size());
    }
    return value;
  }

  std::optional<int> OptionalInt(const JsonValue* v) {
    if (v && v->type == JsonValue::Type::kNull) return std::nullopt;
    Check(v && v->type == JsonValue::Type::kNumber);
    std::optional<int> value = ok_ ? ParseInt(v->text) : std::nullopt;
    Check(value.has_value());
    return value;
  }

  double Double(const JsonValue* v) { return OptionalDouble(v).value_or(0); }
  int Int(const JsonValue* v) { return OptionalInt(v).value_or(0); }

  const std::vector<JsonValue>& Items(const JsonValue* v, size_t width) {
    static const std::vector<JsonValue> kNone;
    Check(v && v->type == JsonValue::Type::kArray);
    if (!ok_) return kNone;
    for (const auto& item : v->items) Check(width == 0 || item.items.size() == width);
    return ok_ ? v->items : kNone;
  }

  void Check(bool condition) { ok_ = ok_ && condition; }

 private:
  bool ok_ = true;
};

void ReadLists(const JsonValue& json, Reader& in, Report& r) {
  for (const auto& p : in.Items(json.Find("problems"), 0)) r.problems.push_back(in.Text(&p));
  for (const auto& i : in.Items(json.Find("indicators"), 6)) {
    const auto& f = i.items;
    r.indicators.push_back({in.Text(&f[0]), in.Int(&f[1]), in.Text(&f[2]), in.Double(&f[3]),
                            in.Int(&f[4]), in.Double(&f[5])});
  }
  for (const auto& m : in.Items(json.Find("measures"), 9)) {
    const auto& f = m.items;
    std::optional<MeasureStatus> status = ParseMeasureStatus(in.Text(&f[6]));
    in.Check(status.has_value());
    r.measures.push_back({in.Text(&f[0]), in.Text(&f[1]), in.Text(&f[2]), in.Text(&f[3]),
                          in.Text(&f[4]), in.Text(&f[5]), status.value_or(MeasureStatus::kUnknown),
                          in.Text(&f[7]), in.Int(&f[8])});
  }
  for (const auto& o : in.Items(json.Find("origins"), 4)) {
    const auto& f = o.items;
    r.origins[in.Text(&f[0])] = Origin{in.Int(&f[1]), in.Double(&f[2]), in.Text(&f[3])};
  }
}

void ReadFields(const JsonValue& json, Reader& in, Report& r) {
  r.report_id = in.Text(json.Find("report_id"));
  r.source_file = in.Text(json.Find("source_file"));
  r.agency_name = in.Text(json.Find("agency_name"));
  r.agency_type = in.Text(json.Find("agency_type"));
  r.district = in.Text(json.Find("district"));
  r.province = in.Text(json.Find("province"));
  r.fiscal_year = in.OptionalInt(json.Find("fiscal_year"));
  r.total_score = in.OptionalDouble(json.Find("total_score"));
  r.grade = in.Text(json.Find("grade"));
  r.iit_score = in.OptionalDouble(json.Find("iit_score"));
  r.eit_score = in.OptionalDouble(json.Find("eit_score"));
  r.oit_score = in.OptionalDouble(json.Find("oit_score"));
  r.pages = in.Int(json.Find("pages"));
  r.ocr_pages = in.Int(json.Find("ocr_pages"));
  std::optional<ReportStatus> status = ParseReportStatus(in.Text(json.Find("status")));
  in.Check(status.has_value());
  r.status = status.value_or(ReportStatus::kFailed);
}

}  // namespace

std::string ReportLine(const Report& r) {
  return JsonObject()
      .Add("report_id", JsonString(r.report_id))
      .Add("source_file", JsonString(r.source_file))
      .Add("agency_name", JsonString(r.agency_name))
      .Add("agency_type", JsonString(r.agency_type))
      .Add("district", JsonString(r.district))
      .Add("province", JsonString(r.province))
      .Add("fiscal_year", Number(r.fiscal_year))
      .Add("total_score", Number(r.total_score))
      .Add("grade", JsonString(r.grade))
      .Add("iit_score", Number(r.iit_score))
      .Add("eit_score", Number(r.eit_score))
      .Add("oit_score", Number(r.oit_score))
      .Add("pages", std::to_string(r.pages))
      .Add("ocr_pages", std::to_string(r.ocr_pages))
      .Add("status", JsonString(StatusName(r.status)))
      .Add("problems", Strings(r.problems))
      .Add("indicators", IndicatorsJson(r.indicators))
      .Add("measures", MeasuresJson(r.measures))
      .Add("origins", OriginsJson(r.origins))
      .Text();
}

Result<Report> ParseReportLine(std::string_view line) {
  Result<JsonValue> json = ParseJson(line);
  if (!json) return json.error();
  Reader in;
  Report report;
  in.Check(json->type == JsonValue::Type::kObject);
  if (in.ok()) ReadFields(*json, in, report);
  if (in.ok()) ReadLists(*json, in, report);
  if (!in.ok()) return MakeError(ErrorCode::kInvalidInput, "not a report line");
  return report;
}

}  // namespace itapipe
