#include "records/output_set.h"

#include <fcntl.h>
#include <stdlib.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string>
#include <system_error>
#include <utility>
#include <vector>

#include "core/sha256.h"
#include "records/atomic_file.h"
#include "records/json.h"
#include "records/writers.h"

namespace itapipe {
namespace {

namespace fs = std::filesystem;

constexpr const char* kStagingPrefix = ".itapipe-staging-";

Error IoError(const fs::path& path, const std::string& what, int err) {
  return MakeError(ErrorCode::kIo, path.string() + ": " + what + ": " + std::strerror(err));
}

void SyncDirectory(const fs::path& dir) {
  int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return;
  ::fsync(fd);
  ::close(fd);
}

Result<fs::path> MakeStaging(const fs::path& dir) {
  std::string name = (dir / kStagingPrefix).string() + "XXXXXX";
  if (::mkdtemp(name.data()) == nullptr)
    return IoError(dir, "cannot create a staging folder", errno);
  return fs::path(name);
}

// The staged files still in staging, without the manifest. A staging folder holds only files
// of its set, so a run that completes another's publication needs no list of their names.
std::vector<std::string> StagedNames(const fs::path& staging) {
  std::vector<std::string> names;
  std::error_code ec;
  for (const fs::directory_entry& entry : fs::directory_iterator(staging, ec)) {
    std::string name = entry.path().filename().string();
    if (name != kManifestName) names.push_back(name);
  }
  return names;
}

// Moves the staged files still in staging into dir, the manifest last, and removes staging.
Status MoveIntoPlace(const fs::path& staging, const fs::path& dir) {
  std::error_code ec;
  fs::remove(dir / kManifestName, ec);
  SyncDirectory(dir);
  for (const std::string& name : StagedNames(staging)) {
    if (::rename((staging / name).c_str(), (dir / name).c_str()) != 0)
      return IoError(dir / name, "cannot move into place", errno);
  }
  SyncDirectory(dir);
  if (::rename((staging / kManifestName).c_str(), (dir / kManifestName).c_str()) != 0)
    return IoError(dir / kManifestName, "cannot move into place", errno);
  SyncDirectory(dir);
  fs::remove_all(staging, ec);
  return Status::Ok();
}

}  // namespace

std::vector<OutputFile> RecordFiles(const std::vector<Report>& reports, std::string_view version) {
  return {{"reports.csv", ReportsCsv(reports)},
          {"indicators.csv", IndicatorsCsv(reports)},
          {"measures.csv", MeasuresCsv(reports)},
          {"records.jsonl", RecordsJsonl(reports, version)}};
}

Status PublishRecords(const std::vector<Report>& reports, const fs::path& dir,
                      std::string_view version, const std::vector<OutputFile>& extra) {
  std::vector<OutputFile> files = RecordFiles(reports, version);
  files.insert(files.end(), extra.begin(), extra.end());
  return PublishFiles(files, dir);
}

Status PublishFiles(const std::vector<OutputFile>& files, const fs::path& dir) {
  Result<fs::path> staging = MakeStaging(dir);
  if (!staging) return staging.error();
  JsonObject sums;
  for (const auto& [name, contents] : files) {
    if (Status s = WriteFileAtomically(*staging / name, contents); !s) return s;
    sums.Add(name, JsonString(Sha256Hex(contents)));
  }
  // Staged last, the manifest says that every file is whole on disk: from then on the set
  // can be finished, by this run or by the next.
  std::string manifest = JsonObject().Add("sha256", sums.Text()).Text() + "\n";
  if (Status s = WriteFileAtomically(*staging / kManifestName, manifest); !s) return s;
  SyncDirectory(*staging);
  return MoveIntoPlace(*staging, dir);
}

Status FinishOrCleanUp(const fs::path& dir) {
  std::error_code ec;
  std::vector<fs::path> entries;
  for (const fs::directory_entry& entry : fs::directory_iterator(dir, ec))
    entries.push_back(entry.path());
  if (ec) return IoError(dir, "cannot list the output folder", ec.value());
  for (const fs::path& path : entries) {
    std::string name = path.filename().string();
    if (name.rfind(kStagingPrefix, 0) == 0) {
      if (fs::exists(path / kManifestName, ec)) {
        if (Status s = MoveIntoPlace(path, dir); !s) return s;
      }
      fs::remove_all(path, ec);
    } else if (name.find(".tmp-") != std::string::npos) {
      fs::remove(path, ec);
    }
  }
  return Status::Ok();
}

}  // namespace itapipe
