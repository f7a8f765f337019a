#pragma once
// An embedded SQLite database of Reports, so that runs over many years can be compared.

#include <filesystem>
#include <memory>
#include <vector>

#include "core/report.h"
#include "core/result.h"

struct sqlite3;

namespace itapipe {

class RecordStore {
 public:
  // The schema this code reads and writes (SQLite's user_version).
  static constexpr int kSchemaVersion = 4;  // store/migrations.cc has the history

  // Opens the database at path, creating the file and its schema when missing and migrating
  // a store of an older schema. A database with a newer schema is kUnsupported; a file that
  // is not a database is kIo.
  static Result<RecordStore> Open(const std::filesystem::path& path);

  // Inserts reports, replacing any stored report with the same report_id and source_file
  // (with its indicators, measures, problems and origins), all in one transaction. Several
  // failed inputs (empty report_id), and byte-identical files under two names, each keep a
  // row. A version 1 store is upgraded on opening.
  Status Put(const std::vector<Report>& reports);

  // Every stored report, sorted by report_id and source_file, exactly as it was put.
  Result<std::vector<Report>> LoadAll() const;

 private:
  struct Closer {
    void operator()(sqlite3* db) const;
  };

  explicit RecordStore(sqlite3* db) : db_(db) {}
  Status PutAll(const std::vector<Report>& reports);

  std::unique_ptr<sqlite3, Closer> db_;
};

}  // namespace itapipe
