#include "store/sqlite_db.h"

namespace itapipe {

Error SqliteError(sqlite3* db, std::string_view context) {
  std::string message(context);
  message += ": ";
  message += db != nullptr ? sqlite3_errmsg(db) : "out of memory";
  return MakeError(ErrorCode::kIo, std::move(message));
}

Status Exec(sqlite3* db, const char* sql) {
  char* message = nullptr;
  if (sqlite3_exec(db, sql, nullptr, nullptr, &message) == SQLITE_OK) return Status::Ok();
  std::string text = message != nullptr ? message : "unknown error";
  sqlite3_free(message);
  return MakeError(ErrorCode::kIo, "sqlite: " + text);
}

Result<Statement> Statement::Prepare(sqlite3* db, std::string_view sql) {
  sqlite3_stmt* stmt = nullptr;
  int rc = sqlite3_prepare_v2(db, sql.data(), static_cast<int>(sql.size()), &stmt, nullptr);
  if (rc != SQLITE_OK) {
    sqlite3_finalize(stmt);
    return SqliteError(db, "sqlite: prepare");
  }
  return Statement(db, stmt);
}

void Statement::Bind(int index, std::string_view text) {
  sqlite3_bind_text(stmt_.get(), index, text.data(), static_cast<int>(text.size()),
                    SQLITE_TRANSIENT);
}

void Statement::Bind(int index, int number) { sqlite3_bind_int(stmt_.get(), index, number); }

void Statement::Bind(int index, double number) { sqlite3_bind_double(stmt_.get(), index, number); }

void Statement::Bind(int index, const std::optional<int>& number) {
  if (number)
    Bind(index, *number);
  else
    sqlite3_bind_null(stmt_.get(), index);
}

void Statement::Bind(int index, const std::optional<double>& number) {
  if (number)
    Bind(index, *number);
  else
    sqlite3_bind_null(stmt_.get(), index);
}

Result<bool> Statement::Step() {
  int rc = sqlite3_step(stmt_.get());
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  return SqliteError(db_, "sqlite: step");
}

Status Statement::Run() {
  Result<bool> row = Step();
  while (row.has_value() && row.value()) row = Step();
  sqlite3_reset(stmt_.get());
  sqlite3_clear_bindings(stmt_.get());
  if (!row.has_value()) return row.error();
  return Status::Ok();
}

std::string Statement::Text(int column) const {
  const auto* text = sqlite3_column_text(stmt_.get(), column);
  int size = sqlite3_column_bytes(stmt_.get(), column);
  if (text == nullptr) return std::string();
  return std::string(reinterpret_cast<const char*>(text), static_cast<std::size_t>(size));
}

int Statement::Int(int column) const { return sqlite3_column_int(stmt_.get(), column); }

double Statement::Double(int column) const { return sqlite3_column_double(stmt_.get(), column); }

std::optional<int> Statement::OptionalInt(int column) const {
  if (IsNull(column)) return std::nullopt;
  return Int(column);
}

std::optional<double> Statement::OptionalDouble(int column) const {
  if (IsNull(column)) return std::nullopt;
  return Double(column);
}

Cell Statement::Value(int column) const {
  switch (sqlite3_column_type(stmt_.get(), column)) {
    case SQLITE_NULL:
      return std::monostate();
    case SQLITE_INTEGER:
    case SQLITE_FLOAT:
      return Double(column);
    default:
      return Text(column);
  }
}

bool Statement::IsNull(int column) const {
  return sqlite3_column_type(stmt_.get(), column) == SQLITE_NULL;
}

}  // namespace itapipe
