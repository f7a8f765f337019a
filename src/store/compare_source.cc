#include "store/compare_source.h"

#include <sqlite3.h>

#include "store/compare_queries.h"
#include "store/sqlite_db.h"

namespace itapipe {
namespace {

std::string MethodologyName(const Methodology& m) {
  return std::to_string(m.first_year) + "-" + std::to_string(m.last_year);
}

// temp.methodology_years and temp.methodology_indicators from the loaded methodologies.
Status FillMethodologies(sqlite3* db, const std::vector<Methodology>& methodologies) {
  Status s = Exec(db,
                  "CREATE TEMP TABLE methodology_years (fiscal_year INTEGER PRIMARY KEY, "
                  "methodology TEXT NOT NULL);"
                  "CREATE TEMP TABLE methodology_indicators (methodology TEXT, number INTEGER, "
                  "name TEXT, PRIMARY KEY (methodology, number));");
  if (!s) return s;
  auto year = Statement::Prepare(db, "INSERT INTO methodology_years VALUES (?1, ?2)");
  auto indicator = Statement::Prepare(db, "INSERT INTO methodology_indicators VALUES (?1, ?2, ?3)");
  if (!year) return year.error();
  if (!indicator) return indicator.error();
  for (const Methodology& m : methodologies) {
    std::string name = MethodologyName(m);
    for (int y = m.first_year; y <= m.last_year && s; ++y) s = year->BindAll(y, name).Run();
    for (const auto& i : m.indicators) {
      if (s) s = indicator->BindAll(name, i.number, i.name).Run();
    }
  }
  return s;
}

// Adds the indexes compare reads (CompareIndexesSql()) to a store: built once, by the
// first compare that may write the file; a store it cannot write is compared without them,
// only slower.
void AddIndexes(const std::filesystem::path& path) {
  sqlite3* raw = nullptr;
  if (sqlite3_open_v2(path.c_str(), &raw, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK) {
    sqlite3_busy_timeout(raw, 5000);
    // An index that cannot be made (read-only file, a lock held) only makes compare slower.
    for (const std::string& sql : CompareIndexesSql()) static_cast<void>(Exec(raw, sql.c_str()));
  }
  sqlite3_close(raw);
}

void BindScope(Statement& stmt, const CompareScope& scope) {
  stmt.BindAll(scope.agency, scope.agency_exact ? 1 : 0, scope.province,
               scope.first_year.value_or(0), scope.last_year.value_or(99999));
}

const TableQuery* FindQuery(const std::vector<TableQuery>& queries, std::string_view name) {
  for (const auto& q : queries) {
    if (q.name == name) return &q;
  }
  return nullptr;
}

Status StreamQuery(sqlite3* db, const TableQuery& query, const CompareScope& scope,
                   TableSink& sink) {
  auto stmt = Statement::Prepare(db, query.sql);
  if (!stmt) return MakeError(stmt.error().code, query.name + ": " + stmt.error().message);
  BindScope(*stmt, scope);
  if (Status s = sink.BeginTable(query.name, query.columns); !s) return s;
  TableRow row(query.columns.size());
  for (;;) {
    Result<bool> more = stmt->Step();
    if (!more) return MakeError(more.error().code, query.name + ": " + more.error().message);
    if (!*more) break;
    for (std::size_t c = 0; c < row.size(); ++c) row[c] = stmt->Value(static_cast<int>(c));
    if (Status s = sink.AddRow(row); !s) return s;
  }
  return sink.EndTable();
}

}  // namespace

void CompareSource::Closer::operator()(sqlite3* db) const { sqlite3_close(db); }

Result<CompareSource> CompareSource::Open(const std::filesystem::path& path,
                                          const std::vector<Methodology>& methodologies) {
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec)) {
    return MakeError(ErrorCode::kNotFound, path.string() + ": no such store");
  }
  AddIndexes(path);
  sqlite3* raw = nullptr;
  int rc = sqlite3_open_v2(path.c_str(), &raw, SQLITE_OPEN_READONLY, nullptr);
  CompareSource source(raw);
  if (rc != SQLITE_OK) return SqliteError(raw, path.string() + ": cannot open store");
  sqlite3_busy_timeout(raw, 5000);
  // Temporary tables live in a file behind a bounded page cache: memory stays bounded.
  Status s = Exec(raw,
                  "PRAGMA temp_store = FILE; "
                  "PRAGMA temp.cache_size = -16384; BEGIN");
  if (s) s = FillMethodologies(raw, methodologies);
  if (s) s = Exec(raw, AgencyYearsSql().c_str());
  if (!s) {
    return MakeError(ErrorCode::kIo,
                     path.string() + ": not a readable itapipe store (" + s.error().message + ")");
  }
  return source;
}

std::vector<std::string> CompareSource::CompareTables() {
  std::vector<std::string> names;
  for (const auto& q : CompareTableQueries()) names.push_back(q.name);
  return names;
}

Status CompareSource::Stream(std::string_view name, const CompareScope& scope,
                             TableSink& sink) const {
  std::vector<TableQuery> queries = CompareTableQueries();
  for (auto& q : ReportQueries()) queries.push_back(std::move(q));
  const TableQuery* query = FindQuery(queries, name);
  if (query == nullptr) {
    return MakeError(ErrorCode::kInvalidInput, "no table named " + std::string(name));
  }
  return StreamQuery(db_.get(), *query, scope, sink);
}

Result<long long> CompareSource::CountAgencyYears(const CompareScope& scope) const {
  auto stmt = Statement::Prepare(db_.get(), CountAgencyYearsSql());
  if (!stmt) return stmt.error();
  BindScope(*stmt, scope);
  Result<bool> row = stmt->Step();
  if (!row) return row.error();
  return static_cast<long long>(stmt->Int(0));
}

}  // namespace itapipe
