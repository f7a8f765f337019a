#pragma once
// The output files of `itapipe extract` (../shared/spec/records.md), as text and on disk.

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "core/report.h"
#include "core/result.h"

namespace itapipe {

// CSV files: UTF-8 BOM, header row, one row per report / indicator / measure in the order
// given, RFC 4180, "\r\n". Absent values (and pages of 0) are empty cells; problems are
// joined with ';'; scores and confidences have two decimals.
std::string ReportsCsv(const std::vector<Report>& reports);
std::string IndicatorsCsv(const std::vector<Report>& reports);
std::string MeasuresCsv(const std::vector<Report>& reports);

// One JSON object per report and line ("\n", no BOM): the reports.csv fields (absent
// numbers are null, text fields are strings, "" when not found), "problems" as an array,
// "indicators" and "measures" arrays, and "provenance" with the origins of fields and the
// tool's name and version.
std::string RecordsJsonl(const std::vector<Report>& reports, std::string_view version);

// Creates out_dir if needed and writes reports.csv, indicators.csv, measures.csv and
// records.jsonl into it, each atomically.
Status WriteRecords(const std::vector<Report>& reports, const std::filesystem::path& out_dir,
                    std::string_view version);

}  // namespace itapipe
