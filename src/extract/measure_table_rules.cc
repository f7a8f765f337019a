#include "extract/measure_table_rules.h"

#include <algorithm>

#include "core/file.h"
#include "core/numbers.h"
#include "core/tsv_file.h"
#include "core/utf8.h"

namespace itapipe {
namespace {

struct RoleName {
  std::string_view name;
  ColumnRole role;
};

constexpr RoleName kRoleNames[] = {
    {"issue", ColumnRole::kIssue},      {"approach", ColumnRole::kApproach},
    {"measure", ColumnRole::kMeasure},  {"owner", ColumnRole::kOwner},
    {"period", ColumnRole::kPeriod},    {"status_group", ColumnRole::kStatusGroup},
    {"done", ColumnRole::kDone},        {"in_progress", ColumnRole::kInProgress},
    {"not_done", ColumnRole::kNotDone}, {"ignore", ColumnRole::kIgnored},
};

struct StatusName {
  std::string_view name;
  MeasureStatus status;
};

constexpr StatusName kStatusNames[] = {{"done", MeasureStatus::kDone},
                                       {"in_progress", MeasureStatus::kInProgress},
                                       {"not_done", MeasureStatus::kNotDone}};

bool IsTool(std::string_view s) { return s == "IIT" || s == "EIT" || s == "OIT"; }

bool ApplyHeader(std::string_view role, const std::string& value, MeasureTableRules& rules) {
  for (const RoleName& r : kRoleNames) {
    if (r.name != role) continue;
    rules.headers.push_back({MatchKey(value), r.role});
    return true;
  }
  return false;
}

bool ApplyStatus(std::string_view status, const std::string& value, MeasureTableRules& rules) {
  for (const StatusName& s : kStatusNames) {
    if (s.name != status) continue;
    rules.status_words.emplace_back(MatchKey(value), s.status);
    return true;
  }
  return false;
}

bool ApplyTool(std::string_view tool, const std::string& value,
               std::vector<std::pair<std::string, std::string>>& list) {
  if (!IsTool(tool)) return false;
  list.emplace_back(MatchKey(value), std::string(tool));
  return true;
}

bool ApplyList(const std::string& value, std::vector<std::string>& list) {
  list.push_back(value);
  return true;
}

// Applies one `key value` line; false when the key or value is bad.
bool Apply(std::string_view key, const std::string& value, MeasureTableRules& rules) {
  size_t dot = key.find('.');
  std::string_view kind = key.substr(0, dot);
  std::string_view tag = dot == std::string_view::npos ? "" : key.substr(dot + 1);
  if (key == "mark") return ApplyList(value, rules.marks);
  if (key == "blank") return ApplyList(value, rules.blanks);
  if (key == "strip") return ApplyList(value, rules.strip);
  if (kind == "header") return ApplyHeader(tag, value, rules);
  if (kind == "status") return ApplyStatus(tag, value, rules);
  if (kind == "tool_code") return ApplyTool(tag, value, rules.tool_codes);
  if (kind == "tool_title") return ApplyTool(tag, value, rules.tool_titles);
  if (key == "borderless_confidence") {
    std::optional<double> parsed = ParseDecimal(value);
    if (!parsed || *parsed < 0 || *parsed > 1) return false;
    rules.borderless_confidence = *parsed;
    return true;
  }
  int* number = key == "min_header_roles"          ? &rules.min_header_roles
                : key == "max_misread_mark_length" ? &rules.max_misread_mark_length
                                                   : nullptr;
  if (number == nullptr) return false;
  std::optional<int> parsed = ParseInteger(value);
  if (parsed) *number = *parsed;
  return parsed.has_value();
}

Error LineError(std::string_view context, int line, const std::string& what) {
  return MakeError(ErrorCode::kInvalidInput,
                   std::string(context) + ": line " + std::to_string(line) + ": " + what);
}

}  // namespace

std::string WithoutSpaces(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    if (c != ' ' && c != '\n') out.push_back(c);
  }
  return out;
}

std::string MatchKey(std::string_view s) {
  std::string out;
  for (char32_t c : DecodeUtf8(s)) {
    if (!IsThaiCombiningMark(c) && c != ' ' && c != '\n') AppendUtf8(c, out);
  }
  return out;
}

Result<MeasureTableRules> MeasureTableRules::Parse(std::string_view text,
                                                   std::string_view context) {
  MeasureTableRules rules;
  for (const TsvLine& line : ParseTsv(text)) {
    if (line.fields.size() != 2 || line.fields[1].empty()) {
      return LineError(context, line.number, "want key<TAB>value");
    }
    if (!Apply(line.fields[0], line.fields[1], rules)) {
      return LineError(context, line.number, "bad key or value '" + line.fields[0] + "'");
    }
  }
  if (rules.headers.empty() || rules.marks.empty() || rules.status_words.empty()) {
    return MakeError(ErrorCode::kInvalidInput,
                     std::string(context) + ": needs header.*, mark and status.* lines");
  }
  return rules;
}

bool MeasureTableRules::IsMark(std::string_view text) const {
  if (std::find(marks.begin(), marks.end(), text) != marks.end()) return true;
  std::u32string letters = DecodeUtf8(MatchKey(text));
  return !letters.empty() && static_cast<int>(letters.size()) <= max_misread_mark_length;
}

Result<MeasureTableRules> MeasureTableRules::Load(const std::filesystem::path& path) {
  Result<std::string> text = ReadFile(path);
  if (!text) return text.error();
  return Parse(*text, path.string());
}

ColumnRole MeasureTableRules::RoleOf(std::string_view header) const {
  std::string spaceless = MatchKey(header);
  if (spaceless.empty()) return ColumnRole::kNone;
  for (const HeaderKeyword& keyword : headers) {
    if (spaceless.find(keyword.text) != std::string::npos) return keyword.role;
  }
  return ColumnRole::kNone;
}

}  // namespace itapipe
