#pragma once
// A store opened read-only for comparisons: each agency-year is chosen once, in SQLite, and
// every table is computed there and streamed out row by row, so memory stays bounded
// whatever the store's size. Measures and source text are never loaded.
//
// An agency-year is one agency (AgencyKeySql(): province, type and canonical name, until the
// gazetteer's key) in one fiscal year, over documents that did not fail. When several
// documents cover it, the one stored last among those with a total stands for it (a corrected
// file, extracted later, replaces the old value); the values the others disagree on go to
// the conflicts table. Measure counts come from its latest document that has measures.

#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/methodology.h"
#include "core/result.h"
#include "core/table.h"

struct sqlite3;

namespace itapipe {

class CompareSource {
 public:
  // Opens the store at path without writing to it and prepares its agency-years. The
  // methodologies name the method of each fiscal year (years none covers are "unknown" and
  // not comparable). A missing file is kNotFound; a file that is not a store is kIo.
  static Result<CompareSource> Open(const std::filesystem::path& path,
                                    const std::vector<Methodology>& methodologies);

  // The tables `compare` writes, in order (changes, ranking, provinces, measures_status,
  // agencies, conflicts).
  static std::vector<std::string> CompareTables();

  // Streams table `name` (one of CompareTables(), or the report's "trends" and
  // "distribution") within scope into sink; an unknown name is kInvalidInput.
  Status Stream(std::string_view name, const CompareScope& scope, TableSink& sink) const;

  // How many agency-years scope keeps, so a filter that matches nothing can say so.
  Result<long long> CountAgencyYears(const CompareScope& scope) const;

 private:
  struct Closer {
    void operator()(sqlite3* db) const;
  };

  explicit CompareSource(sqlite3* db) : db_(db) {}

  std::unique_ptr<sqlite3, Closer> db_;
};

}  // namespace itapipe
