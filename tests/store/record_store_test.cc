#include "store/record_store.h"

#include <doctest/doctest.h>
#include <sqlite3.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

namespace itapipe {
namespace {

namespace fs = std::filesystem;

struct TempDir {
  fs::path path = fs::temp_directory_path() / ("itapipe_store_" + std::to_string(::getpid()));
  TempDir() { fs::create_directories(path); }
  ~TempDir() { fs::remove_all(path); }
};

// A report using every field, with awkward text and numbers that SQL could bend.
Report FullReport(const std::string& id, int year, double total) {
  Report r;
  r.report_id = id;
  r.source_file = "in/" + id + ".pdf";
  r.agency_name = "องค์การบริหารส่วนตำบล \"หนองบัว\", ใต้";
  r.agency_type = "sao";
  r.district = "เมือง";
  r.province = "ขอนแก่น";
  r.fiscal_year = year;
  r.total_score = total;
  r.grade = "ผ่านดี";
  r.tool_scores["IIT"] = 93.378;
  r.tool_scores["EIT"] = 0.1 + 0.2;
  r.pages = 12;
  r.ocr_pages = 3;
  r.status = ReportStatus::kPartial;
  r.problems = {"total_mismatch", "missing_indicator:7"};
  r.indicators = {{"IIT", 1, "การปฏิบัติหน้าที่", 89, 2, 0.98},
                  {"OIT", 9, "การเปิดเผยข้อมูล", 60.725, 0, 1.0 / 3}};
  r.measures = {
      {"EIT", "ข้อ 1\nข้อ 2", "a, b", "ม", "สำนักปลัด", "ต.ค. 2565", MeasureStatus::kDone, "ok", 7},
      {"", "", "", "", "", "", MeasureStatus::kUnknown, "", 0},
      {"IIT", std::string("nul\0byte", 8), "", "", "", "", MeasureStatus::kNotDone, "", 8}};
  r.origins = {{"total_score", {2, 0.95, "คะแนนรวม 77.98"}}, {"agency_name", {1, 1, ""}}};
  return r;
}

}  // namespace

TEST_CASE("RecordStore round-trips reports exactly") {
  TempDir dir;
  auto store = RecordStore::Open(dir.path / "records.sqlite");
  REQUIRE(store.has_value());
  Report empty;
  empty.report_id = "00000000000000ff";
  std::vector<Report> reports = {FullReport("b", 2565, 77.98), empty, FullReport("a", 2566, 1e-9)};
  REQUIRE(store->Put(reports).ok());
  auto loaded = store->LoadAll();
  REQUIRE(loaded.has_value());
  std::vector<Report> want = {empty, reports[2], reports[0]};  // sorted by report_id
  CHECK(*loaded == want);
}

TEST_CASE("RecordStore replaces a report with the same id and keeps it across reopening") {
  TempDir dir;
  fs::path path = dir.path / "records.sqlite";
  {
    auto store = RecordStore::Open(path);
    REQUIRE(store.has_value());
    REQUIRE(store->Put({FullReport("a", 2565, 70), FullReport("b", 2565, 80)}).ok());
  }
  Report changed = FullReport("a", 2566, 71.5);
  changed.indicators.pop_back();
  changed.problems.clear();
  changed.origins.clear();
  changed.total_score.reset();
  {
    auto store = RecordStore::Open(path);
    REQUIRE(store.has_value());
    REQUIRE(store->Put({changed}).ok());
  }
  auto store = RecordStore::Open(path);
  REQUIRE(store.has_value());
  auto loaded = store->LoadAll();
  REQUIRE(loaded.has_value());
  CHECK(*loaded == std::vector<Report>{changed, FullReport("b", 2565, 80)});
}

TEST_CASE("RecordStore moves and refuses what is not its database") {
  TempDir dir;
  auto opened = RecordStore::Open(dir.path / "s.sqlite");
  REQUIRE(opened.has_value());
  RecordStore moved = std::move(opened.value());
  CHECK(moved.Put({FullReport("x", 2565, 50)}).ok());

  std::ofstream(dir.path / "junk.sqlite") << "this is not a database, just some text\n";
  struct {
    fs::path path;
    ErrorCode code;
  } cases[] = {
      {dir.path / "junk.sqlite", ErrorCode::kIo},
      {dir.path / "missing" / "s.sqlite", ErrorCode::kIo},
  };
  for (const auto& c : cases) {
    auto store = RecordStore::Open(c.path);
    REQUIRE_FALSE(store.has_value());
    CHECK(store.error().code == c.code);
    CHECK(store.error().message.find(c.path.string()) == 0);
  }
}

TEST_CASE("RecordStore keeps a row per input: failed files and byte-identical copies") {
  TempDir dir;
  auto store = RecordStore::Open(dir.path / "s.sqlite");
  REQUIRE(store.has_value());
  Report broken_a, broken_b;
  broken_a.source_file = "in/a.pdf";
  broken_a.problems = {"unreadable_pdf"};
  broken_b.source_file = "in/b.pdf";
  broken_b.problems = {"file_not_found"};
  Report copy = FullReport("c", 2565, 80);
  copy.source_file = "in/copy of c.pdf";
  std::vector<Report> reports = {broken_a, broken_b, FullReport("c", 2565, 80), copy};
  REQUIRE(store->Put(reports).ok());
  REQUIRE(store->Put({broken_a}).ok());  // again: replaced, not added
  auto loaded = store->LoadAll();
  REQUIRE(loaded.has_value());
  CHECK(*loaded == reports);  // sorted by report_id, then source_file
}

TEST_CASE("RecordStore upgrades a version 1 store, keeping its rows") {
  TempDir dir;
  fs::path path = dir.path / "v1.sqlite";
  sqlite3* db = nullptr;
  REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
  const char* v1 = R"sql(
CREATE TABLE reports (report_id TEXT PRIMARY KEY, source_file TEXT NOT NULL,
  agency_name TEXT NOT NULL, agency_type TEXT NOT NULL, district TEXT NOT NULL,
  province TEXT NOT NULL, fiscal_year INTEGER, total_score REAL, grade TEXT NOT NULL,
  iit_score REAL, eit_score REAL, oit_score REAL, pages INTEGER NOT NULL,
  ocr_pages INTEGER NOT NULL, status TEXT NOT NULL);
CREATE TABLE problems (report_id TEXT NOT NULL, seq INTEGER NOT NULL, code TEXT NOT NULL,
  PRIMARY KEY (report_id, seq));
CREATE TABLE indicators (report_id TEXT NOT NULL, seq INTEGER NOT NULL, tool TEXT NOT NULL,
  number INTEGER NOT NULL, name TEXT NOT NULL, score REAL NOT NULL, page INTEGER NOT NULL,
  confidence REAL NOT NULL, PRIMARY KEY (report_id, seq));
CREATE TABLE measures (report_id TEXT NOT NULL, seq INTEGER NOT NULL, tool TEXT NOT NULL,
  issue TEXT NOT NULL, approach TEXT NOT NULL, measure TEXT NOT NULL, owner TEXT NOT NULL,
  period TEXT NOT NULL, status TEXT NOT NULL, result TEXT NOT NULL, page INTEGER NOT NULL,
  PRIMARY KEY (report_id, seq));
CREATE TABLE origins (report_id TEXT NOT NULL, field TEXT NOT NULL, page INTEGER NOT NULL,
  confidence REAL NOT NULL, evidence TEXT NOT NULL, PRIMARY KEY (report_id, field));
INSERT INTO reports VALUES ('ab', 'in/x.pdf', 'อบต.', 'sao', '', '', 2565, 77.5, 'B', NULL,
  NULL, NULL, 3, 0, 'partial');
INSERT INTO problems VALUES ('ab', 0, 'total_mismatch');
INSERT INTO indicators VALUES ('ab', 0, 'IIT', 1, 'การปฏิบัติหน้าที่', 89, 2, 1);
INSERT INTO measures VALUES ('ab', 0, 'EIT', 'i', 'a', 'm', 'o', 'p', 'done', 'r', 4);
INSERT INTO origins VALUES ('ab', 'total_score', 2, 0.5, 'e');
PRAGMA user_version = 1;
)sql";
  REQUIRE(sqlite3_exec(db, v1, nullptr, nullptr, nullptr) == SQLITE_OK);
  sqlite3_close(db);
  auto store = RecordStore::Open(path);
  REQUIRE(store.has_value());
  auto loaded = store->LoadAll();
  REQUIRE(loaded.has_value());
  REQUIRE(loaded->size() == 1);
  const Report& r = loaded->front();
  CHECK(r.source_file == "in/x.pdf");
  CHECK(r.problems == std::vector<std::string>{"total_mismatch"});
  CHECK(r.indicators.size() == 1);
  CHECK(r.measures.size() == 1);
  CHECK(r.origins.at("total_score").evidence == "e");
  Report copy = r;
  copy.source_file = "in/y.pdf";
  REQUIRE(store->Put({copy}).ok());
  CHECK(store->LoadAll()->size() == 2);
}

}  // namespace itapipe
