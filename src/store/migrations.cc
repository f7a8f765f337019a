#include "store/migrations.h"

namespace itapipe {

const std::vector<Migration>& Migrations() {
  // Version 1 is what the first stores were created with; a new store is created at the
  // current version directly (report_tables.cc) and runs none of these.
  static const std::vector<Migration> migrations = {
      {1, SchemaVersion1Sql(), "the first schema"},
      {2, R"sql(
ALTER TABLE reports ADD COLUMN problems TEXT NOT NULL DEFAULT '';
UPDATE reports SET problems = COALESCE((SELECT group_concat(code, ';') FROM
  (SELECT code FROM problems p WHERE p.report_id = reports.report_id ORDER BY seq)), '');
DROP TABLE problems;
CREATE TABLE indicators_v2 (
  report_id TEXT NOT NULL, seq INTEGER NOT NULL, tool TEXT NOT NULL DEFAULT '',
  indicator_no INTEGER, indicator_name TEXT NOT NULL DEFAULT '', score REAL, page INTEGER,
  confidence REAL, PRIMARY KEY (report_id, seq));
INSERT INTO indicators_v2 SELECT report_id, seq, tool, number, name, score, NULLIF(page, 0),
  confidence FROM indicators;
DROP TABLE indicators;
ALTER TABLE indicators_v2 RENAME TO indicators;
CREATE TABLE measures_v2 (
  report_id TEXT NOT NULL, seq INTEGER NOT NULL, tool TEXT NOT NULL DEFAULT '',
  issue TEXT NOT NULL DEFAULT '', approach TEXT NOT NULL DEFAULT '',
  measure TEXT NOT NULL DEFAULT '', owner TEXT NOT NULL DEFAULT '',
  period TEXT NOT NULL DEFAULT '', status TEXT NOT NULL DEFAULT '',
  result TEXT NOT NULL DEFAULT '', page INTEGER, confidence REAL,
  PRIMARY KEY (report_id, seq));
INSERT INTO measures_v2 SELECT report_id, seq, tool, issue, approach, measure, owner, period,
  status, result, NULLIF(page, 0), 1 FROM measures;
DROP TABLE measures;
ALTER TABLE measures_v2 RENAME TO measures;
)sql",
       "columns named as in the CSV files, derived from records/schema.h; problems as a "
       "column; pages absent rather than 0; measures carry a confidence (1 for old rows)"},
      {3, "ALTER TABLE reports ADD COLUMN agency_key TEXT NOT NULL DEFAULT '';",
       "reports carry the agency key of the gazetteer (empty in older rows: extract again to "
       "fill it)"},
  };
  return migrations;
}

std::string_view SchemaVersion1Sql() {
  return R"sql(
CREATE TABLE IF NOT EXISTS reports (
  report_id TEXT PRIMARY KEY, source_file TEXT NOT NULL, agency_name TEXT NOT NULL,
  agency_type TEXT NOT NULL, district TEXT NOT NULL, province TEXT NOT NULL,
  fiscal_year INTEGER, total_score REAL, grade TEXT NOT NULL, iit_score REAL,
  eit_score REAL, oit_score REAL, pages INTEGER NOT NULL, ocr_pages INTEGER NOT NULL,
  status TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS problems (
  report_id TEXT NOT NULL, seq INTEGER NOT NULL, code TEXT NOT NULL,
  PRIMARY KEY (report_id, seq));
CREATE TABLE IF NOT EXISTS indicators (
  report_id TEXT NOT NULL, seq INTEGER NOT NULL, tool TEXT NOT NULL, number INTEGER NOT NULL,
  name TEXT NOT NULL, score REAL NOT NULL, page INTEGER NOT NULL, confidence REAL NOT NULL,
  PRIMARY KEY (report_id, seq));
CREATE TABLE IF NOT EXISTS measures (
  report_id TEXT NOT NULL, seq INTEGER NOT NULL, tool TEXT NOT NULL, issue TEXT NOT NULL,
  approach TEXT NOT NULL, measure TEXT NOT NULL, owner TEXT NOT NULL, period TEXT NOT NULL,
  status TEXT NOT NULL, result TEXT NOT NULL, page INTEGER NOT NULL,
  PRIMARY KEY (report_id, seq));
CREATE TABLE IF NOT EXISTS origins (
  report_id TEXT NOT NULL, field TEXT NOT NULL, page INTEGER NOT NULL,
  confidence REAL NOT NULL, evidence TEXT NOT NULL, PRIMARY KEY (report_id, field));
)sql";
}

}  // namespace itapipe
