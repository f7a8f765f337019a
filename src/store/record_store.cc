#include "store/record_store.h"

#include <string>

#include "store/migrations.h"
#include "store/report_tables.h"
#include "store/sqlite_db.h"

namespace itapipe {
namespace {

Result<int> UserVersion(sqlite3* db) {
  auto stmt = Statement::Prepare(db, "PRAGMA user_version");
  if (!stmt) return stmt.error();
  Result<bool> row = stmt->Step();
  if (!row) return row.error();
  return *row ? stmt->Int(0) : 0;
}

// Ends a failed transaction. Its own failure is not reported: the error that caused it is,
// and SQLite rolls back an open transaction when the connection closes anyway.
void Rollback(sqlite3* db) { static_cast<void>(Exec(db, "ROLLBACK")); }

// Brings the schema of db from version `from` to the current one: a new database gets the
// current tables, an older store runs each migration after its version.
Status Migrate(sqlite3* db, int from) {
  if (from == 0) return CreateTables(db);
  for (const Migration& m : Migrations()) {
    if (m.version <= from) continue;
    if (Status s = Exec(db, std::string(m.sql).c_str()); !s) {
      return MakeError(s.error().code, "migrating to schema version " + std::to_string(m.version) +
                                           ": " + s.error().message);
    }
  }
  return Status::Ok();
}

// Creates the schema in a new database, migrates an older one, or checks that an existing
// one is ours.
Status PrepareSchema(sqlite3* db, const std::string& path) {
  Status s = Exec(db, "BEGIN IMMEDIATE");
  Result<int> version = s ? UserVersion(db) : Result<int>(s.error());
  if (!version) s = version.error();
  if (s && *version > RecordStore::kSchemaVersion) {
    Rollback(db);
    return MakeError(ErrorCode::kUnsupported,
                     path + ": store schema version " + std::to_string(*version) +
                         " is newer than this itapipe reads (" +
                         std::to_string(RecordStore::kSchemaVersion) + ")");
  }
  if (s && *version < RecordStore::kSchemaVersion) {
    s = Migrate(db, *version);
    std::string set = "PRAGMA user_version = " + std::to_string(RecordStore::kSchemaVersion);
    if (s) s = Exec(db, set.c_str());
  }
  if (s) s = Exec(db, "COMMIT");
  if (!s) {
    Rollback(db);
    return MakeError(s.error().code, path + ": " + s.error().message);
  }
  return Status::Ok();
}

}  // namespace

void RecordStore::Closer::operator()(sqlite3* db) const { sqlite3_close(db); }

Result<RecordStore> RecordStore::Open(const std::filesystem::path& path) {
  sqlite3* raw = nullptr;
  int rc = sqlite3_open_v2(path.c_str(), &raw, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
  RecordStore store(raw);  // closes the handle on every path, even a failed open
  if (rc != SQLITE_OK) return SqliteError(raw, path.string() + ": cannot open store");
  sqlite3_busy_timeout(raw, 30000);  // another program may hold the lock a while
  if (Status s = PrepareSchema(raw, path.string()); !s) return s.error();
  return store;
}

Status RecordStore::Put(const std::vector<Report>& reports) {
  if (Status s = Exec(db_.get(), "BEGIN IMMEDIATE"); !s) return s;
  Status s = PutAll(reports);
  s = s ? Exec(db_.get(), "COMMIT") : s;
  if (!s) Rollback(db_.get());
  return s;
}

Status RecordStore::PutAll(const std::vector<Report>& reports) {
  for (const auto& report : reports) {
    if (Status s = DeleteReport(db_.get(), report.report_id, report.source_file); !s) return s;
    if (Status s = InsertReport(db_.get(), report); !s) {
      return MakeError(s.error().code, report.report_id + ": " + s.error().message);
    }
  }
  return Status::Ok();
}

Result<std::vector<Report>> RecordStore::LoadAll() const {
  if (Status s = Exec(db_.get(), "BEGIN"); !s) return s.error();
  auto reports = SelectReports(db_.get());
  // A read transaction that cannot end leaves the store locked for every other writer.
  Status ended = Exec(db_.get(), reports ? "COMMIT" : "ROLLBACK");
  if (!ended) return ended.error();
  return reports;
}

}  // namespace itapipe
