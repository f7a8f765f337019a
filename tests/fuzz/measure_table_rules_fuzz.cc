// Fuzz target: a measure-table rules file (models/rules/measure_tables.tsv's format) through
// MeasureTableRules::Parse and, when it parses, a cell text through RoleOf and IsMark.
// Input: rules, a 0 byte, cell text.

#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz_input.h"
#include "knowledge/measure_table_rules.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, size_t size) {
  itapipe::FuzzInput in(data, size);
  std::string rules_text = in.Text(size);
  std::string_view cell = in.Rest();
  itapipe::WithoutSpaces(cell);
  itapipe::MatchKey(cell);
  auto rules = itapipe::MeasureTableRules::Parse(rules_text, "fuzz.tsv");
  if (!rules) return 0;
  rules->RoleOf(cell);
  rules->IsMark(cell);
  return 0;
}
