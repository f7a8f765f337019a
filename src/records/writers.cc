#include "records/writers.h"

#include <system_error>
#include <utility>

#include "core/utf8.h"
#include "records/atomic_file.h"
#include "records/csv.h"
#include "records/format.h"
#include "records/json.h"
#include "records/schema.h"

namespace itapipe {
namespace {

// A CSV cell safe to open: text as valid UTF-8 (invalid bytes of a file name as \xHH) and,
// where a spreadsheet would take it for a formula, neutralised (records.md, "Safe to open").
// Numbers are written as they are; records.jsonl keeps the exact text.
std::string CsvCell(ColumnType type, const Value& value) {
  std::string text = CellText(value);
  bool is_text = type == ColumnType::kText || type == ColumnType::kList;
  return is_text ? SpreadsheetSafe(EscapeInvalidUtf8(text)) : text;
}

// JSON text is valid UTF-8 too: a name that is not keeps its bytes in source_file_bytes.
std::string JsonCell(const Value& value) {
  const auto* text = std::get_if<std::string>(&value);
  return text ? JsonString(EscapeInvalidUtf8(*text)) : ValueJson(value);
}

template <typename Row>
void AppendCells(const std::vector<RecordColumn<Row>>& columns, const Row& row,
                 std::vector<std::string>& cells) {
  for (const auto& c : columns) cells.push_back(CsvCell(c.type, c.get(row)));
}

// The cells of the report columns named, as each indicator or measure row starts with them.
std::vector<std::string> ParentCells(const Report& r, const std::vector<std::string_view>& names) {
  std::vector<std::string> cells;
  for (std::string_view name : names) {
    const RecordColumn<Report>* column = FindReportColumn(name);
    cells.push_back(CsvCell(column->type, column->get(r)));
  }
  return cells;
}

std::string ProvenanceJson(const Report& r, std::string_view version) {
  JsonObject origins;
  for (const auto& [field, origin] : r.origins) {
    origins.Add(field, JsonObject()
                           .Add("page", origin.page > 0 ? std::to_string(origin.page) : "null")
                           .Add("confidence", ValueJson(origin.confidence))
                           .Add("evidence", JsonString(EscapeInvalidUtf8(origin.evidence)))
                           .Text());
  }
  return JsonObject()
      .Add("origins", origins.Text())
      .Add("tool", JsonString("itapipe"))
      .Add("version", JsonString(version))
      .Text();
}

std::string ReportJson(const Report& r, std::string_view version) {
  JsonObject object = ColumnsJson(ReportColumns(), r, JsonCell);
  object.Add("indicators", RowsJson(IndicatorColumns(), r.indicators, JsonCell))
      .Add("measures", RowsJson(MeasureColumns(), r.measures, JsonCell))
      .Add("provenance", ProvenanceJson(r, version));
  // Only for a name that is not UTF-8: its exact bytes, which source_file cannot hold.
  if (!IsValidUtf8(r.source_file))
    object.Add("source_file_bytes", JsonString(Base64(r.source_file)));
  return object.Text();
}

}  // namespace

std::string ReportsCsv(const std::vector<Report>& reports) {
  std::string out = std::string(kUtf8Bom) + CsvRow(ReportsHeader());
  for (const auto& r : reports) {
    std::vector<std::string> cells;
    AppendCells(ReportColumns(), r, cells);
    out += CsvRow(cells);
  }
  return out;
}

std::string IndicatorsCsv(const std::vector<Report>& reports) {
  std::string out = std::string(kUtf8Bom) + CsvRow(IndicatorsHeader());
  for (const auto& r : reports) {
    std::vector<std::string> parent = ParentCells(r, IndicatorParentColumns());
    for (const auto& i : r.indicators) {
      std::vector<std::string> cells = parent;
      AppendCells(IndicatorColumns(), i, cells);
      out += CsvRow(cells);
    }
  }
  return out;
}

std::string MeasuresCsv(const std::vector<Report>& reports) {
  std::string out = std::string(kUtf8Bom) + CsvRow(MeasuresHeader());
  for (const auto& r : reports) {
    std::vector<std::string> parent = ParentCells(r, MeasureParentColumns());
    for (const auto& m : r.measures) {
      std::vector<std::string> cells = parent;
      AppendCells(MeasureColumns(), m, cells);
      out += CsvRow(cells);
    }
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
