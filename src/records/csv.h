#pragma once
// RFC 4180 CSV: one row out, a whole text in.

#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"

namespace itapipe {

// Starts every CSV file we write, so that Excel reads it as UTF-8.
inline constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

// A text cell as it is safe to open in a spreadsheet (OWASP, CSV injection): text that
// starts with '=', '+', '-', '@', a tab or a carriage return gets a leading apostrophe, so
// that no spreadsheet takes it for a formula. For text cells only: a number stays a number.
std::string SpreadsheetSafe(std::string_view text);

// The inverse of SpreadsheetSafe: the text a cell of ours was written from.
std::string FromSpreadsheetSafe(std::string_view cell);

// One CSV row ending in "\r\n"; a field is quoted only when it holds '"', ',', CR or LF.
std::string CsvRow(const std::vector<std::string>& fields);

// Rows of text. Skips a leading UTF-8 BOM; accepts "\r\n" and "\n" line ends and quoted
// fields with embedded line breaks. An unterminated quote is kInvalidInput naming its line.
Result<std::vector<std::vector<std::string>>> ParseCsv(std::string_view text);

}  // namespace itapipe
