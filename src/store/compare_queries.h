#pragma once
// The SQL behind `itapipe compare` and `itapipe report`: temporary agency-years built from the
// store's reports, and one query per table over them. Internal to src/store/.
//
// Every table query takes the scope as parameters ?1 agency, ?2 agency matched whole (1/0),
// ?3 province, ?4 first and ?5 last fiscal year.

#include <string>
#include <vector>

#include "core/table.h"

namespace itapipe {

struct TableQuery {
  std::string name;
  std::vector<Column> columns;  // in the order the query's columns come
  std::string sql;
};

// The SQL expression of one agency's identity over the reports row aliased `r`: the
// gazetteer's agency key that extraction stored, else (a name no single place of the
// gazetteer matches, or a row stored before keys) province, type and canonical name.
std::string AgencyKeySql();

// Indexes on the store's own tables that let compare read indexes instead of rows:
// indicator scores by number, measure statuses. One statement each, so that one failing
// (a store of another schema) does not keep the others away.
std::vector<std::string> CompareIndexesSql();

// Statements that create temp.measure_names, temp.candidates (every usable document with its
// rank among the documents of its agency-year) and temp.agency_years (the chosen document
// of each agency-year, its indicators as i1..i10 and its methodology). They read
// temp.methodology_years, which the caller fills first.
std::string AgencyYearsSql();

// A query of one row and column: how many agency-years the scope keeps.
std::string CountAgencyYearsSql();

// The tables `compare` writes, in order: changes, ranking, provinces, measures_status,
// agencies, conflicts.
std::vector<TableQuery> CompareTableQueries();

// What `report` reads besides those: trends (one row per agency-year with total and tools,
// sorted by agency) and distribution (agencies per province, year and 5-point band).
std::vector<TableQuery> ReportQueries();

}  // namespace itapipe
