#pragma once
// The output files of `itapipe extract` and `itapipe merge` published as one set: a reader never
// finds files of two runs side by side, and no temporary file survives.

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "core/report.h"
#include "core/result.h"

namespace itapipe {

// Written last, after the four files are in place: the SHA-256 of each. The four files are a
// set exactly when each matches the manifest.
inline constexpr const char* kManifestName = ".itapipe-manifest.json";

// One file of a set, by its name inside the output folder.
struct OutputFile {
  std::string name;
  std::string contents;
};

// reports.csv, indicators.csv, measures.csv and records.jsonl of reports, in that order.
std::vector<OutputFile> RecordFiles(const std::vector<Report>& reports, std::string_view version);

// Writes files and then the manifest into a staging folder inside dir, each flushed to disk;
// then removes dir's manifest, renames the files into dir and the manifest last. A run killed
// before the staged manifest leaves dir as it was; one killed after is completed by
// FinishOrCleanUp. REQUIRES: names are plain file names, none of them kManifestName.
Status PublishFiles(const std::vector<OutputFile>& files, const std::filesystem::path& dir);

// PublishFiles of RecordFiles(reports, version) and extra (such as a shard's description),
// all in one set.
Status PublishRecords(const std::vector<Report>& reports, const std::filesystem::path& dir,
                      std::string_view version, const std::vector<OutputFile>& extra = {});

// What a killed run left in dir: completes the publication of a staging folder that was
// marked complete, removes any other, and removes temporary files (*.tmp-*).
Status FinishOrCleanUp(const std::filesystem::path& dir);

}  // namespace itapipe
