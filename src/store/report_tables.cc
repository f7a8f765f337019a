#include "store/report_tables.h"

#include <map>
#include <string_view>
#include <utility>

#include "records/schema.h"
#include "store/sqlite_db.h"

namespace itapipe {
namespace {

// Each table's SQL is derived from its columns in records/schema.h. A report is identified
// by its bytes and its name (report_id, source_file): failed inputs, whose report_id is
// empty, and byte-identical files under two names each keep their row. Child rows name their
// report so and keep their position in "seq", so that order survives the round trip; origins
// are provenance, not a record column, and keep a table of their own.
constexpr const char* kOriginsTable = R"sql(
CREATE TABLE IF NOT EXISTS origins (
  report_id TEXT NOT NULL, source_file TEXT NOT NULL, field TEXT NOT NULL,
  page INTEGER NOT NULL, confidence REAL NOT NULL, evidence TEXT NOT NULL,
  PRIMARY KEY (report_id, source_file, field));
)sql";

constexpr const char* kChildKey = "report_id, source_file, seq";
using ReportKey = std::pair<std::string, std::string>;  // report_id, source_file

std::string SqlType(ColumnType type) {
  switch (type) {
    case ColumnType::kInteger:
      return "INTEGER";
    case ColumnType::kScore:
      return "REAL";
    case ColumnType::kText:
    case ColumnType::kList:
      break;
  }
  return "TEXT NOT NULL DEFAULT ''";
}

template <typename Row>
std::string ColumnList(const std::vector<RecordColumn<Row>>& columns, std::string_view prefix) {
  std::string out(prefix);
  for (const auto& c : columns) out += (out.empty() ? "" : ", ") + std::string(c.name);
  return out;
}

template <typename Row>
std::string CreateSql(std::string_view table, const std::vector<RecordColumn<Row>>& columns,
                      bool child) {
  std::string sql = "CREATE TABLE IF NOT EXISTS " + std::string(table) + " (";
  sql += child ? "report_id TEXT NOT NULL, source_file TEXT NOT NULL, seq INTEGER NOT NULL" : "";
  for (const auto& c : columns) {
    sql += (sql.back() == '(' ? "" : ", ") + std::string(c.name) + " " + SqlType(c.type);
  }
  return sql + ", PRIMARY KEY (" + (child ? kChildKey : "report_id, source_file") + "));\n";
}

template <typename Row>
std::string InsertSql(std::string_view table, const std::vector<RecordColumn<Row>>& columns,
                      bool child) {
  std::string names = ColumnList(columns, child ? kChildKey : "");
  std::size_t count = columns.size() + (child ? 3 : 0);
  std::string marks;
  for (std::size_t i = 1; i <= count; ++i) marks += (i > 1 ? ", ?" : "?") + std::to_string(i);
  return "INSERT INTO " + std::string(table) + " (" + names + ") VALUES (" + marks + ")";
}

void BindValue(Statement& st, int index, const Value& value) {
  if (const auto* n = std::get_if<long long>(&value)) {
    st.Bind(index, static_cast<int>(*n));
  } else if (const auto* d = std::get_if<double>(&value)) {
    st.Bind(index, *d);
  } else if (std::holds_alternative<std::monostate>(value)) {
    st.Bind(index, std::optional<double>());
  } else {
    st.Bind(index, CellText(value));
  }
}

Value ReadValue(const Statement& st, int column, ColumnType type) {
  switch (type) {
    case ColumnType::kInteger: {
      auto n = st.OptionalInt(column);
      return n ? Value(static_cast<long long>(*n)) : Value();
    }
    case ColumnType::kScore: {
      auto d = st.OptionalDouble(column);
      return d ? Value(*d) : Value();
    }
    case ColumnType::kText:
      return Value(st.Text(column));
    case ColumnType::kList:
      break;
  }
  std::optional<Value> list = ParseCell(ColumnType::kList, st.Text(column));
  return list ? *list : Value();
}

template <typename Row>
Row ReadRow(const Statement& st, const std::vector<RecordColumn<Row>>& columns, int first) {
  Row row;
  for (std::size_t i = 0; i < columns.size(); ++i) {
    columns[i].set(row, ReadValue(st, first + static_cast<int>(i), columns[i].type));
  }
  return row;
}

// Inserts rows as children of report, numbered in order.
template <typename Row>
Status InsertChildren(sqlite3* db, std::string_view table,
                      const std::vector<RecordColumn<Row>>& columns, const Report& report,
                      const std::vector<Row>& rows) {
  if (rows.empty()) return Status::Ok();
  auto stmt = Statement::Prepare(db, InsertSql(table, columns, true));
  if (!stmt) return stmt.error();
  for (std::size_t seq = 0; seq < rows.size(); ++seq) {
    stmt->BindAll(report.report_id, report.source_file, static_cast<int>(seq));
    for (std::size_t i = 0; i < columns.size(); ++i) {
      BindValue(*stmt, static_cast<int>(i) + 4, columns[i].get(rows[seq]));
    }
    if (Status s = stmt->Run(); !s) return s;
  }
  return Status::Ok();
}

Status InsertMain(sqlite3* db, const Report& r) {
  auto stmt = Statement::Prepare(db, InsertSql("reports", ReportColumns(), false));
  if (!stmt) return stmt.error();
  for (std::size_t i = 0; i < ReportColumns().size(); ++i) {
    BindValue(*stmt, static_cast<int>(i) + 1, ReportColumns()[i].get(r));
  }
  return stmt->Run();
}

Status InsertOrigins(sqlite3* db, const Report& r) {
  auto stmt = Statement::Prepare(db, "INSERT INTO origins VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
  if (!stmt) return stmt.error();
  for (const auto& [field, origin] : r.origins) {
    stmt->BindAll(r.report_id, r.source_file, field, origin.page, origin.confidence,
                  origin.evidence);
    if (Status s = stmt->Run(); !s) return s;
  }
  return Status::Ok();
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

// Reads a child table into each report's vector, in seq order.
template <typename Row>
Status SelectChildren(sqlite3* db, std::string_view table,
                      const std::vector<RecordColumn<Row>>& columns,
                      const std::map<ReportKey, Report*>& by_key,
                      std::vector<Row> Report::*member) {
  std::string sql = "SELECT " + ColumnList(columns, "report_id, source_file") + " FROM " +
                    std::string(table) + " ORDER BY " + kChildKey;
  return ForEachRow(db, sql, [&](const Statement& st) {
    auto it = by_key.find({st.Text(0), st.Text(1)});
    if (it != by_key.end()) (it->second->*member).push_back(ReadRow(st, columns, 2));
  });
}

}  // namespace

std::string SchemaSql() {
  return CreateSql("reports", ReportColumns(), false) +
         CreateSql("indicators", IndicatorColumns(), true) +
         CreateSql("measures", MeasureColumns(), true) + kOriginsTable;
}

Status CreateTables(sqlite3* db) { return Exec(db, SchemaSql().c_str()); }

Status DeleteReport(sqlite3* db, const std::string& report_id, const std::string& source_file) {
  for (std::string table : {"reports", "indicators", "measures", "origins"}) {
    auto stmt = Statement::Prepare(
        db, "DELETE FROM " + table + " WHERE report_id = ?1 AND source_file = ?2");
    if (!stmt) return stmt.error();
    stmt->BindAll(report_id, source_file);
    if (Status s = stmt->Run(); !s) return s;
  }
  return Status::Ok();
}

Status InsertReport(sqlite3* db, const Report& report) {
  Status s = InsertMain(db, report);
  if (s) s = InsertChildren(db, "indicators", IndicatorColumns(), report, report.indicators);
  if (s) s = InsertChildren(db, "measures", MeasureColumns(), report, report.measures);
  if (s) s = InsertOrigins(db, report);
  return s;
}

Result<std::vector<Report>> SelectReports(sqlite3* db) {
  std::vector<Report> reports;
  std::string sql =
      "SELECT " + ColumnList(ReportColumns(), "") + " FROM reports ORDER BY report_id, source_file";
  Status s = ForEachRow(
      db, sql, [&](const Statement& st) { reports.push_back(ReadRow(st, ReportColumns(), 0)); });
  if (!s) return s.error();
  std::map<ReportKey, Report*> by_key;
  for (auto& r : reports) by_key[{r.report_id, r.source_file}] = &r;
  s = SelectChildren(db, "indicators", IndicatorColumns(), by_key, &Report::indicators);
  if (s) s = SelectChildren(db, "measures", MeasureColumns(), by_key, &Report::measures);
  if (s) {
    sql = "SELECT * FROM origins ORDER BY report_id, source_file, field";
    s = ForEachRow(db, sql, [&](const Statement& st) {
      auto it = by_key.find({st.Text(0), st.Text(1)});
      if (it != by_key.end())
        it->second->origins[st.Text(2)] = {st.Int(3), st.Double(4), st.Text(5)};
    });
  }
  if (!s) return s.error();
  return reports;
}

}  // namespace itapipe
