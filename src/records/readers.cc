#include "records/readers.h"

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <utility>

#include "records/csv.h"
#include "records/format.h"
#include "records/schema.h"

namespace itapipe {
namespace {

struct CsvTable {
  std::string name;
  std::vector<std::vector<std::string>> rows;  // without the header
  std::map<std::string, std::size_t> columns;
};

Result<CsvTable> ParseTable(std::string_view text, const std::string& name,
                            const std::vector<std::string>& required) {
  auto rows = ParseCsv(text);
  if (!rows) return MakeError(ErrorCode::kInvalidInput, name + ": " + rows.error().message);
  if (rows->empty()) return MakeError(ErrorCode::kInvalidInput, name + ": no header row");
  CsvTable table{name, {}, {}};
  for (std::size_t i = 1; i < rows->size(); ++i) {
    bool blank = (*rows)[i].size() == 1 && (*rows)[i][0].empty();
    if (!blank) table.rows.push_back(std::move((*rows)[i]));
  }
  for (std::size_t i = 0; i < rows->front().size(); ++i) table.columns[rows->front()[i]] = i;
  for (const auto& column : required) {
    if (table.columns.count(column) == 0) {
      return MakeError(ErrorCode::kInvalidInput, name + ": no column " + column);
    }
  }
  return table;
}

// Reads the cells of one row into a record by its columns, keeping the first error.
class RowReader {
 public:
  RowReader(const CsvTable& table, std::size_t row) : table_(table), row_(row) {}

  std::string Text(std::string_view column) const {
    const auto& cells = table_.rows[row_];
    auto i = table_.columns.find(std::string(column));
    // A column added later is absent from older files.
    if (i == table_.columns.end()) return std::string();
    return i->second < cells.size() ? FromSpreadsheetSafe(cells[i->second]) : std::string();
  }

  template <typename Row>
  Row Read(const std::vector<RecordColumn<Row>>& columns) {
    Row row;
    for (const auto& c : columns) {
      std::optional<Value> value = ParseCell(c.type, Text(c.name));
      if (!value) Fail(c.name, "not a number: " + Text(c.name));
      c.set(row, value.value_or(Value()));
    }
    return row;
  }

  void Fail(std::string_view column, const std::string& what) {
    if (error_) return;
    // Line numbers count the header as line 1; fields holding line breaks are rare here.
    error_ =
        MakeError(ErrorCode::kInvalidInput, table_.name + ": line " + std::to_string(row_ + 2) +
                                                ": " + std::string(column) + ": " + what);
  }

  const std::optional<Error>& error() const { return error_; }

 private:
  const CsvTable& table_;
  std::size_t row_;
  std::optional<Error> error_;
};

Report ReadReport(RowReader& row) {
  Report r = row.Read(ReportColumns());
  if (!ParseReportStatus(row.Text("status"))) {
    row.Fail("status", "unknown status: " + row.Text("status"));
  }
  return r;
}

IndicatorScore ReadIndicator(RowReader& row) {
  if (row.Text("score").empty()) row.Fail("score", "missing");
  return row.Read(IndicatorColumns());
}

Status AttachIndicators(const CsvTable& table, std::vector<Report>& reports) {
  std::map<std::string, Report*> by_id;
  for (auto& r : reports) by_id[r.report_id] = &r;
  for (std::size_t i = 0; i < table.rows.size(); ++i) {
    RowReader row(table, i);
    IndicatorScore indicator = ReadIndicator(row);
    auto it = by_id.find(row.Text("report_id"));
    if (it == by_id.end()) row.Fail("report_id", "not in reports.csv: " + row.Text("report_id"));
    if (row.error()) return *row.error();
    it->second->indicators.push_back(std::move(indicator));
  }
  return Status::Ok();
}

}  // namespace

Result<std::vector<Report>> ReadReportsCsv(std::string_view reports_csv,
                                           std::string_view indicators_csv) {
  auto reports_table = ParseTable(reports_csv, "reports.csv", RequiredReportsHeader());
  if (!reports_table) return reports_table.error();
  auto indicators_table = ParseTable(indicators_csv, "indicators.csv", RequiredIndicatorsHeader());
  if (!indicators_table) return indicators_table.error();
  std::vector<Report> reports;
  for (std::size_t i = 0; i < reports_table->rows.size(); ++i) {
    RowReader row(*reports_table, i);
    reports.push_back(ReadReport(row));
    if (row.error()) return *row.error();
  }
  if (Status s = AttachIndicators(*indicators_table, reports); !s) return s.error();
  return reports;
}

}  // namespace itapipe
