#include "store/migrations.h"

#include <doctest/doctest.h>
#include <sqlite3.h>
#include <unistd.h>

#include <filesystem>
#include <string>
#include <vector>

#include "store/record_store.h"

namespace itapipe {
namespace {

namespace fs = std::filesystem;

struct TempDir {
  fs::path path = fs::temp_directory_path() / ("itapipe_migrate_" + std::to_string(::getpid()));
  TempDir() { fs::create_directories(path); }
  ~TempDir() { fs::remove_all(path); }
};

void Run(const fs::path& path, const std::string& sql) {
  sqlite3* db = nullptr;
  REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
  char* message = nullptr;
  int rc = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &message);
  std::string error = message ? message : "";
  sqlite3_free(message);
  sqlite3_close(db);
  REQUIRE_MESSAGE(rc == SQLITE_OK, error);
}

// table|name|type|pk of every column of every table, as SQLite describes them. NOT NULL is
// left out: version 1's reports.pages keeps its NOT NULL, which no value ever breaks.
std::string Describe(const fs::path& path) {
  sqlite3* db = nullptr;
  REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
  sqlite3_stmt* stmt = nullptr;
  const char* sql =
      "SELECT m.name, p.name, p.type, p.pk FROM sqlite_master m, "
      "pragma_table_info(m.name) p WHERE m.type = 'table' ORDER BY m.name, p.cid";
  REQUIRE(sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) == SQLITE_OK);
  std::string out;
  while (sqlite3_step(stmt) == SQLITE_ROW) {
    std::string row;
    for (int i = 0; i < 4; ++i)
      row += std::string(reinterpret_cast<const char*>(sqlite3_column_text(stmt, i))) + "|";
    out += row + "\n";
  }
  sqlite3_finalize(stmt);
  sqlite3_close(db);
  return out;
}

// A store as version 1 wrote it: problems in their own table, indicator columns named
// number and name, page 0 for a page not known, measures without a confidence.
constexpr const char* kVersion1Rows = R"sql(
PRAGMA user_version = 1;
INSERT INTO reports VALUES ('a1', 'in/a.pdf', 'เทศบาลเมืองปากช่อง', 'town_municipality',
  'ปากช่อง', 'นครราชสีมา', 2565, 77.98, 'B', 93.38, 85.59, NULL, 12, 0, 'partial');
INSERT INTO problems VALUES ('a1', 1, 'missing_indicator:10'), ('a1', 0, 'total_mismatch');
INSERT INTO indicators VALUES ('a1', 0, 'IIT', 3, 'การใช้อำนาจ', 89.0, 2, 0.98),
  ('a1', 1, 'OIT', 9, 'การเปิดเผยข้อมูล', 60.5, 0, 1.0);
INSERT INTO measures VALUES ('a1', 0, 'EIT', 'ข้อ 1', 'แนวทาง', 'มาตรการ', 'สำนักปลัด',
  'ต.ค. 2565', 'done', '', 7);
INSERT INTO origins VALUES ('a1', 'total_score', 2, 0.95, 'คะแนนรวม 77.98');
)sql";

}  // namespace

TEST_CASE("A store of schema version 1 is migrated to the current schema, data intact") {
  TempDir dir;
  fs::path old_store = dir.path / "v1.sqlite";
  Run(old_store, std::string(SchemaVersion1Sql()) + kVersion1Rows);
  auto store = RecordStore::Open(old_store);
  REQUIRE(store.has_value());
  auto loaded = store->LoadAll();
  REQUIRE(loaded.has_value());
  REQUIRE(loaded->size() == 1);

  Report want;
  want.report_id = "a1";
  want.source_file = "in/a.pdf";
  want.agency_name = "เทศบาลเมืองปากช่อง";
  want.agency_type = "town_municipality";
  want.district = "ปากช่อง";
  want.province = "นครราชสีมา";
  want.fiscal_year = 2565;
  want.total_score = 77.98;
  want.grade = "B";
  want.tool_scores = {{"IIT", 93.38}, {"EIT", 85.59}};
  want.pages = 12;
  want.status = ReportStatus::kPartial;
  want.problems = {"total_mismatch", "missing_indicator:10"};
  want.indicators = {{"IIT", 3, "การใช้อำนาจ", 89.0, 2, 0.98},
                     {"OIT", 9, "การเปิดเผยข้อมูล", 60.5, 0, 1.0}};
  want.measures = {{"EIT", "ข้อ 1", "แนวทาง", "มาตรการ", "สำนักปลัด", "ต.ค. 2565",
                    MeasureStatus::kDone, "", 7, 1.0}};
  want.origins = {{"total_score", {2, 0.95, "คะแนนรวม 77.98"}}};
  CHECK(loaded->front() == want);

  fs::path new_store = dir.path / "new.sqlite";
  REQUIRE(RecordStore::Open(new_store).has_value());
  CHECK(Describe(old_store) == Describe(new_store));
}

TEST_CASE("Every migration names a version one above the last") {
  int version = 0;
  for (const Migration& m : Migrations()) {
    CHECK(m.version == ++version);
    CHECK_FALSE(m.what.empty());
  }
  CHECK(version == RecordStore::kSchemaVersion);
}

TEST_CASE("A store newer than this itapipe is refused, not changed") {
  TempDir dir;
  fs::path path = dir.path / "future.sqlite";
  Run(path, "PRAGMA user_version = 99; CREATE TABLE t (x);");
  auto store = RecordStore::Open(path);
  REQUIRE_FALSE(store.has_value());
  CHECK(store.error().code == ErrorCode::kUnsupported);
}

}  // namespace itapipe
