#include "compare/table_text.h"

#include <doctest/doctest.h>

namespace itapipe {

TEST_CASE("CellText writes each kind locale-free and defuses formulas") {
  struct {
    Cell cell;
    ColumnKind kind;
    const char* want;
  } cases[] = {
      {std::monostate(), ColumnKind::kScore, ""},
      {77.975, ColumnKind::kScore, "77.98"},
      {89.0, ColumnKind::kScore, "89.00"},
      {2565.0, ColumnKind::kInteger, "2565"},
      {2565.0, ColumnKind::kText, "2565"},
      {std::string("0123456789"), ColumnKind::kKey, "0123456789"},
      {std::string("=SUM(A1)"), ColumnKind::kText, "'=SUM(A1)"},
      {std::string("-5"), ColumnKind::kText, "'-5"},
      {std::string("ผ่านดี"), ColumnKind::kText, "ผ่านดี"},
  };
  for (const auto& c : cases) CHECK(CellText(c.cell, c.kind) == c.want);
}

}  // namespace itapipe
