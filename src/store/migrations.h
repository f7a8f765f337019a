#pragma once
// The store's schema history: migration N turns a store of schema version N - 1 (SQLite's
// user_version) into version N. Internal to src/store/.

#include <string_view>
#include <vector>

namespace itapipe {

struct Migration {
  int version = 0;        // the user_version a store has after it
  std::string_view sql;   // run in the transaction that opens the store
  std::string_view what;  // why the schema changed
};

// Every migration, oldest first; the last one's version is the current schema's.
const std::vector<Migration>& Migrations();

// The SQL that created a store of schema version 1, kept so tests can make one.
std::string_view SchemaVersion1Sql();

}  // namespace itapipe
