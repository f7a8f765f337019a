#pragma once
// Table cells as the text a CSV or HTML cell shows: locale-free, scores with two decimals.

#include <string>

#include "core/table.h"

namespace itapipe {

// The cell in its column's kind: "" when empty, an integer without decimals, a score with
// two ("89.00"), text as it is. A text cell starting with =, +, -, @, a tab or a carriage
// return gets a leading apostrophe so no spreadsheet runs it as a formula (records.md).
std::string CellText(const Cell& cell, ColumnKind kind);

// The cell as it is (no apostrophe), for a cell that is not opened by a spreadsheet.
std::string PlainCellText(const Cell& cell, ColumnKind kind);

}  // namespace itapipe
