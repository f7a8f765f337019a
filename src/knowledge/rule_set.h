#pragma once
// Extraction rules kept as data (models/rules/fields.tsv), compiled once into RE2 matchers.

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/result.h"
#include "knowledge/agency_type.h"

namespace re2 {
class RE2;
}

namespace itapipe {

// One hit of a rule: its capture groups and where the whole match lies in the text.
struct RuleMatch {
  std::vector<std::string> groups;
  double weight = 1;
  int offset = 0;  // added to a numeric value (an action year names result year + 1)
  size_t begin = 0;
  size_t end = 0;
  // Where each group lies in the text, [first, second); {0, 0} for a group that took no part.
  std::vector<std::pair<size_t, size_t>> group_spans;

  bool operator==(const RuleMatch&) const = default;
};

// A misreading OCR is known to make of a field's value (eng reads a printed B as 8): the
// value it stands for, and how sure a value so corrected may be said to be.
struct Misreading {
  std::string field;
  std::string read;
  std::string value;
  double confidence = 0;

  bool operator==(const Misreading&) const = default;
};

class RuleSet {
 public:
  // Compiles rules text; macros supply {NAME}s defined outside the file. `name` prefixes
  // error messages. {AGENCY} is built from agency_types: a prefix or abbreviation and a
  // name, or the prefix alone of a type named after no place.
  static Result<RuleSet> Compile(std::string_view text, std::string_view name,
                                 const std::map<std::string, std::string>& macros,
                                 std::vector<AgencyType> agency_types = {});

  RuleSet(RuleSet&&) noexcept;
  RuleSet& operator=(RuleSet&&) noexcept;
  ~RuleSet();

  // Every match of field's rules in text, minus those of rules without an offset whose value
  // (group 1) lies inside one of the field's exclude spans, in rule order then text order.
  std::vector<RuleMatch> Match(std::string_view field, std::string_view text) const;

  const std::vector<AgencyType>& agency_types() const { return agency_types_; }

  // The file's min_confidence line: a score field read less surely than this is flagged
  // (report_builder.h); 0, flagging nothing, without the line.
  double min_confidence() const { return min_confidence_; }

  // The file's misread line for field and the value as read, or nullptr.
  const Misreading* FindMisreading(std::string_view field, std::string_view read) const;

 private:
  struct Rule;
  RuleSet();

  std::vector<Rule> rules_;
  std::vector<Rule> excludes_;
  std::vector<AgencyType> agency_types_;
  std::vector<Misreading> misreadings_;
  double min_confidence_ = 0;
};

// A pattern that matches s literally, allowing one optional space before each base
// character (a line wrap inside a table cell leaves one there).
std::string SpacedLiteralPattern(std::string_view s);

}  // namespace itapipe
