#pragma once
// Thin wrappers over the SQLite C API for the store: prepared statements and errors as values.
// Internal to src/store/: the only place that includes <sqlite3.h>.

#include <sqlite3.h>

#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "core/result.h"
#include "core/table.h"

namespace itapipe {

// A kIo error: context first, then SQLite's message for db.
Error SqliteError(sqlite3* db, std::string_view context);

// Runs one or more SQL statements that return no rows.
Status Exec(sqlite3* db, const char* sql);

// A prepared statement; binds parameters by 1-based index and reads columns by 0-based index.
class Statement {
 public:
  static Result<Statement> Prepare(sqlite3* db, std::string_view sql);

  void Bind(int index, std::string_view text);
  void Bind(int index, int number);
  void Bind(int index, double number);
  void Bind(int index, const std::optional<int>& number);
  void Bind(int index, const std::optional<double>& number);

  // Binds args to parameters 1, 2, ... in order.
  template <typename... Args>
  Statement& BindAll(const Args&... args) {
    int index = 0;
    (Bind(++index, args), ...);
    return *this;
  }

  // Advances to the next row: true when there is one, false when done.
  Result<bool> Step();
  // Steps to the end, then resets the statement and its bindings for reuse.
  Status Run();

  std::string Text(int column) const;
  int Int(int column) const;
  double Double(int column) const;
  std::optional<int> OptionalInt(int column) const;
  std::optional<double> OptionalDouble(int column) const;
  // The column as a table cell: NULL empty, TEXT text, INTEGER and REAL a number.
  Cell Value(int column) const;

 private:
  struct Finalizer {
    void operator()(sqlite3_stmt* stmt) const { sqlite3_finalize(stmt); }
  };

  Statement(sqlite3* db, sqlite3_stmt* stmt) : db_(db), stmt_(stmt) {}
  bool IsNull(int column) const;

  sqlite3* db_;
  std::unique_ptr<sqlite3_stmt, Finalizer> stmt_;
};

}  // namespace itapipe
