#include "store/compare_queries.h"

#include <string_view>

namespace itapipe {
namespace {

constexpr int kIndicators = 10;
// changes.csv's measures, in order; score columns f0..f13 / t0..t13 of the pairs follow it.
constexpr const char* kMeasureColumns[] = {"total_score", "iit_score", "eit_score", "oit_score"};

// Which rows of agency_years (or a query with its columns) a scope keeps.
constexpr const char* kInScope =
    "(?1 = '' OR (CASE WHEN ?2 THEN agency_name = ?1 ELSE instr(agency_name, ?1) > 0 END))"
    " AND (?3 = '' OR province = ?3) AND fiscal_year BETWEEN ?4 AND ?5";
// A methodology known for the year(s) of the row.
constexpr const char* kComparable =
    "CASE WHEN methodology IS NOT NULL THEN 'yes' ELSE 'no' END AS comparable, "
    "coalesce(methodology, 'unknown') AS methodology";
// Totals compare as the two-decimal values printed, so 85.0 and 84.999999 are one value.
constexpr const char* kCents = "CAST(round(total_score * 100) AS INTEGER)";

// Indicator scores of the chosen documents, one row per document with columns i1..i10.
std::string IndicatorPivotSql() {
  std::string sql = "CREATE TEMP TABLE chosen_indicators AS SELECT i.report_id";
  for (int n = 1; n <= kIndicators; ++n) {
    std::string i = std::to_string(n);
    sql += ", MAX(CASE i.indicator_no WHEN " + i + " THEN i.score END) AS i" + i;
  }
  return sql +
         " FROM indicators i WHERE i.report_id IN (SELECT report_id FROM candidates WHERE pick = "
         "1) GROUP BY i.report_id; CREATE INDEX temp.chosen_indicators_by_id ON chosen_indicators "
         "(report_id);";
}

// ", <prefix>1<middle>1, <prefix>2<middle>2, ..." over the ten indicators ("i.i" makes
// ", i.i1, i.i2, ..."; "AVG(i", ") AS a" makes ", AVG(i1) AS a1, ...").
std::string IndicatorColumns(std::string_view prefix, std::string_view middle = "") {
  std::string sql;
  for (int n = 1; n <= kIndicators; ++n) {
    std::string i = std::to_string(n);
    sql += ", " + std::string(prefix) + i;
    if (!middle.empty()) sql += std::string(middle) + i;
  }
  return sql;
}

std::vector<Column> Columns(std::initializer_list<Column> head) {
  std::vector<Column> columns(head);
  columns.push_back({"comparable", ColumnKind::kText});
  columns.push_back({"methodology", ColumnKind::kText});
  return columns;
}

// The score of measure n.ord (total, tools, indicators) of agency-year alias `a`.
std::string PickScore(const std::string& a) {
  std::string sql = "CASE n.ord";
  int k = 0;
  auto add = [&](const std::string& column) {
    sql += " WHEN " + std::to_string(k++) + " THEN " + a + "." + column;
  };
  for (const char* column : kMeasureColumns) add(column);
  for (int n = 1; n <= kIndicators; ++n) add("i" + std::to_string(n));
  return sql + " END";
}

// Each agency-year t joined with the agency's previous year f (year_before, found once
// when agency_years is made), then one row per measure either year has.
TableQuery Changes() {
  std::string from = PickScore("f");
  std::string to = PickScore("t");
  std::string sql =
      "SELECT t.agency_key, t.agency_name, t.agency_type, t.district, t.province, n.measure, "
      "f.fiscal_year, " +
      from + ", t.fiscal_year, " + to + ", CASE WHEN t.methodology = f.methodology THEN " + to +
      " - " + from +
      " END, CASE WHEN n.ord = 0 THEN f.grade END, CASE WHEN n.ord = 0 THEN t.grade END, "
      "CASE WHEN t.methodology = f.methodology THEN 'yes' ELSE 'no' END, CASE WHEN "
      "t.methodology = f.methodology THEN t.methodology ELSE coalesce(f.methodology, 'unknown') "
      "|| ' → ' || coalesce(t.methodology, 'unknown') END "
      "FROM agency_years t JOIN agency_years f ON f.agency_key = t.agency_key AND "
      "f.fiscal_year = t.year_before CROSS JOIN measure_names n "
      "WHERE t.year_before >= ?4 AND t.fiscal_year <= ?5 AND (?1 = '' OR (CASE WHEN ?2 THEN "
      "t.agency_name = ?1 ELSE instr(t.agency_name, ?1) > 0 END)) AND (?3 = '' OR t.province = "
      "?3) AND (" +
      from + " IS NOT NULL OR " + to + " IS NOT NULL) ORDER BY t.agency_key, t.fiscal_year, n.ord";
  return {"changes",
          {{"agency_key", ColumnKind::kKey},
           {"agency_name"},
           {"agency_type"},
           {"district"},
           {"province"},
           {"measure"},
           {"year_from", ColumnKind::kInteger},
           {"score_from", ColumnKind::kScore},
           {"year_to", ColumnKind::kInteger},
           {"score_to", ColumnKind::kScore},
           {"delta", ColumnKind::kScore},
           {"grade_from"},
           {"grade_to"},
           {"comparable"},
           {"methodology"}},
          sql};
}

TableQuery Ranking() {
  // Three sorts, one per partition: each count shares its rank's window, and the percentile
  // (share of the year's agencies at or below this total) follows from the national rank.
  std::string whole = " RANGE BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING)";
  std::string sql =
      "WITH ranked AS (SELECT id, RANK() OVER wn AS rn, COUNT(*) OVER (wn" + whole +
      " AS nn, RANK() OVER wp AS rp, COUNT(*) OVER (wp" + whole +
      " AS np, RANK() OVER wt AS rt, COUNT(*) OVER (wt" + whole +
      " AS nt FROM (SELECT rowid AS id, fiscal_year AS y, province AS p, agency_type AS k, " +
      kCents +
      " AS cents FROM agency_years WHERE total_score IS NOT NULL) "
      "WINDOW wn AS (PARTITION BY y ORDER BY cents DESC), "
      "wp AS (PARTITION BY y, p ORDER BY cents DESC), "
      "wt AS (PARTITION BY y, k ORDER BY cents DESC)) "
      "SELECT fiscal_year, agency_key, agency_name, agency_type, district, province, "
      "total_score, grade, rn, nn, rp, np, rt, nt, 100.0 * (nn - rn + 1) / nn, report_id, " +
      kComparable + " FROM ranked r JOIN agency_years a ON a.rowid = r.id WHERE " + kInScope +
      " ORDER BY fiscal_year, rn, agency_key";
  return {"ranking",
          Columns({{"fiscal_year", ColumnKind::kInteger},
                   {"agency_key", ColumnKind::kKey},
                   {"agency_name"},
                   {"agency_type"},
                   {"district"},
                   {"province"},
                   {"total_score", ColumnKind::kScore},
                   {"grade"},
                   {"rank_national", ColumnKind::kInteger},
                   {"agencies_national", ColumnKind::kInteger},
                   {"rank_province", ColumnKind::kInteger},
                   {"agencies_province", ColumnKind::kInteger},
                   {"rank_type", ColumnKind::kInteger},
                   {"agencies_type", ColumnKind::kInteger},
                   {"percentile", ColumnKind::kScore},
                   {"report_id", ColumnKind::kKey}}),
          sql};
}

// The lowest of base's indicator means a1..a10 per province and year (smallest number on
// ties): ten rows per province and year, so the unpivot is cheap.
std::string WeakestSql() {
  std::string pick = "CASE n.ord";
  for (int k = 1; k <= kIndicators; ++k) {
    pick += " WHEN " + std::to_string(k + 3) + " THEN a" + std::to_string(k);
  }
  pick += " END";
  return "SELECT * FROM (SELECT province, fiscal_year, no, mean, ROW_NUMBER() OVER (PARTITION "
         "BY province, fiscal_year ORDER BY mean, no) AS k FROM (SELECT province, fiscal_year, "
         "n.ord - 3 AS no, " +
         pick +
         " AS mean FROM base CROSS JOIN measure_names n WHERE n.ord > 3) WHERE mean IS NOT "
         "NULL) WHERE k = 1";
}

// Per province and year: counts, mean and share from one GROUP BY, then the median and
// the weakest indicator joined on (each a small table of one row per province and year).
TableQuery Provinces() {
  std::string scoped = std::string("(SELECT * FROM agency_years WHERE ") + kInScope + ")";
  std::string sql =
      "WITH base AS MATERIALIZED (SELECT province, fiscal_year, methodology, COUNT(*) AS n_all, "
      "COUNT(total_score) AS n, AVG(total_score) AS mean, 100.0 * SUM(" +
      std::string(kCents) + " >= 8500) / COUNT(total_score) AS share" +
      IndicatorColumns("AVG(i", ") AS a") + " FROM " + scoped +
      " GROUP BY province, fiscal_year), t AS MATERIALIZED (SELECT province, fiscal_year, "
      "total_score, ROW_NUMBER() OVER (PARTITION BY province, fiscal_year ORDER BY total_score) "
      "AS pos, COUNT(*) OVER (PARTITION BY province, fiscal_year) AS n FROM " +
      scoped +
      " WHERE total_score IS NOT NULL), med AS MATERIALIZED (SELECT province, fiscal_year, "
      "AVG(total_score) AS median FROM t WHERE pos IN ((n + 1) / 2, (n + 2) / 2) GROUP BY "
      "province, fiscal_year), weak AS MATERIALIZED (" +
      WeakestSql() +
      ") SELECT b.province, b.fiscal_year, b.n_all, b.n, b.mean, med.median, "
      "b.share, weak.no, mi.name, weak.mean, CASE WHEN b.methodology IS NOT NULL THEN 'yes' "
      "ELSE 'no' END, coalesce(b.methodology, 'unknown') FROM base b LEFT JOIN med ON "
      "med.province = b.province AND med.fiscal_year = b.fiscal_year LEFT JOIN weak ON "
      "weak.province = b.province AND weak.fiscal_year = b.fiscal_year LEFT JOIN "
      "methodology_indicators mi ON mi.methodology = b.methodology AND mi.number = weak.no "
      "ORDER BY b.province, b.fiscal_year";
  return {"provinces",
          Columns({{"province"},
                   {"fiscal_year", ColumnKind::kInteger},
                   {"agencies", ColumnKind::kInteger},
                   {"agencies_with_total", ColumnKind::kInteger},
                   {"mean_total", ColumnKind::kScore},
                   {"median_total", ColumnKind::kScore},
                   {"share_85_or_more", ColumnKind::kScore},
                   {"weakest_indicator_no", ColumnKind::kInteger},
                   {"weakest_indicator_name"},
                   {"weakest_indicator_mean", ColumnKind::kScore}}),
          sql};
}

TableQuery MeasuresStatus() {
  std::string sql =
      std::string(
          "WITH latest AS (SELECT agency_key, fiscal_year, report_id, ROW_NUMBER() OVER "
          "(PARTITION BY agency_key, fiscal_year ORDER BY stored DESC) AS k FROM candidates c "
          "WHERE EXISTS (SELECT 1 FROM measures m WHERE m.report_id = c.report_id)), "
          "counts AS (SELECT report_id, COUNT(*) AS n, SUM(status = 'done') AS done, "
          "SUM(status = 'in_progress') AS progress, SUM(status = 'not_done') AS not_done, "
          "SUM(status = 'unknown') AS unknown FROM measures WHERE report_id IN (SELECT report_id "
          "FROM latest WHERE k = 1) GROUP BY report_id) "
          "SELECT agency_key, agency_name, agency_type, district, province, fiscal_year, "
          "l.report_id, coalesce(n, 0), coalesce(done, 0), coalesce(progress, 0), "
          "coalesce(not_done, 0), coalesce(unknown, 0), ") +
      kComparable +
      " FROM agency_years LEFT JOIN latest l USING (agency_key, fiscal_year) LEFT JOIN counts c "
      "ON c.report_id = l.report_id WHERE (l.k IS NULL OR l.k = 1) AND " +
      kInScope + " ORDER BY agency_key, fiscal_year";
  return {"measures_status",
          Columns({{"agency_key", ColumnKind::kKey},
                   {"agency_name"},
                   {"agency_type"},
                   {"district"},
                   {"province"},
                   {"fiscal_year", ColumnKind::kInteger},
                   {"report_id", ColumnKind::kKey},
                   {"measures", ColumnKind::kInteger},
                   {"done", ColumnKind::kInteger},
                   {"in_progress", ColumnKind::kInteger},
                   {"not_done", ColumnKind::kInteger},
                   {"unknown", ColumnKind::kInteger}}),
          sql};
}

TableQuery Agencies() {
  std::string sql =
      std::string(
          "SELECT agency_key, agency_name, agency_type, district, province, "
          "group_concat(fiscal_year, ';'), COUNT(*), MIN(fiscal_year), MAX(fiscal_year), "
          "SUM(documents), CASE WHEN COUNT(DISTINCT methodology) = 1 AND COUNT(methodology) = "
          "COUNT(*) THEN 'yes' ELSE 'no' END, group_concat(DISTINCT coalesce(methodology, "
          "'unknown')) FROM (SELECT * FROM agency_years WHERE ") +
      kInScope + " ORDER BY agency_key, fiscal_year) GROUP BY agency_key ORDER BY agency_key";
  return {"agencies",
          Columns({{"agency_key", ColumnKind::kKey},
                   {"agency_name"},
                   {"agency_type"},
                   {"district"},
                   {"province"},
                   {"years"},
                   {"year_count", ColumnKind::kInteger},
                   {"first_year", ColumnKind::kInteger},
                   {"last_year", ColumnKind::kInteger},
                   {"documents", ColumnKind::kInteger}}),
          sql};
}

// One field of candidate alias a as text (scores with two decimals), NULL when absent.
std::string FieldText(char a) {
  std::string p(1, a);
  auto score = [&](const char* column) {
    return "WHEN '" + std::string(column) + "' THEN CASE WHEN " + p + "." + column +
           " IS NOT NULL THEN printf('%.2f', " + p + "." + column + ") END";
  };
  return "CASE f.field " + score("total_score") + " WHEN 'grade' THEN nullif(" + p +
         ".grade, '') " + score("iit_score") + " " + score("eit_score") + " " + score("oit_score") +
         " END";
}

TableQuery Conflicts() {
  std::string sql =
      "WITH fields(field) AS (VALUES ('total_score'), ('grade'), ('iit_score'), ('eit_score'), "
      "('oit_score')), pairs AS (SELECT c.agency_key, c.agency_name, c.agency_type, c.district, "
      "c.province, c.fiscal_year, f.field, c.report_id AS chosen_id, " +
      FieldText('c') + " AS chosen, o.report_id AS other_id, " + FieldText('o') +
      " AS other FROM candidates c JOIN candidates o ON o.agency_key = c.agency_key AND "
      "o.fiscal_year = c.fiscal_year AND o.pick > 1 CROSS JOIN fields f WHERE c.pick = 1) "
      "SELECT p.agency_key, p.agency_name, p.agency_type, p.district, p.province, p.fiscal_year, "
      "field, chosen_id, chosen, other_id, other, 'document stored last among those with a "
      "total', " +
      kComparable +
      " FROM pairs p LEFT JOIN methodology_years USING (fiscal_year) WHERE chosen <> other AND " +
      kInScope + " ORDER BY p.agency_key, p.fiscal_year, other_id, field";
  return {"conflicts",
          Columns({{"agency_key", ColumnKind::kKey},
                   {"agency_name"},
                   {"agency_type"},
                   {"district"},
                   {"province"},
                   {"fiscal_year", ColumnKind::kInteger},
                   {"field"},
                   {"chosen_report_id", ColumnKind::kKey},
                   {"chosen_value"},
                   {"other_report_id", ColumnKind::kKey},
                   {"other_value"},
                   {"rule"}}),
          sql};
}

}  // namespace

std::string AgencyKeySql() {
  return "(CASE WHEN r.agency_key <> '' THEN r.agency_key ELSE r.province || '|' || "
         "r.agency_type || '|' || r.agency_name END)";
}

std::vector<std::string> CompareIndexesSql() {
  return {
      "CREATE INDEX IF NOT EXISTS indicators_by_number ON indicators (report_id, indicator_no, "
      "score)",
      "CREATE INDEX IF NOT EXISTS measures_by_status ON measures (report_id, status)"};
}

std::string AgencyYearsSql() {
  std::string key = AgencyKeySql();
  std::string sql =
      "CREATE TEMP TABLE measure_names (ord INTEGER PRIMARY KEY, measure TEXT);"
      "INSERT INTO measure_names VALUES (0, 'total'), (1, 'iit'), (2, 'eit'), "
      "(3, 'oit')";
  for (int n = 1; n <= kIndicators; ++n) {
    sql += ", (" + std::to_string(n + 3) + ", 'indicator_" + std::to_string(n) + "')";
  }
  sql += ";CREATE TEMP TABLE candidates AS SELECT r.rowid AS stored, " + key +
         " AS agency_key, r.report_id, r.agency_name, r.agency_type, r.district, r.province, "
         "r.fiscal_year, r.total_score, r.grade, r.iit_score, r.eit_score, r.oit_score, "
         "ROW_NUMBER() OVER (PARTITION BY " +
         key + ", r.fiscal_year ORDER BY r.total_score IS NULL, r.rowid DESC) AS pick, " +
         "COUNT(*) OVER (PARTITION BY " + key +
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

std::string CountAgencyYearsSql() {
  return std::string("SELECT COUNT(*) FROM agency_years WHERE ") + kInScope;
}

std::vector<TableQuery> CompareTableQueries() {
  return {Changes(), Ranking(), Provinces(), MeasuresStatus(), Agencies(), Conflicts()};
}

std::vector<TableQuery> ReportQueries() {
  TableQuery trends{"trends",
                    {{"agency_key", ColumnKind::kKey},
                     {"agency_name"},
                     {"province"},
                     {"fiscal_year", ColumnKind::kInteger},
                     {"total_score", ColumnKind::kScore},
                     {"iit_score", ColumnKind::kScore},
                     {"eit_score", ColumnKind::kScore},
                     {"oit_score", ColumnKind::kScore},
                     {"grade"},
                     {"methodology"}},
                    std::string("SELECT agency_key, agency_name, province, fiscal_year, "
                                "total_score, iit_score, eit_score, oit_score, grade, "
                                "coalesce(methodology, 'unknown') FROM agency_years WHERE ") +
                        kInScope + " ORDER BY agency_key, fiscal_year"};
  TableQuery distribution{
      "distribution",
      {{"province"},
       {"fiscal_year", ColumnKind::kInteger},
       {"band", ColumnKind::kInteger},
       {"agencies", ColumnKind::kInteger}},
      std::string("SELECT province, fiscal_year, MIN(CAST(total_score / 5 AS INTEGER) * 5, 95), "
                  "COUNT(*) FROM agency_years WHERE total_score IS NOT NULL AND ") +
          kInScope + " GROUP BY 1, 2, 3 ORDER BY 1, 2, 3"};
  return {trends, distribution};
}

}  // namespace itapipe
