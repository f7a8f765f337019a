#include "extract/rule_set.h"

#include <re2/re2.h>

#include <algorithm>
#include <charconv>
#include <optional>

#include "core/tsv_file.h"
#include "core/utf8.h"

namespace itapipe {

struct RuleSet::Rule {
  std::string field;
  double weight = 1;
  int offset = 0;
  std::unique_ptr<RE2> regex;
};

RuleSet::RuleSet() = default;
RuleSet::RuleSet(RuleSet&&) noexcept = default;
RuleSet& RuleSet::operator=(RuleSet&&) noexcept = default;
RuleSet::~RuleSet() = default;

namespace {

// Real patterns, {INDICATOR} expanded, are a few kilobytes. Macros that use a macro twice
// double at each define: 27 such lines (587 bytes, tests/fuzz/regressions/rule_set/) took
// gigabytes and minutes.
constexpr size_t kMaxPatternBytes = size_t{64} << 10;

// pattern with every {NAME} of macros replaced; nullopt when it grows past kMaxPatternBytes.
std::optional<std::string> ExpandMacros(std::string pattern,
                                        const std::map<std::string, std::string>& macros) {
  for (const auto& [name, value] : macros) {
    std::string key = "{" + name + "}";
    for (size_t at = pattern.find(key); at != std::string::npos;
         at = pattern.find(key, at + value.size())) {
      if (pattern.size() - key.size() + value.size() > kMaxPatternBytes) return std::nullopt;
      pattern.replace(at, key.size(), value);
    }
  }
  return pattern;
}

Error TooLong(const std::string& where) {
  return MakeError(ErrorCode::kInvalidInput, where + ": pattern longer than " +
                                                 std::to_string(kMaxPatternBytes) +
                                                 " bytes once its macros are expanded");
}

std::string AgencyPattern(const std::vector<AgencyType>& types) {
  std::vector<std::string> prefixes;
  std::string whole_names;
  for (const AgencyType& t : types) {
    if (t.named_after.empty()) whole_names += RE2::QuoteMeta(t.prefix) + "|";
    prefixes.push_back(SpacedLiteralPattern(t.prefix));
    for (const std::string& a : t.abbreviations) prefixes.push_back(RE2::QuoteMeta(a));
  }
  // Longest first: RE2 prefers the earlier alternative.
  std::sort(prefixes.begin(), prefixes.end(),
            [](const auto& a, const auto& b) { return a.size() > b.size(); });
  std::string alternation;
  for (const std::string& p : prefixes) alternation += (alternation.empty() ? "" : "|") + p;
  return "(?:" + whole_names + "(?:" + alternation + ")\\s?[\\x{0E01}-\\x{0E4E}]{2,})";
}

// OCR of Thai drops tone marks above upper vowels (ตัวชี้วัดที่ -> ตัวชีวัดที, ทั้งสิ้น -> ทังสิน)
// and takes one upper vowel for another (คือ -> คิอ): every tone mark, mai taikhu and
// thanthakhat written in a pattern outside a character class may be missing from the text,
// and every upper vowel (ิ ี ึ ื) may be any of the four.
std::string OcrTolerant(const std::string& pattern) {
  std::string out;
  int class_depth = 0;
  bool escaped = false;
  for (char32_t c : DecodeUtf8(pattern)) {
    bool literal = class_depth == 0 && !escaped;
    if (literal && IsThaiUpperVowel(c)) {
      out += "[\\x{0E34}-\\x{0E37}]";
      continue;
    }
    AppendUtf8(c, out);
    if (!escaped && c == '[') ++class_depth;
    if (!escaped && c == ']' && class_depth > 0) --class_depth;
    escaped = !escaped && c == '\\';
    if (class_depth == 0 && IsThaiToneMark(c)) out += '?';
  }
  return out;
}

Result<std::unique_ptr<RE2>> CompilePattern(const std::string& pattern, const std::string& where) {
  RE2::Options options;
  options.set_log_errors(false);
  auto regex = std::make_unique<RE2>("(?m)" + OcrTolerant(pattern), options);
  if (!regex->ok()) return MakeError(ErrorCode::kInvalidInput, where + ": " + regex->error());
  return regex;
}

}  // namespace

std::string SpacedLiteralPattern(std::string_view s) {
  std::string pattern;
  bool first = true;
  for (char32_t c : DecodeUtf8(s)) {
    if (!first && !IsThaiCombiningMark(c) && c != U'\u0E33') pattern += "\\s?";
    first = false;
    std::string one;
    AppendUtf8(c, one);
    pattern += c == U' ' ? std::string("\\s?") : RE2::QuoteMeta(one);
  }
  return pattern;
}

Result<RuleSet> RuleSet::Compile(std::string_view text, std::string_view name,
                                 const std::map<std::string, std::string>& macros,
                                 std::vector<AgencyType> agency_types) {
  RuleSet set;
  std::map<std::string, std::string> defines = macros;
  set.agency_types_ = std::move(agency_types);
  defines["AGENCY"] = AgencyPattern(set.agency_types_);
  for (const TsvLine& line : ParseTsv(text)) {
    const auto& f = line.fields;
    std::string where = std::string(name) + ": line " + std::to_string(line.number);
    if (f[0] == "define" && f.size() == 3) {
      std::optional<std::string> value = ExpandMacros(f[2], defines);
      if (!value) return TooLong(where);
      defines[f[1]] = std::move(*value);
    } else if ((f[0] == "rule" && f.size() == 5) || (f[0] == "exclude" && f.size() == 3)) {
      Rule rule{f[1], 1, 0, nullptr};
      if (f[0] == "rule") {
        std::from_chars(f[2].data(), f[2].data() + f[2].size(), rule.weight);
        std::from_chars(f[3].data(), f[3].data() + f[3].size(), rule.offset);
      }
      std::optional<std::string> expanded = ExpandMacros(f.back(), defines);
      if (!expanded) return TooLong(where);
      const std::string& pattern = *expanded;
      if (RE2::PartialMatch(pattern, R"(\{[A-Z_]+\})"))
        return MakeError(ErrorCode::kInvalidInput, where + ": undefined macro in " + f.back());
      auto regex = CompilePattern(pattern, where);
      if (!regex) return regex.error();
      rule.regex = std::move(*regex);
      (f[0] == "rule" ? set.rules_ : set.excludes_).push_back(std::move(rule));
    } else if (f[0] == "min_confidence" && f.size() == 2) {
      auto [end, ec] = std::from_chars(f[1].data(), f[1].data() + f[1].size(), set.min_confidence_);
      if (ec != std::errc() || end != f[1].data() + f[1].size() || set.min_confidence_ < 0 ||
          set.min_confidence_ > 1)
        return MakeError(ErrorCode::kInvalidInput, where + ": min_confidence wants 0-1: " + f[1]);
    } else if (f[0] == "misread" && f.size() == 5) {
      Misreading m{f[1], f[2], f[3], -1};
      auto [end, ec] = std::from_chars(f[4].data(), f[4].data() + f[4].size(), m.confidence);
      if (ec != std::errc() || end != f[4].data() + f[4].size() || m.confidence < 0 ||
          m.confidence > 1)
        return MakeError(ErrorCode::kInvalidInput, where + ": misread confidence wants 0-1");
      set.misreadings_.push_back(std::move(m));
    } else {
      return MakeError(ErrorCode::kInvalidInput, where + ": unknown or malformed line");
    }
  }
  return set;
}

namespace {

// Every non-overlapping match of regex in text, with its groups.
template <typename Visit>
void ForEachMatch(const RE2& regex, std::string_view text, Visit visit) {
  int groups = regex.NumberOfCapturingGroups();
  std::vector<re2::StringPiece> pieces(groups + 1);
  re2::StringPiece input(text.data(), text.size());
  size_t pos = 0;
  while (pos <= text.size() &&
         regex.Match(input, pos, text.size(), RE2::UNANCHORED, pieces.data(), groups + 1)) {
    visit(pieces, text.data());
    size_t end = pieces[0].data() - text.data() + pieces[0].size();
    pos = end > pos ? end : pos + 1;
  }
}

}  // namespace

std::vector<RuleMatch> RuleSet::Match(std::string_view field, std::string_view text) const {
  std::vector<std::pair<size_t, size_t>> excluded;
  for (const Rule& rule : excludes_) {
    if (rule.field != field) continue;
    ForEachMatch(*rule.regex, text, [&](const auto& p, const char* base) {
      excluded.emplace_back(p[0].data() - base, p[0].data() - base + p[0].size());
    });
  }
  std::vector<RuleMatch> matches;
  for (const Rule& rule : rules_) {
    if (rule.field != field) continue;
    ForEachMatch(*rule.regex, text, [&](const auto& p, const char* base) {
      RuleMatch m{{},
                  rule.weight,
                  rule.offset,
                  size_t(p[0].data() - base),
                  size_t(p[0].data() - base) + p[0].size(),
                  {}};
      for (size_t g = 1; g < p.size(); ++g) {
        m.groups.emplace_back(p[g].data() ? std::string(p[g]) : "");
        size_t at = p[g].data() ? p[g].data() - base : 0;
        m.group_spans.emplace_back(at, at + m.groups.back().size());
      }
      size_t value_at = p.size() > 1 && p[1].data() ? p[1].data() - base : m.begin;
      // A rule with an offset reads a year from a context that names another year (the
      // action year): the excluded context is what it is written for.
      bool inside =
          rule.offset == 0 && std::any_of(excluded.begin(), excluded.end(), [&](const auto& span) {
            return value_at >= span.first && value_at < span.second;
          });
      if (!inside) matches.push_back(std::move(m));
    });
  }
  return matches;
}

const Misreading* RuleSet::FindMisreading(std::string_view field, std::string_view read) const {
  for (const Misreading& m : misreadings_)
    if (m.field == field && m.read == read) return &m;
  return nullptr;
}

}  // namespace itapipe
