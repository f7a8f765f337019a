#pragma once
// The store's tables: schema, and Reports written to and read from them. Internal to src/store/.

#include <sqlite3.h>

#include <string>
#include <vector>

#include "core/report.h"
#include "core/result.h"

namespace itapipe {

// The CREATE statements of the current schema, derived from records/schema.h.
std::string SchemaSql();

// Creates the tables of the current schema if they do not exist.
Status CreateTables(sqlite3* db);

// Removes the report of report_id and source_file and every row that belongs to it.
Status DeleteReport(sqlite3* db, const std::string& report_id, const std::string& source_file);

// Inserts report and its child rows; the report must not be stored yet.
Status InsertReport(sqlite3* db, const Report& report);

// Every report, sorted by report_id and source_file, with its child rows in their original order.
Result<std::vector<Report>> SelectReports(sqlite3* db);

}  // namespace itapipe
