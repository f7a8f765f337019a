#pragma once
// Reads back what the writers wrote, for comparing runs without a store.

#include <string_view>
#include <vector>

#include "core/report.h"
#include "core/result.h"

namespace itapipe {

// Rebuilds reports from the text of reports.csv and indicators.csv as the writers write them
// (scores therefore rounded to two decimals). Columns are found by header name, so columns
// added at the end do no harm. Measures and origins are not in these files and stay empty.
// A missing column, a bad number or an indicator of an unknown report is kInvalidInput
// naming the file, line and column.
Result<std::vector<Report>> ReadReportsCsv(std::string_view reports_csv,
                                           std::string_view indicators_csv);

}  // namespace itapipe
