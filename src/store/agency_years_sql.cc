#include <string>

#include "store/compare_queries.h"

namespace itapipe {
namespace {

// Indicator scores of the chosen documents, one row per document with columns i1..i10.
std::string IndicatorPivotSql() {
  std::string sql = "CREATE TEMP TABLE chosen_indicators AS SELECT i.report_id";
  for (int n = 1; n <= kIndicatorCount; ++n) {
    std::string i = std::to_string(n);
    sql += ", MAX(CASE i.number WHEN " + i + " THEN i.score END) AS i" + i;
  }
  return sql +
         " FROM indicators i WHERE i.report_id IN (SELECT report_id FROM candidates WHERE pick = "
         "1) GROUP BY i.report_id; CREATE INDEX temp.chosen_indicators_by_id ON chosen_indicators "
         "(report_id);";
}

}  // namespace

std::string AgencyKeyColumns() { return "r.province, r.agency_type, r.agency_name"; }

std::string AgencyKeySql() {
  return "(r.province || '|' || r.agency_type || '|' || r.agency_name)";
}

std::string CompareIndexesSql() {
  return "CREATE INDEX IF NOT EXISTS reports_by_agency ON reports (province, agency_type, "
         "agency_name, fiscal_year);"
         "CREATE INDEX IF NOT EXISTS indicators_by_number ON indicators (report_id, number, "
         "score);"
         "CREATE INDEX IF NOT EXISTS measures_by_status ON measures (report_id, status);";
}

std::string AgencyYearsSql() {
  std::string key = AgencyKeySql();
  std::string sql =
      "CREATE TEMP TABLE measure_names (ord INTEGER PRIMARY KEY, measure TEXT);"
      "INSERT INTO measure_names VALUES (0, 'total'), (1, 'iit'), (2, 'eit'), "
      "(3, 'oit')";
  for (int n = 1; n <= kIndicatorCount; ++n) {
    sql += ", (" + std::to_string(n + 3) + ", 'indicator_" + std::to_string(n) + "')";
  }
  sql += ";CREATE TEMP TABLE candidates AS SELECT r.rowid AS stored, " + key +
         " AS agency_key, r.report_id, r.agency_name, r.agency_type, r.district, r.province, "
         "r.fiscal_year, r.total_score, r.grade, r.iit_score, r.eit_score, r.oit_score, "
         "ROW_NUMBER() OVER (PARTITION BY " +
         AgencyKeyColumns() +
         ", r.fiscal_year ORDER BY r.total_score IS NULL, r.rowid DESC) AS pick, " +
         "COUNT(*) OVER (PARTITION BY " + AgencyKeyColumns() +
         ", r.fiscal_year) AS documents FROM reports r WHERE r.status <> 'failed' AND "
         "r.fiscal_year IS NOT NULL AND r.agency_name <> '';"
         "CREATE INDEX temp.candidates_by_agency ON candidates (agency_key, fiscal_year, pick);" +
         IndicatorPivotSql() +
         "CREATE TEMP TABLE agency_years AS SELECT c.agency_key, c.report_id, c.agency_name, "
         "c.agency_type, c.district, c.province, c.fiscal_year, c.total_score, c.grade, "
         "c.iit_score, c.eit_score, c.oit_score, c.documents, m.methodology, LAG(c.fiscal_year) "
         "OVER (PARTITION BY c.agency_key ORDER BY c.fiscal_year) AS year_before" +
         IndicatorColumns("i.i") + " FROM candidates c LEFT JOIN methodology_years m ON " +
         "m.fiscal_year = c.fiscal_year LEFT JOIN chosen_indicators i ON i.report_id = c.report_id "
         "WHERE c.pick = 1 ORDER BY c.agency_key, c.fiscal_year;"
         "CREATE INDEX temp.agency_years_by_agency ON agency_years (agency_key, fiscal_year);";
  return sql;
}

}  // namespace itapipe
