#pragma once
// Compare's tables as CSV files in one folder, one file per table (records.md's conventions:
// BOM, header row, RFC 4180, "\r\n"), each written row by row and renamed into place whole.

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "core/table.h"

namespace itapipe {

class CsvTableSink : public TableSink {
 public:
  // Writes DIR/<table>.csv for every table it is given; dir must exist.
  explicit CsvTableSink(std::filesystem::path dir) : dir_(std::move(dir)) {}

  Status BeginTable(std::string_view name, const std::vector<Column>& columns) override;
  Status AddRow(const TableRow& row) override;
  Status EndTable() override;

  // Rows written to the last table ended.
  long long rows() const { return rows_; }

 private:
  std::filesystem::path dir_;
  std::filesystem::path path_;
  std::filesystem::path temp_path_;
  std::vector<char> buffer_ = std::vector<char>(1 << 20);  // fewer, larger writes
  std::ofstream out_;
  std::vector<Column> columns_;
  std::vector<std::string> fields_;
  long long rows_ = 0;
};

// Passes every call on to each sink in turn, stopping at the first error.
class TeeSink : public TableSink {
 public:
  explicit TeeSink(std::vector<TableSink*> sinks) : sinks_(std::move(sinks)) {}

  Status BeginTable(std::string_view name, const std::vector<Column>& columns) override;
  Status AddRow(const TableRow& row) override;
  Status EndTable() override;

 private:
  std::vector<TableSink*> sinks_;
};

}  // namespace itapipe
