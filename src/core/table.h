#pragma once
// A table streamed row by row from the store to its writers (CSV, workbook, report): the
// column names and kinds first, then the rows, so no table is ever held whole in memory.

#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "core/result.h"

namespace itapipe {

// How a column's values are written: keys stay text even when all digits, scores keep two
// decimals, integers have none.
enum class ColumnKind { kText, kKey, kInteger, kScore };

struct Column {
  std::string name;
  ColumnKind kind = ColumnKind::kText;

  bool operator==(const Column&) const = default;
};

// One value: empty, text or a number.
using Cell = std::variant<std::monostate, std::string, double>;
using TableRow = std::vector<Cell>;

// Receives tables one after another: BeginTable, AddRow for every row, EndTable.
class TableSink {
 public:
  virtual ~TableSink() = default;
  virtual Status BeginTable(std::string_view name, const std::vector<Column>& columns) = 0;
  virtual Status AddRow(const TableRow& row) = 0;
  virtual Status EndTable() = 0;
};

// What a comparison keeps; an empty field keeps everything. Names are as stored (canonical
// Thai, Arabic digits); ranks are still computed over every agency of a year.
struct CompareScope {
  std::string agency;  // agency_name, matched whole when agency_exact, else contained
  bool agency_exact = true;
  std::string province;           // province as stored, without จังหวัด
  std::optional<int> first_year;  // fiscal years, inclusive
  std::optional<int> last_year;

  bool operator==(const CompareScope&) const = default;
};

}  // namespace itapipe
