#include "records/readers.h"

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <utility>

#include "records/csv.h"
#include "records/format.h"
#include "records/writers.h"

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

// Reads typed cells of one row, keeping the first error.
class RowReader {
 public:
  RowReader(const CsvTable& table, std::size_t row) : table_(table), row_(row) {}

  std::string Text(const std::string& column) const {
    const auto& cells = table_.rows[row_];
    std::size_t i = table_.columns.at(column);
    return i < cells.size() ? FromSpreadsheetSafe(cells[i]) : std::string();
  }

  std::optional<double> Score(const std::string& column) {
    return Parsed(column, ParseScore(Text(column)));
  }

  std::optional<int> Int(const std::string& column) {
    return Parsed(column, ParseInt(Text(column)));
  }

  void Fail(const std::string& column, const std::string& what) {
    if (error_) return;
    // Line numbers count the header as line 1; fields holding line breaks are rare here.
    error_ =
        MakeError(ErrorCode::kInvalidInput,
                  table_.name + ": line " + std::to_string(row_ + 2) + ": " + column + ": " + what);
  }

  const std::optional<Error>& error() const { return error_; }

 private:
  template <typename T>
  std::optional<T> Parsed(const std::string& column, std::optional<T> value) {
    if (!value && !Text(column).empty()) Fail(column, "not a number: " + Text(column));
    return value;
  }

  const CsvTable& table_;
  std::size_t row_;
  std::optional<Error> error_;
};

std::vector<std::string> SplitProblems(const std::string& text) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find(';', start);
    if (end == std::string::npos) end = text.size();
    if (end > start) out.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

Report ReadReport(RowReader& row) {
  Report r;
  r.report_id = row.Text("report_id");
  r.source_file = row.Text("source_file");
  r.agency_name = row.Text("agency_name");
  r.agency_type = row.Text("agency_type");
  r.district = row.Text("district");
  r.province = row.Text("province");
  r.fiscal_year = row.Int("fiscal_year");
  r.total_score = row.Score("total_score");
  r.grade = row.Text("grade");
  r.iit_score = row.Score("iit_score");
  r.eit_score = row.Score("eit_score");
  r.oit_score = row.Score("oit_score");
  r.pages = row.Int("pages").value_or(0);
  r.ocr_pages = row.Int("ocr_pages").value_or(0);
  auto status = ParseReportStatus(row.Text("status"));
  if (!status) row.Fail("status", "unknown status: " + row.Text("status"));
  r.status = status.value_or(ReportStatus::kFailed);
  r.problems = SplitProblems(row.Text("problems"));
  return r;
}

IndicatorScore ReadIndicator(RowReader& row) {
  IndicatorScore i;
  i.tool = row.Text("tool");
  i.number = row.Int("indicator_no").value_or(0);
  i.name = row.Text("indicator_name");
  auto score = row.Score("score");
  if (!score) row.Fail("score", "missing");
  i.score = score.value_or(0);
  i.page = row.Int("page").value_or(0);
  i.confidence = row.Score("confidence").value_or(0);
  return i;
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
  auto reports_table = ParseTable(reports_csv, "reports.csv", ReportsColumns());
  if (!reports_table) return reports_table.error();
  auto indicators_table = ParseTable(indicators_csv, "indicators.csv", IndicatorsColumns());
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
