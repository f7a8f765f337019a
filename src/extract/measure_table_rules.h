#pragma once
// The words that identify improvement-measure tables and their cells, read from a model file.

#include <filesystem>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/report.h"
#include "core/result.h"

namespace itapipe {

// What a table column holds, from its header.
enum class ColumnRole {
  kNone,
  kIssue,
  kApproach,
  kMeasure,
  kOwner,
  kPeriod,
  kStatusGroup,  // ผลการดำเนินการ / การกำกับติดตาม: a result column when it has no sub-columns
  kDone,
  kInProgress,
  kNotDone,
  kIgnored,  // ข้อเสนอแนะ, หมายเหตุ
};

struct HeaderKeyword {
  std::string text;  // without spaces; a header cell matches when it contains it
  ColumnRole role = ColumnRole::kNone;

  bool operator==(const HeaderKeyword&) const = default;
};

struct MeasureTableRules {
  std::vector<HeaderKeyword> headers;  // the first keyword, in file order, that matches wins
  std::vector<std::string> marks;      // a status cell whose whole text is one of these
  std::vector<std::string> blanks;     // cell texts that mean nothing ("-")
  std::vector<std::pair<std::string, MeasureStatus>> status_words;  // result text prefixes
  std::vector<std::pair<std::string, std::string>> tool_codes;      // spaceless text -> IIT/EIT/OIT
  std::vector<std::pair<std::string, std::string>> tool_titles;     // used when no code is found
  std::vector<std::string> strip;  // fragments deleted from cell text ("<p>")
  int min_header_roles = 3;        // distinct roles a row needs to be a header
  // A status cell this short (in characters, not counting spaces and the vowels and tone marks
  // above and below the line) is a check mark OCR misread (Vv, Jv, “ for ✓), not a result;
  // 0: none.
  int max_misread_mark_length = 0;
  // The most a measure read from a table without rulings can be trusted, 0 to 1: its rows and
  // columns are inferred from whitespace, and a row cut in the wrong place reads as text.
  double borderless_confidence = 1;

  // Reads `key<TAB>value` lines (# comments, blank lines) from a file, as Parse does.
  static Result<MeasureTableRules> Load(const std::filesystem::path& path);
  // Parses rules text; errors start with context (the file name) and the line number.
  static Result<MeasureTableRules> Parse(std::string_view text, std::string_view context);

  // The role of a header cell's text, kNone when no keyword matches.
  ColumnRole RoleOf(std::string_view header) const;

  // Whether a status cell's whole text is a mark: one of `marks`, or a misread one.
  bool IsMark(std::string_view text) const;

  bool operator==(const MeasureTableRules&) const = default;
};

// s as keywords and names are compared: without spaces and line breaks, which wrapping may
// have put in, and without the marks above and below the line (tone marks, thanthakhat,
// upper and lower vowels), which OCR of Thai drops (ผรบผดชอบ for ผู้รับผิดชอบ).
std::string MatchKey(std::string_view s);

// s without spaces and line breaks, which wrapping may have put in.
std::string WithoutSpaces(std::string_view s);

}  // namespace itapipe
