// Fuzz target: a rules file (models/rules/fields.tsv's format) through RuleSet::Compile and,
// when it compiles, each of its fields matched against a text. Input: rules, a 0 byte, text.

#include <cstddef>
#include <cstdint>
#include <map>
#include <set>
#include <string>

#include "core/tsv_file.h"
#include "extract/rule_set.h"
#include "fuzz_input.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, size_t size) {
  itapipe::FuzzInput in(data, size);
  std::string rules_text = in.Text(size);
  std::string_view text = in.Rest();
  itapipe::SpacedLiteralPattern(text);
  auto rules = itapipe::RuleSet::Compile(rules_text, "fuzz.tsv", {{"INDICATOR", "(?:ตัวชี้วัด)"}});
  if (!rules) return 0;
  std::set<std::string> fields;
  for (const itapipe::TsvLine& line : itapipe::ParseTsv(rules_text))
    if (line.fields.size() > 1) fields.insert(line.fields[1]);
  for (const std::string& field : fields) {
    for (const itapipe::RuleMatch& m : rules->Match(field, text))
      if (m.begin > m.end || m.end > text.size()) __builtin_trap();
    rules->FindMisreading(field, text);
  }
  return 0;
}
