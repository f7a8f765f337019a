#pragma once
// The extract stage as one call: a normalized Document in, its Report out.

#include "core/document.h"
#include "core/report.h"
#include "extract/knowledge.h"

namespace itapipe {

// Reads every field of the records from doc (words already in canonical form), checks
// them against the methodology of the fiscal year found, and sets status and problems.
// Never guesses: a field no rule finds stays empty and is named in problems. A score field
// (fiscal_year, total_score, grade, an indicator) read with less than the rules'
// min_confidence is written all the same, and named in problems as low_confidence:FIELD
// (low_confidence:indicator:N), which makes the status partial; so is a measure
// (low_confidence:measure:N, N from 1 in the order of measures).
Report ExtractReport(const Document& doc, const Knowledge& knowledge);

}  // namespace itapipe
