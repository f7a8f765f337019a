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
      {4, R"sql(
ALTER TABLE reports RENAME TO reports_v3;
ALTER TABLE indicators RENAME TO indicators_v3;
ALTER TABLE measures RENAME TO measures_v3;
ALTER TABLE origins RENAME TO origins_v3;
CREATE TABLE reports (
  report_id TEXT NOT NULL DEFAULT '', source_file TEXT NOT NULL DEFAULT '',
  agency_name TEXT NOT NULL DEFAULT '', agency_type TEXT NOT NULL DEFAULT '',
  district TEXT NOT NULL DEFAULT '', province TEXT NOT NULL DEFAULT '', fiscal_year INTEGER,
  total_score REAL, grade TEXT NOT NULL DEFAULT '', iit_score REAL, eit_score REAL,
  oit_score REAL, pages INTEGER, ocr_pages INTEGER, status TEXT NOT NULL DEFAULT '',
  problems TEXT NOT NULL DEFAULT '', agency_key TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (report_id, source_file));
INSERT INTO reports SELECT * FROM reports_v3;
CREATE TABLE indicators (
  report_id TEXT NOT NULL, source_file TEXT NOT NULL, seq INTEGER NOT NULL,
  tool TEXT NOT NULL DEFAULT '', indicator_no INTEGER, indicator_name TEXT NOT NULL DEFAULT '',
  score REAL, page INTEGER, confidence REAL, PRIMARY KEY (report_id, source_file, seq));
INSERT INTO indicators SELECT c.report_id, r.source_file, c.seq, c.tool, c.indicator_no,
  c.indicator_name, c.score, c.page, c.confidence FROM indicators_v3 c
  JOIN reports_v3 r USING (report_id);
CREATE TABLE measures (
  report_id TEXT NOT NULL, source_file TEXT NOT NULL, seq INTEGER NOT NULL,
  tool TEXT NOT NULL DEFAULT '', issue TEXT NOT NULL DEFAULT '',
  approach TEXT NOT NULL DEFAULT '', measure TEXT NOT NULL DEFAULT '',
  owner TEXT NOT NULL DEFAULT '', period TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL DEFAULT '', result TEXT NOT NULL DEFAULT '', page INTEGER,
  confidence REAL, PRIMARY KEY (report_id, source_file, seq));
INSERT INTO measures SELECT c.report_id, r.source_file, c.seq, c.tool, c.issue, c.approach,
  c.measure, c.owner, c.period, c.status, c.result, c.page, c.confidence FROM measures_v3 c
  JOIN reports_v3 r USING (report_id);
CREATE TABLE origins (
  report_id TEXT NOT NULL, source_file TEXT NOT NULL, field TEXT NOT NULL,
  page INTEGER NOT NULL, confidence REAL NOT NULL, evidence TEXT NOT NULL,
  PRIMARY KEY (report_id, source_file, field));
INSERT INTO origins SELECT c.report_id, r.source_file, c.field, c.page, c.confidence,
  c.evidence FROM origins_v3 c JOIN reports_v3 r USING (report_id);
DROP TABLE reports_v3;
DROP TABLE indicators_v3;
DROP TABLE measures_v3;
DROP TABLE origins_v3;
)sql",
       "a report is keyed by its bytes and its name (report_id, source_file): failed inputs and "
       "byte-identical files under two names each keep a row"},
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
