#pragma once
// The four output files of `itapipe extract` published as one set: a reader never finds files
// of two runs side by side, and no temporary file survives.

#include <filesystem>
#include <string_view>
#include <vector>

#include "core/report.h"
#include "core/result.h"

namespace itapipe {

// Written last, after the four files are in place: the SHA-256 of each. The four files are a
// set exactly when each matches the manifest.
inline constexpr const char* kManifestName = ".itapipe-manifest.json";

// Writes reports.csv, indicators.csv, measures.csv, records.jsonl and then the manifest into
// a staging folder inside dir, each flushed to disk; then removes dir's manifest, renames the
// four into dir and the manifest last. A run killed before the staged manifest leaves dir as
// it was; one killed after is completed by FinishOrCleanUp.
Status PublishRecords(const std::vector<Report>& reports, const std::filesystem::path& dir,
                      std::string_view version);

// What a killed run left in dir: completes the publication of a staging folder that was
// marked complete, removes any other, and removes temporary files (*.tmp-*).
Status FinishOrCleanUp(const std::filesystem::path& dir);

}  // namespace itapipe
