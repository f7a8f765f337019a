#pragma once
// Ground-truth files of samples/ (samples/truth/*.tsv) and their comparison with the rows
// `itapipe extract` wrote for one source file.
//
// Truth format: UTF-8, one tab-separated record per line, '#' starts a comment line:
//   field <name> <value>          (empty value = not in the document)
//   indicator <number> <score>
//   measure <tool> <issue> <approach> <measure> <owner> <period> <status> <result>
// Only the fields a truth file lists are compared; indicators are compared as a set keyed by
// number; measure rows are matched in order.
//
// Text fields of measures (every column but tool and status) compare modulo spaces between
// two Thai characters: a table cell that wraps mid-phrase cannot tell a printed space from a
// line break, and Thai writes words without spaces, so such a space carries no information the
// pipeline could recover. Every other value compares exactly.

#include <compare>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/result.h"

namespace itapipe {

// The columns of a measure row, in truth-file order.
inline constexpr const char* kMeasureColumns[] = {"tool",  "issue",  "approach", "measure",
                                                  "owner", "period", "status",   "result"};

// One document's expected (or extracted) values.
struct Truth {
  std::vector<std::pair<std::string, std::string>> fields;      // name, value; file order
  std::vector<std::pair<std::string, std::string>> indicators;  // number, score
  std::vector<std::vector<std::string>> measures;               // kMeasureColumns each

  bool operator==(const Truth&) const = default;
};

// One compared value. `field` is a field name, "indicator:<n>" or "measure[<i>].<column>"
// (i 1-based), or "source_file" when the output has no row for the document.
struct FieldResult {
  std::string field;
  std::string want;
  std::string got;
  bool ok = false;

  bool operator==(const FieldResult&) const = default;
};

// Parses a truth file. A record of unknown kind or with the wrong number of columns is
// kInvalidInput naming its line.
Result<Truth> ParseTruth(std::string_view text);

// The rows for source_file in the texts of reports.csv, indicators.csv and measures.csv
// (joined on report_id; columns found by header name), shaped like a Truth whose fields are
// every reports.csv column. kNotFound when no report row has that source_file; kInvalidInput
// when a file does not parse or lacks a needed column.
Result<Truth> ReadOutputFor(std::string_view reports_csv, std::string_view indicators_csv,
                            std::string_view measures_csv, std::string_view source_file);

// Compares want with got: one result per truth field, per indicator of either side and per
// measure column of either side's rows.
std::vector<FieldResult> CompareTruth(const Truth& want, const Truth& got);

// True when a and b are equal once every run of spaces between two Thai characters
// (U+0E00-U+0E7F) is removed from both.
bool SameModuloThaiSpaces(std::string_view a, std::string_view b);

// The category of a FieldResult::field for per-field accuracy: the field name,
// "indicator", or "measure.<column>".
std::string FieldCategory(std::string_view field);

// Misses a document is known to have (tests/e2e/known_misses.tsv): one
// `source-file-name<TAB>field` per line ('#' starts a comment line), field as in FieldResult.
struct KnownMiss {
  std::string file;  // the source file's name, without its folder
  std::string field;

  auto operator<=>(const KnownMiss&) const = default;
};

// Parses a known-misses file; a line without exactly two non-empty columns is kInvalidInput
// naming its line.
Result<std::vector<KnownMiss>> ParseKnownMisses(std::string_view text);

// One document's misses held against the known ones: a known miss still missed is expected;
// a new miss, or a known miss now correct, fails the document (the list stays honest).
struct MissReview {
  std::vector<FieldResult> known;    // missed, and listed
  std::vector<FieldResult> unknown;  // missed, not listed
  std::vector<std::string> fixed;    // listed for the file, but correct or not compared
  bool ok() const { return unknown.empty() && fixed.empty(); }

  bool operator==(const MissReview&) const = default;
};

// Reviews the results of the document named file (a name without folder) against `known`.
MissReview ReviewMisses(const std::vector<FieldResult>& results, std::string_view file,
                        const std::vector<KnownMiss>& known);

}  // namespace itapipe
