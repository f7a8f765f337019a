#pragma once
// Methodology files (models/methodology/*.tsv): one per range of fiscal years.

#include <filesystem>
#include <string_view>
#include <vector>

#include "core/methodology.h"
#include "core/result.h"

namespace itapipe {

// Parses one file's text; `name` prefixes error messages ("2561-2565.tsv: line 7: ...").
Result<Methodology> ParseMethodology(std::string_view text, std::string_view name);

// Every *.tsv in dir, sorted by first year; ranges must not overlap.
Result<std::vector<Methodology>> LoadMethodologies(const std::filesystem::path& dir);

// The methodology covering fiscal_year, or nullptr.
const Methodology* FindMethodology(const std::vector<Methodology>& all, int fiscal_year);

}  // namespace itapipe
