#pragma once
// Improvement measures from the plan and progress tables of an ITA analysis report.

#include <vector>

#include "core/document.h"
#include "core/report.h"
#include "extract/measure_table_rules.h"
#include "extract/page_text.h"
#include "layout/page_layout.h"
#include "layout/table_builder.h"

namespace itapipe {

// Finds the tables of every page whose header names the measure columns (issue, approach,
// measure, owner, period, status) and returns one Measure per data row, in document order.
// Columns are mapped from each table's own header; a table without one continues the previous
// measure table when it starts the next page with as many columns. A vertically merged cell
// gives its value to every row it spans. Status comes from a mark or text in a status
// sub-column, else from a result text that starts with a status word, else unknown. The tool
// comes from the nearest line above the table that names one, else from the table it continues.
std::vector<Measure> ExtractMeasures(const Document& doc, const std::vector<PageLayout>& layouts,
                                     const MeasureTableRules& rules);

// ExtractMeasures with the layout built here.
std::vector<Measure> ExtractMeasures(const Document& doc, const MeasureTableRules& rules,
                                     const TableOptions& options = {});

// The pages whose text shows the header of a measure table (kMeasureTableRoles different
// column roles of rules within a few lines) although no measure was read from them: a table
// whose rows or columns could not be found, which must not pass for a report with no
// measures there.
std::vector<int> PagesWithUnreadMeasures(const std::vector<PageContent>& pages,
                                         const std::vector<Measure>& measures,
                                         const MeasureTableRules& rules);

}  // namespace itapipe
