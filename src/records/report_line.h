#pragma once
// A Report as one line of JSON that reads back to an equal Report: how a worker process hands
// its report to the batch, and how the journal keeps it. Not the records.jsonl format: numbers
// keep every digit, and every field is there.

#include <string>
#include <string_view>

#include "core/report.h"
#include "core/result.h"

namespace itapipe {

// One line of JSON without a line end: ParseReportLine(ReportLine(r)) == r for every r.
std::string ReportLine(const Report& report);

// The Report a ReportLine holds; kInvalidInput when the text is not one.
Result<Report> ParseReportLine(std::string_view line);

}  // namespace itapipe
