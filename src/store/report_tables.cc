#include "store/report_tables.h"

#include <map>
#include <string_view>
#include <utility>

#include "records/schema.h"
#include "store/sqlite_db.h"

namespace itapipe {
namespace {

// Each table's SQL is derived from its columns in records/schema.h. Child rows keep their
// position in "seq", so that order survives the round trip; origins are provenance, not a
// record column, and keep a table of their own.
constexpr const char* kOriginsTable = R"sql(
CREATE TABLE IF NOT EXISTS origins (
  report_id TEXT NOT NULL, field TEXT NOT NULL, page INTEGER NOT NULL,
  confidence REAL NOT NULL, evidence TEXT NOT NULL, PRIMARY KEY (report_id, field));
)sql";

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
  sql += child ? "report_id TEXT NOT NULL, seq INTEGER NOT NULL" : "";
  for (const auto& c : columns) {
    bool key = !child && c.name == "report_id";
    sql += (sql.back() == '(' ? "" : ", ") + std::string(c.name) + " " +
           (key ? "TEXT PRIMARY KEY" : SqlType(c.type));
  }
  return sql + (child ? ", PRIMARY KEY (report_id, seq));\n" : ");\n");
}

template <typename Row>
std::string InsertSql(std::string_view table, const std::vector<RecordColumn<Row>>& columns,
                      bool child) {
  std::string names = ColumnList(columns, child ? "report_id, seq" : "");
  std::size_t count = columns.size() + (child ? 2 : 0);
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
  return ParseCell(ColumnType::kList, st.Text(column)).value_or(Value());
}

template <typename Row>
Row ReadRow(const Statement& st, const std::vector<RecordColumn<Row>>& columns, int first) {
  Row row;
  for (std::size_t i = 0; i < columns.size(); ++i) {
    columns[i].set(row, ReadValue(st, first + static_cast<int>(i), columns[i].type));
  }
  return row;
}

// Inserts rows as children of report_id, numbered in order.
template <typename Row>
Status InsertChildren(sqlite3* db, std::string_view table,
                      const std::vector<RecordColumn<Row>>& columns, const std::string& report_id,
                      const std::vector<Row>& rows) {
  if (rows.empty()) return Status::Ok();
  auto stmt = Statement::Prepare(db, InsertSql(table, columns, true));
  if (!stmt) return stmt.error();
  for (std::size_t seq = 0; seq < rows.size(); ++seq) {
    stmt->BindAll(report_id, static_cast<int>(seq));
    for (std::size_t i = 0; i < columns.size(); ++i) {
      BindValue(*stmt, static_cast<int>(i) + 3, columns[i].get(rows[seq]));
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
  auto stmt = Statement::Prepare(db, "INSERT INTO origins VALUES (?1, ?2, ?3, ?4, ?5)");
  if (!stmt) return stmt.error();
  for (const auto& [field, origin] : r.origins) {
    stmt->BindAll(r.report_id, field, origin.page, origin.confidence, origin.evidence);
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
                      const std::map<std::string, Report*>& by_id,
                      std::vector<Row> Report::*member) {
  std::string sql = "SELECT " + ColumnList(columns, "report_id") + " FROM " + std::string(table) +
                    " ORDER BY report_id, seq";
  return ForEachRow(db, sql, [&](const Statement& st) {
    auto it = by_id.find(st.Text(0));
    if (it != by_id.end()) (it->second->*member).push_back(ReadRow(st, columns, 1));
  });
}

}  // namespace

std::string SchemaSql() {
  return CreateSql("reports", ReportColumns(), false) +
         CreateSql("indicators", IndicatorColumns(), true) +
         CreateSql("measures", MeasureColumns(), true) + kOriginsTable;
}

Status CreateTables(sqlite3* db) { return Exec(db, SchemaSql().c_str()); }

Status DeleteReport(sqlite3* db, const std::string& report_id) {
  for (std::string table : {"reports", "indicators", "measures", "origins"}) {
    auto stmt = Statement::Prepare(db, "DELETE FROM " + table + " WHERE report_id = ?1");
    if (!stmt) return stmt.error();
    stmt->BindAll(report_id);
    if (Status s = stmt->Run(); !s) return s;
  }
  return Status::Ok();
}

Status InsertReport(sqlite3* db, const Report& report) {
  Status s = InsertMain(db, report);
  if (s)
    s = InsertChildren(db, "indicators", IndicatorColumns(), report.report_id, report.indicators);
  if (s) s = InsertChildren(db, "measures", MeasureColumns(), report.report_id, report.measures);
  if (s) s = InsertOrigins(db, report);
  return s;
}

Result<std::vector<Report>> SelectReports(sqlite3* db) {
  std::vector<Report> reports;
  std::string sql =
      "SELECT " + ColumnList(ReportColumns(), "") + " FROM reports ORDER BY report_id";
  Status s = ForEachRow(
      db, sql, [&](const Statement& st) { reports.push_back(ReadRow(st, ReportColumns(), 0)); });
  if (!s) return s.error();
  std::map<std::string, Report*> by_id;
  for (auto& r : reports) by_id[r.report_id] = &r;
  s = SelectChildren(db, "indicators", IndicatorColumns(), by_id, &Report::indicators);
  if (s) s = SelectChildren(db, "measures", MeasureColumns(), by_id, &Report::measures);
  if (s) {
    s = ForEachRow(db, "SELECT * FROM origins ORDER BY report_id, field", [&](const Statement& st) {
      auto it = by_id.find(st.Text(0));
      if (it != by_id.end())
        it->second->origins[st.Text(1)] = {st.Int(2), st.Double(3), st.Text(4)};
    });
  }
  if (!s) return s.error();
  return reports;
}

}  // namespace itapipe
