#pragma once
// The records of ../shared/spec/records.md, described once. Each table is a list of columns:
// name, type, meaning, and how to read the value from a record and put it back. The CSV and
// JSONL writers, the readers, the store's tables and the missing-field check are derived from
// these lists, so a new field is one line here (and its place in core/report.h).

#include <functional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "core/report.h"
#include "records/json.h"

namespace itapipe {

enum class ColumnType {
  kText,     // a string; "" when not found
  kInteger,  // a whole number, or absent
  kScore,    // a decimal written with two places, or absent
  kList,     // strings, written joined by ';' in CSV and the store, an array in JSON
};

// A value as a column holds it: absent, text, whole number, score or list.
using Value =
    std::variant<std::monostate, std::string, long long, double, std::vector<std::string>>;

// One column of a table whose rows are Row values.
template <typename Row>
struct RecordColumn {
  std::string_view name;
  ColumnType type = ColumnType::kText;
  std::string_view meaning;  // the contract's words, for --help and documentation
  std::function<Value(const Row&)> get;
  std::function<void(Row&, const Value&)> set;
  // A report whose value is absent is not ok: the check notes missing_field:NAME.
  bool required = false;
  // Added after the first contract: files written before lack it, and readers take it as
  // absent there instead of refusing the file.
  bool added_later = false;
};

// reports.csv, in the contract's order.
const std::vector<RecordColumn<Report>>& ReportColumns();
// indicators.csv and measures.csv without the report columns each row starts with.
const std::vector<RecordColumn<IndicatorScore>>& IndicatorColumns();
const std::vector<RecordColumn<Measure>>& MeasureColumns();
// The report columns repeated at the start of each indicators.csv and measures.csv row.
const std::vector<std::string_view>& IndicatorParentColumns();
const std::vector<std::string_view>& MeasureParentColumns();

// The report column called name, or nullptr.
const RecordColumn<Report>* FindReportColumn(std::string_view name);

// The columns a reader insists on: the header without the columns added later.
std::vector<std::string> RequiredReportsHeader();
std::vector<std::string> RequiredIndicatorsHeader();

// The header rows of the three CSV files.
std::vector<std::string> ReportsHeader();
std::vector<std::string> IndicatorsHeader();
std::vector<std::string> MeasuresHeader();

// Whether a value is absent: no number, "" or an empty list.
bool IsAbsent(const Value& value);

// A value as a CSV cell: "" when absent, scores with two decimals, lists joined by ';'.
std::string CellText(const Value& value);

// The inverse of CellText for a column of type: nullopt when text is not such a value.
std::optional<Value> ParseCell(ColumnType type, std::string_view text);

// A value as JSON text: null when an absent number, strings quoted, lists as arrays.
std::string ValueJson(const Value& value);

// The columns of row as the members of one JSON object, in order, each value written by
// value_json: records.jsonl rounds scores as the CSV does, the workers' report line keeps
// every digit. The caller may add members after them.
template <typename Row, typename ValueToJson>
JsonObject ColumnsJson(const std::vector<RecordColumn<Row>>& columns, const Row& row,
                       ValueToJson value_json) {
  JsonObject object;
  for (const auto& c : columns) object.Add(c.name, value_json(c.get(row)));
  return object;
}

// ColumnsJson of each row, as a JSON array.
template <typename Row, typename ValueToJson>
std::string RowsJson(const std::vector<RecordColumn<Row>>& columns, const std::vector<Row>& rows,
                     ValueToJson value_json) {
  std::vector<std::string> values;
  for (const Row& row : rows) values.push_back(ColumnsJson(columns, row, value_json).Text());
  return JsonArray(values);
}

}  // namespace itapipe
