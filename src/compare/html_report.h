#pragma once
// `itapipe report`'s one self-contained HTML file: no network, no external script or style.

#include <filesystem>

#include "core/result.h"
#include "core/table.h"
#include "store/compare_source.h"

namespace itapipe {

// Writes path (whole or not at all) from source within scope: per province the distribution
// of totals by year, the provinces table and the latest year's ranking (sortable and
// filterable by a small inline script), then per agency the trend of its total and tools.
Status WriteHtmlReport(const CompareSource& source, const CompareScope& scope,
                       const std::filesystem::path& path);

}  // namespace itapipe
