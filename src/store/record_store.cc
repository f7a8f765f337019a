#include "store/record_store.h"

#include <string>

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

// Creates the schema in a new database, or checks that an existing one is ours.
Status PrepareSchema(sqlite3* db, const std::string& path) {
  Result<int> version = UserVersion(db);
  if (!version) return MakeError(ErrorCode::kIo, path + ": " + version.error().message);
  if (*version > RecordStore::kSchemaVersion) {
    return MakeError(ErrorCode::kUnsupported,
                     path + ": store schema version " + std::to_string(*version) +
                         " is newer than this itapipe reads (" +
                         std::to_string(RecordStore::kSchemaVersion) + ")");
  }
  Status s = Exec(db, "BEGIN IMMEDIATE");
  // Read again under the lock: another itapipe may have upgraded the store meanwhile.
  if (s) version = UserVersion(db);
  if (s && !version) s = version.error();
  if (s && *version < RecordStore::kSchemaVersion) s = CreateTables(db, *version);
  if (s) s = Exec(db, "PRAGMA user_version = 2");
  if (s) s = Exec(db, "COMMIT");
  if (!s) {
    Exec(db, "ROLLBACK");
    return MakeError(ErrorCode::kIo, path + ": " + s.error().message);
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
  if (!s) Exec(db_.get(), "ROLLBACK");
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
  Exec(db_.get(), "COMMIT");
  return reports;
}

}  // namespace itapipe
