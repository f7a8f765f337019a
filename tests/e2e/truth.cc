#include "e2e/truth.h"

#include <algorithm>
#include <map>

#include "core/tsv_file.h"
#include "core/utf8.h"
#include "records/csv.h"

namespace itapipe {
namespace {

using Rows = std::vector<std::vector<std::string>>;

Status AddRecord(const std::vector<std::string>& cols, Truth& truth) {
  const std::string& kind = cols[0];
  if (kind == "field" && cols.size() == 3) {
    truth.fields.emplace_back(cols[1], cols[2]);
  } else if (kind == "indicator" && cols.size() == 3) {
    truth.indicators.emplace_back(cols[1], cols[2]);
  } else if (kind == "measure" && cols.size() == std::size(kMeasureColumns) + 1) {
    truth.measures.emplace_back(cols.begin() + 1, cols.end());
  } else {
    return MakeError(ErrorCode::kInvalidInput,
                     "unknown record or wrong column count (" + std::to_string(cols.size()) + ")");
  }
  return Status::Ok();
}

bool IsThai(char32_t c) { return c >= 0x0E00 && c <= 0x0E7F; }

std::u32string DropThaiSpaces(std::string_view s) {
  std::u32string in = DecodeUtf8(s);
  std::u32string out;
  for (size_t i = 0; i < in.size(); ++i) {
    if (in[i] == U' ' && !out.empty() && IsThai(out.back())) {
      size_t j = i;
      while (j < in.size() && in[j] == U' ') ++j;
      if (j < in.size() && IsThai(in[j])) {
        i = j - 1;
        continue;
      }
    }
    out.push_back(in[i]);
  }
  return out;
}

// Index of each header name in a parsed CSV.
class Columns {
 public:
  static Result<Columns> Of(const Rows& rows, std::string_view file,
                            const std::vector<std::string>& needed) {
    Columns c;
    if (rows.empty()) return MakeError(ErrorCode::kInvalidInput, std::string(file) + ": empty");
    for (size_t i = 0; i < rows[0].size(); ++i) c.index_[rows[0][i]] = i;
    for (const auto& name : needed) {
      if (!c.index_.count(name)) {
        return MakeError(ErrorCode::kInvalidInput,
                         std::string(file) + ": no column '" + name + "'");
      }
    }
    return c;
  }
  std::string Get(const std::vector<std::string>& row, const std::string& name) const {
    auto it = index_.find(name);
    if (it == index_.end() || it->second >= row.size()) return "";
    return FromSpreadsheetSafe(row[it->second]);
  }

 private:
  std::map<std::string, size_t> index_;
};

Result<Rows> Parse(std::string_view text, std::string_view file) {
  auto rows = ParseCsv(text);
  if (!rows) return MakeError(rows.error().code, std::string(file) + ": " + rows.error().message);
  return rows;
}

// The reports.csv row of source_file as fields (header order), plus its report_id.
Result<std::pair<Truth, std::string>> ReportFor(std::string_view reports_csv,
                                                std::string_view source_file) {
  auto rows = Parse(reports_csv, "reports.csv");
  if (!rows) return rows.error();
  auto cols = Columns::Of(*rows, "reports.csv", {"report_id", "source_file"});
  if (!cols) return cols.error();
  for (size_t r = 1; r < rows->size(); ++r) {
    const auto& row = (*rows)[r];
    if (cols->Get(row, "source_file") != source_file) continue;
    Truth truth;
    for (size_t i = 0; i < (*rows)[0].size(); ++i) {
      truth.fields.emplace_back((*rows)[0][i], i < row.size() ? FromSpreadsheetSafe(row[i]) : "");
    }
    return std::make_pair(truth, cols->Get(row, "report_id"));
  }
  return MakeError(ErrorCode::kNotFound,
                   "reports.csv: no row for source_file '" + std::string(source_file) + "'");
}

Status AddIndicators(std::string_view csv, const std::string& report_id, Truth& truth) {
  auto rows = Parse(csv, "indicators.csv");
  if (!rows) return rows.error();
  auto cols = Columns::Of(*rows, "indicators.csv", {"report_id", "indicator_no", "score"});
  if (!cols) return cols.error();
  for (size_t r = 1; r < rows->size(); ++r) {
    const auto& row = (*rows)[r];
    if (cols->Get(row, "report_id") != report_id) continue;
    truth.indicators.emplace_back(cols->Get(row, "indicator_no"), cols->Get(row, "score"));
  }
  return Status::Ok();
}

Status AddMeasures(std::string_view csv, const std::string& report_id, Truth& truth) {
  auto rows = Parse(csv, "measures.csv");
  if (!rows) return rows.error();
  std::vector<std::string> needed(std::begin(kMeasureColumns), std::end(kMeasureColumns));
  needed.push_back("report_id");
  auto cols = Columns::Of(*rows, "measures.csv", needed);
  if (!cols) return cols.error();
  for (size_t r = 1; r < rows->size(); ++r) {
    const auto& row = (*rows)[r];
    if (cols->Get(row, "report_id") != report_id) continue;
    std::vector<std::string> measure;
    for (const char* column : kMeasureColumns) measure.push_back(cols->Get(row, column));
    truth.measures.push_back(std::move(measure));
  }
  return Status::Ok();
}

std::string Lookup(const std::vector<std::pair<std::string, std::string>>& pairs,
                   const std::string& key, bool* found = nullptr) {
  for (const auto& [k, v] : pairs) {
    if (k != key) continue;
    if (found) *found = true;
    return v;
  }
  if (found) *found = false;
  return "";
}

void CompareIndicators(const Truth& want, const Truth& got, std::vector<FieldResult>& out) {
  for (const auto& [no, score] : want.indicators) {
    std::string g = Lookup(got.indicators, no);
    out.push_back({"indicator:" + no, score, g, g == score});
  }
  for (const auto& [no, score] : got.indicators) {
    bool found = false;
    Lookup(want.indicators, no, &found);
    if (!found) out.push_back({"indicator:" + no, "", score, false});
  }
}

void CompareMeasures(const Truth& want, const Truth& got, std::vector<FieldResult>& out) {
  size_t n = std::max(want.measures.size(), got.measures.size());
  for (size_t i = 0; i < n; ++i) {
    for (size_t c = 0; c < std::size(kMeasureColumns); ++c) {
      auto value = [&](const Rows& rows) {
        return i < rows.size() && c < rows[i].size() ? rows[i][c] : std::string();
      };
      std::string w = value(want.measures), g = value(got.measures);
      std::string column = kMeasureColumns[c];
      bool exact = column == "tool" || column == "status";
      bool ok = exact ? w == g : SameModuloThaiSpaces(w, g);
      out.push_back({"measure[" + std::to_string(i + 1) + "]." + column, w, g, ok});
    }
  }
}

// Calls on_line(fields, line_number) for each record line of a tab-separated file until it
// returns an error.
template <typename OnLine>
Status ForEachRecord(std::string_view text, OnLine on_line) {
  for (const TsvLine& line : ParseTsv(text)) {
    if (Status s = on_line(line.fields, static_cast<size_t>(line.number)); !s) return s;
  }
  return Status::Ok();
}

}  // namespace

Result<Truth> ParseTruth(std::string_view text) {
  Truth truth;
  Status parsed = ForEachRecord(text, [&](const std::vector<std::string>& fields, size_t line_no) {
    Status added = AddRecord(fields, truth);
    if (added) return added;
    return Status(MakeError(ErrorCode::kInvalidInput,
                            "line " + std::to_string(line_no) + ": " + added.error().message));
  });
  if (!parsed) return parsed.error();
  return truth;
}

Result<Truth> ReadOutputFor(std::string_view reports_csv, std::string_view indicators_csv,
                            std::string_view measures_csv, std::string_view source_file) {
  auto report = ReportFor(reports_csv, source_file);
  if (!report) return report.error();
  auto& [truth, report_id] = *report;
  if (Status s = AddIndicators(indicators_csv, report_id, truth); !s) return s.error();
  if (Status s = AddMeasures(measures_csv, report_id, truth); !s) return s.error();
  return truth;
}

std::vector<FieldResult> CompareTruth(const Truth& want, const Truth& got) {
  std::vector<FieldResult> out;
  for (const auto& [name, value] : want.fields) {
    std::string g = Lookup(got.fields, name);
    out.push_back({name, value, g, g == value});
  }
  CompareIndicators(want, got, out);
  CompareMeasures(want, got, out);
  return out;
}

bool SameModuloThaiSpaces(std::string_view a, std::string_view b) {
  return a == b || DropThaiSpaces(a) == DropThaiSpaces(b);
}

Result<std::vector<KnownMiss>> ParseKnownMisses(std::string_view text) {
  std::vector<KnownMiss> out;
  Status parsed = ForEachRecord(text, [&](const std::vector<std::string>& cols, size_t line_no) {
    if (cols.size() != 2 || cols[0].empty() || cols[1].empty()) {
      return Status(MakeError(ErrorCode::kInvalidInput, "line " + std::to_string(line_no) +
                                                            ": want source-file-name<TAB>field"));
    }
    out.push_back(KnownMiss{cols[0], cols[1]});
    return Status::Ok();
  });
  if (!parsed) return parsed.error();
  return out;
}

MissReview ReviewMisses(const std::vector<FieldResult>& results, std::string_view file,
                        const std::vector<KnownMiss>& known) {
  MissReview review;
  auto listed = [&](const std::string& field) {
    return std::find(known.begin(), known.end(), KnownMiss{std::string(file), field}) !=
           known.end();
  };
  std::vector<std::string> missed;
  for (const FieldResult& r : results) {
    if (r.ok) continue;
    missed.push_back(r.field);
    (listed(r.field) ? review.known : review.unknown).push_back(r);
  }
  for (const KnownMiss& k : known) {
    bool still = std::find(missed.begin(), missed.end(), k.field) != missed.end();
    if (k.file == file && !still) review.fixed.push_back(k.field);
  }
  return review;
}

std::string FieldCategory(std::string_view field) {
  if (field.starts_with("indicator:")) return "indicator";
  if (field.starts_with("measure[")) {
    return "measure." + std::string(field.substr(field.find("].") + 2));
  }
  return std::string(field);
}

}  // namespace itapipe
