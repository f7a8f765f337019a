#include "records/report_line.h"

#include <charconv>
#include <cmath>
#include <optional>
#include <system_error>
#include <vector>

#include "records/format.h"
#include "records/json.h"
#include "records/json_value.h"
#include "records/schema.h"

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

std::string Strings(const std::vector<std::string>& items) {
  std::vector<std::string> values;
  for (const auto& item : items) values.push_back(JsonString(item));
  return JsonArray(values);
}

// A value exactly: scores with every digit, absent as null.
std::string ExactJson(const Value& value) {
  if (const auto* d = std::get_if<double>(&value)) return Number(*d);
  if (const auto* l = std::get_if<std::vector<std::string>>(&value)) return Strings(*l);
  return ValueJson(value);
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

// The value of a column of type from its JSON, as ExactJson wrote it.
Value ReadValue(const JsonValue* v, ColumnType type, Reader& in) {
  if (v && v->type == JsonValue::Type::kNull) return Value();
  switch (type) {
    case ColumnType::kText:
      return Value(in.Text(v));
    case ColumnType::kInteger:
      return Value(static_cast<long long>(in.Int(v)));
    case ColumnType::kScore:
      return Value(in.Double(v));
    case ColumnType::kList:
      break;
  }
  std::vector<std::string> items;
  for (const auto& item : in.Items(v, 0)) items.push_back(in.Text(&item));
  return Value(items);
}

template <typename Row>
Row ReadRow(const JsonValue& json, const std::vector<RecordColumn<Row>>& columns, Reader& in) {
  Row row;
  in.Check(json.type == JsonValue::Type::kObject);
  for (const auto& c : columns) {
    if (in.ok()) c.set(row, ReadValue(json.Find(std::string(c.name)), c.type, in));
  }
  return row;
}

void ReadLists(const JsonValue& json, Reader& in, Report& r) {
  for (const auto& i : in.Items(json.Find("indicators"), 0))
    r.indicators.push_back(ReadRow(i, IndicatorColumns(), in));
  for (const auto& m : in.Items(json.Find("measures"), 0))
    r.measures.push_back(ReadRow(m, MeasureColumns(), in));
  for (const auto& o : in.Items(json.Find("origins"), 4)) {
    const auto& f = o.items;
    r.origins[in.Text(&f[0])] = Origin{in.Int(&f[1]), in.Double(&f[2]), in.Text(&f[3])};
  }
}

}  // namespace

std::string ReportLine(const Report& r) {
  return ColumnsJson(ReportColumns(), r, ExactJson)
      .Add("indicators", RowsJson(IndicatorColumns(), r.indicators, ExactJson))
      .Add("measures", RowsJson(MeasureColumns(), r.measures, ExactJson))
      .Add("origins", OriginsJson(r.origins))
      .Text();
}

Result<Report> ParseReportLine(std::string_view line) {
  Result<JsonValue> json = ParseJson(line);
  if (!json) return json.error();
  Reader in;
  Report report;
  in.Check(json->type == JsonValue::Type::kObject);
  if (in.ok()) report = ReadRow(*json, ReportColumns(), in);
  if (in.ok()) ReadLists(*json, in, report);
  if (!in.ok()) return MakeError(ErrorCode::kInvalidInput, "not a report line");
  return report;
}

}  // namespace itapipe
