#pragma once
// Compare's tables as one Excel workbook, one sheet per table (libxlsxwriter; the only file
// that includes <xlsxwriter.h>). Rows stream to the file: memory stays bounded.

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "core/result.h"
#include "core/table.h"

namespace itapipe {

class WorkbookSink : public TableSink {
 public:
  // A workbook to be written at path by Close(); the file appears whole or not at all.
  static Result<std::unique_ptr<WorkbookSink>> Create(const std::filesystem::path& path);
  ~WorkbookSink() override;

  // A sheet named after the table (a table past Excel's 1,048,576 rows continues on
  // "<name>_2", ...) with the header row frozen, a Thai-capable font, scores as 0.00 and
  // keys as text.
  Status BeginTable(std::string_view name, const std::vector<Column>& columns) override;
  Status AddRow(const TableRow& row) override;
  Status EndTable() override;

  // Writes the workbook file.
  Status Close();

  struct State;

 private:
  explicit WorkbookSink(std::unique_ptr<State> state);
  Status StartSheet();

  std::unique_ptr<State> state_;
};

}  // namespace itapipe
