#include "compare/table_text.h"

#include <cmath>

#include "records/format.h"

namespace itapipe {
namespace {

std::string NumberText(double value, ColumnKind kind) {
  bool whole = kind == ColumnKind::kInteger ||
               (kind != ColumnKind::kScore && std::isfinite(value) && value == std::floor(value));
  return whole ? std::to_string(std::llround(value)) : FormatScore(value);
}

bool LooksLikeFormula(const std::string& text) {
  return !text.empty() && std::string_view("=+-@\t\r").find(text.front()) != std::string::npos;
}

}  // namespace

std::string PlainCellText(const Cell& cell, ColumnKind kind) {
  if (const auto* text = std::get_if<std::string>(&cell)) return *text;
  if (const auto* number = std::get_if<double>(&cell)) return NumberText(*number, kind);
  return std::string();
}

std::string CellText(const Cell& cell, ColumnKind kind) {
  std::string text = PlainCellText(cell, kind);
  if (std::holds_alternative<std::string>(cell) && LooksLikeFormula(text)) return "'" + text;
  return text;
}

}  // namespace itapipe
