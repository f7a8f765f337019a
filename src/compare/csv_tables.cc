#include "compare/csv_tables.h"

#include <system_error>

#include "compare/table_text.h"
#include "records/csv.h"

namespace itapipe {
namespace {

Error WriteError(const std::filesystem::path& path, const std::string& what) {
  return MakeError(ErrorCode::kIo, path.string() + ": " + what);
}

}  // namespace

Status CsvTableSink::BeginTable(std::string_view name, const std::vector<Column>& columns) {
  path_ = dir_ / (std::string(name) + ".csv");
  temp_path_ = path_;
  temp_path_ += ".tmp";
  columns_ = columns;
  rows_ = 0;
  out_.rdbuf()->pubsetbuf(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));
  out_.open(temp_path_, std::ios::binary | std::ios::trunc);
  if (!out_) return WriteError(temp_path_, "cannot create (is the folder writable?)");
  fields_.clear();
  for (const auto& c : columns) fields_.push_back(c.name);
  out_ << kUtf8Bom << CsvRow(fields_);
  return Status::Ok();
}

Status CsvTableSink::AddRow(const TableRow& row) {
  for (std::size_t i = 0; i < columns_.size(); ++i) fields_[i] = CellText(row[i], columns_[i].kind);
  out_ << CsvRow(fields_);
  ++rows_;
  return out_ ? Status::Ok() : WriteError(temp_path_, "write failed (disk full?)");
}

Status CsvTableSink::EndTable() {
  out_.close();
  if (!out_) return WriteError(temp_path_, "write failed (disk full?)");
  std::error_code ec;
  std::filesystem::rename(temp_path_, path_, ec);
  if (ec) return WriteError(path_, "cannot replace: " + ec.message());
  return Status::Ok();
}

Status TeeSink::BeginTable(std::string_view name, const std::vector<Column>& columns) {
  for (TableSink* sink : sinks_) {
    if (Status s = sink->BeginTable(name, columns); !s) return s;
  }
  return Status::Ok();
}

Status TeeSink::AddRow(const TableRow& row) {
  for (TableSink* sink : sinks_) {
    if (Status s = sink->AddRow(row); !s) return s;
  }
  return Status::Ok();
}

Status TeeSink::EndTable() {
  for (TableSink* sink : sinks_) {
    if (Status s = sink->EndTable(); !s) return s;
  }
  return Status::Ok();
}

}  // namespace itapipe
