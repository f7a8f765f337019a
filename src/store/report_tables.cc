#include "store/report_tables.h"

#include <map>
#include <string_view>
#include <utility>

#include "records/format.h"
#include "store/sqlite_db.h"

namespace itapipe {
namespace {

// Child rows keep their position in "seq", so that order survives the round trip. A report
// is identified by its bytes and its name (report_id, source_file): failed inputs, whose
// report_id is empty, and byte-identical files under two names each keep their row.
constexpr const char* kSchema = R"sql(
CREATE TABLE IF NOT EXISTS reports (
  report_id TEXT NOT NULL, source_file TEXT NOT NULL, agency_name TEXT NOT NULL,
  agency_type TEXT NOT NULL, district TEXT NOT NULL, province TEXT NOT NULL,
  fiscal_year INTEGER, total_score REAL, grade TEXT NOT NULL, iit_score REAL,
  eit_score REAL, oit_score REAL, pages INTEGER NOT NULL, ocr_pages INTEGER NOT NULL,
  status TEXT NOT NULL, PRIMARY KEY (report_id, source_file));
CREATE TABLE IF NOT EXISTS problems (
  report_id TEXT NOT NULL, seq INTEGER NOT NULL, code TEXT NOT NULL,
  source_file TEXT NOT NULL, PRIMARY KEY (report_id, source_file, seq));
CREATE TABLE IF NOT EXISTS indicators (
  report_id TEXT NOT NULL, seq INTEGER NOT NULL, tool TEXT NOT NULL, number INTEGER NOT NULL,
  name TEXT NOT NULL, score REAL NOT NULL, page INTEGER NOT NULL, confidence REAL NOT NULL,
  source_file TEXT NOT NULL, PRIMARY KEY (report_id, source_file, seq));
CREATE TABLE IF NOT EXISTS measures (
  report_id TEXT NOT NULL, seq INTEGER NOT NULL, tool TEXT NOT NULL, issue TEXT NOT NULL,
  approach TEXT NOT NULL, measure TEXT NOT NULL, owner TEXT NOT NULL, period TEXT NOT NULL,
  status TEXT NOT NULL, result TEXT NOT NULL, page INTEGER NOT NULL,
  source_file TEXT NOT NULL, PRIMARY KEY (report_id, source_file, seq));
CREATE TABLE IF NOT EXISTS origins (
  report_id TEXT NOT NULL, field TEXT NOT NULL, page INTEGER NOT NULL,
  confidence REAL NOT NULL, evidence TEXT NOT NULL,
  source_file TEXT NOT NULL, PRIMARY KEY (report_id, source_file, field));
)sql";

// Schema version 1 keyed reports by report_id alone; its rows move into the tables above.
constexpr const char* kFromVersion1 = R"sql(
ALTER TABLE reports RENAME TO reports_v1;
ALTER TABLE problems RENAME TO problems_v1;
ALTER TABLE indicators RENAME TO indicators_v1;
ALTER TABLE measures RENAME TO measures_v1;
ALTER TABLE origins RENAME TO origins_v1;
)sql";
constexpr const char* kCopyVersion1 = R"sql(
INSERT INTO reports SELECT * FROM reports_v1;
INSERT INTO problems SELECT c.*, r.source_file FROM problems_v1 c JOIN reports_v1 r USING (report_id);
INSERT INTO indicators SELECT c.*, r.source_file FROM indicators_v1 c JOIN reports_v1 r USING (report_id);
INSERT INTO measures SELECT c.*, r.source_file FROM measures_v1 c JOIN reports_v1 r USING (report_id);
INSERT INTO origins SELECT c.*, r.source_file FROM origins_v1 c JOIN reports_v1 r USING (report_id);
DROP TABLE reports_v1; DROP TABLE problems_v1; DROP TABLE indicators_v1;
DROP TABLE measures_v1; DROP TABLE origins_v1;
)sql";

// Child tables, the order that restores each report's rows, and the column of source_file.
struct ChildTable {
  std::string_view name;
  std::string_view order;
  int source_column;
};
constexpr ChildTable kChildTables[] = {
    {"problems", "report_id, source_file, seq", 3},
    {"indicators", "report_id, source_file, seq", 8},
    {"measures", "report_id, source_file, seq", 11},
    {"origins", "report_id, source_file, field", 5},
};

// Runs sql once per item, binding what bind returns for it.
template <typename Items, typename BindFn>
Status InsertEach(sqlite3* db, const char* sql, const Items& items, BindFn bind) {
  auto stmt = Statement::Prepare(db, sql);
  if (!stmt) return stmt.error();
  int seq = 0;
  for (const auto& item : items) {
    bind(*stmt, seq++, item);
    if (Status s = stmt->Run(); !s) return s;
  }
  return Status::Ok();
}

Status InsertMain(sqlite3* db, const Report& r) {
  auto stmt = Statement::Prepare(
      db,
      "INSERT INTO reports VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, "
      "?14, ?15)");
  if (!stmt) return stmt.error();
  stmt->BindAll(r.report_id, r.source_file, r.agency_name, r.agency_type, r.district, r.province,
                r.fiscal_year, r.total_score, r.grade, r.iit_score, r.eit_score, r.oit_score,
                r.pages, r.ocr_pages, StatusName(r.status));
  return stmt->Run();
}

Status InsertProblems(sqlite3* db, const Report& r) {
  return InsertEach(db, "INSERT INTO problems VALUES (?1, ?2, ?3, ?4)", r.problems,
                    [&](Statement& st, int seq, const std::string& p) {
                      st.BindAll(r.report_id, seq, p, r.source_file);
                    });
}

Status InsertIndicators(sqlite3* db, const Report& r) {
  return InsertEach(db, "INSERT INTO indicators VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                    r.indicators, [&](Statement& st, int seq, const IndicatorScore& i) {
                      st.BindAll(r.report_id, seq, i.tool, i.number, i.name, i.score, i.page,
                                 i.confidence, r.source_file);
                    });
}

Status InsertMeasures(sqlite3* db, const Report& r) {
  return InsertEach(
      db, "INSERT INTO measures VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
      r.measures, [&](Statement& st, int seq, const Measure& m) {
        st.BindAll(r.report_id, seq, m.tool, m.issue, m.approach, m.measure, m.owner, m.period,
                   StatusName(m.status), m.result, m.page, r.source_file);
      });
}

Status InsertOrigins(sqlite3* db, const Report& r) {
  return InsertEach(db, "INSERT INTO origins VALUES (?1, ?2, ?3, ?4, ?5, ?6)", r.origins,
                    [&](Statement& st, int, const std::pair<const std::string, Origin>& o) {
                      st.BindAll(r.report_id, o.first, o.second.page, o.second.confidence,
                                 o.second.evidence, r.source_file);
                    });
}

Report ReadMain(const Statement& s) {
  Report r;
  r.report_id = s.Text(0);
  r.source_file = s.Text(1);
  r.agency_name = s.Text(2);
  r.agency_type = s.Text(3);
  r.district = s.Text(4);
  r.province = s.Text(5);
  r.fiscal_year = s.OptionalInt(6);
  r.total_score = s.OptionalDouble(7);
  r.grade = s.Text(8);
  r.iit_score = s.OptionalDouble(9);
  r.eit_score = s.OptionalDouble(10);
  r.oit_score = s.OptionalDouble(11);
  r.pages = s.Int(12);
  r.ocr_pages = s.Int(13);
  r.status = ParseReportStatus(s.Text(14)).value_or(ReportStatus::kFailed);
  return r;
}

void ReadChild(std::string_view table, const Statement& s, Report& r) {
  if (table == "problems") {
    r.problems.push_back(s.Text(2));
  } else if (table == "indicators") {
    r.indicators.push_back({s.Text(2), s.Int(3), s.Text(4), s.Double(5), s.Int(6), s.Double(7)});
  } else if (table == "measures") {
    r.measures.push_back({s.Text(2), s.Text(3), s.Text(4), s.Text(5), s.Text(6), s.Text(7),
                          ParseMeasureStatus(s.Text(8)).value_or(MeasureStatus::kUnknown),
                          s.Text(9), s.Int(10)});
  } else {
    r.origins[s.Text(1)] = Origin{s.Int(2), s.Double(3), s.Text(4)};
  }
}

// Calls on_row for every row of sql, stopping at the first error.
template <typename OnRow>
Status ForEachRow(sqlite3* db, const std::string& sql, OnRow on_row) {
  auto stmt = Statement::Prepare(db, sql);
  if (!stmt) return stmt.error();
  for (;;) {
    Result<bool> row = stmt->Step();
    if (!row) return row.error();
    if (!*row) return Status::Ok();
    on_row(*stmt);
  }
}

}  // namespace

Status CreateTables(sqlite3* db, int from_version) {
  if (from_version == 1) {
    if (Status s = Exec(db, kFromVersion1); !s) return s;
  }
  if (Status s = Exec(db, kSchema); !s) return s;
  return from_version == 1 ? Exec(db, kCopyVersion1) : Status::Ok();
}

Status DeleteReport(sqlite3* db, const std::string& report_id, const std::string& source_file) {
  for (std::string table : {"reports", "problems", "indicators", "measures", "origins"}) {
    auto stmt = Statement::Prepare(
        db, "DELETE FROM " + table + " WHERE report_id = ?1 AND source_file = ?2");
    if (!stmt) return stmt.error();
    stmt->BindAll(report_id, source_file);
    if (Status s = stmt->Run(); !s) return s;
  }
  return Status::Ok();
}

Status InsertReport(sqlite3* db, const Report& report) {
  for (auto insert :
       {&InsertMain, &InsertProblems, &InsertIndicators, &InsertMeasures, &InsertOrigins}) {
    if (Status s = insert(db, report); !s) return s;
  }
  return Status::Ok();
}

Result<std::vector<Report>> SelectReports(sqlite3* db) {
  std::vector<Report> reports;
  Status s = ForEachRow(db, "SELECT * FROM reports ORDER BY report_id, source_file",
                        [&](const Statement& st) { reports.push_back(ReadMain(st)); });
  if (!s) return s.error();
  std::map<std::pair<std::string, std::string>, Report*> by_key;
  for (auto& r : reports) by_key[{r.report_id, r.source_file}] = &r;
  for (const ChildTable& table : kChildTables) {
    std::string sql =
        "SELECT * FROM " + std::string(table.name) + " ORDER BY " + std::string(table.order);
    s = ForEachRow(db, sql, [&](const Statement& st) {
      auto it = by_key.find({st.Text(0), st.Text(table.source_column)});
      if (it != by_key.end()) ReadChild(table.name, st, *it->second);
    });
    if (!s) return s.error();
  }
  return reports;
}

}  // namespace itapipe
