#include "records/output_set.h"

#include <doctest/doctest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "core/file.h"

namespace itapipe {
namespace {

namespace fs = std::filesystem;

struct TempDir {
  fs::path path = fs::temp_directory_path() / ("itapipe_set_" + std::to_string(::getpid()));
  TempDir() { fs::create_directories(path); }
  ~TempDir() { fs::remove_all(path); }
};

std::string Slurp(const fs::path& path) {
  Result<std::string> bytes = ReadFile(path);
  return bytes ? *bytes : std::string();
}

int Entries(const fs::path& dir) {
  return static_cast<int>(std::distance(fs::directory_iterator(dir), fs::directory_iterator()));
}

TEST_CASE("PublishRecords writes the four files and the manifest, and nothing else") {
  TempDir dir;
  Report r;
  r.report_id = "ab";
  REQUIRE(PublishRecords({r}, dir.path, "1").ok());
  CHECK(Entries(dir.path) == 5);
  CHECK(Slurp(dir.path / kManifestName).find("\"reports.csv\":\"") != std::string::npos);
  CHECK(Slurp(dir.path / "reports.csv").find("\r\nab,") != std::string::npos);
}

TEST_CASE("FinishOrCleanUp completes a staged set and removes what was not staged whole") {
  TempDir dir;
  REQUIRE(PublishRecords({}, dir.path, "1").ok());
  std::string old_manifest = Slurp(dir.path / kManifestName);
  // A run killed after staging its whole set (manifest included), before moving it in.
  fs::create_directories(dir.path / ".itapipe-staging-done01");
  std::ofstream(dir.path / ".itapipe-staging-done01" / "reports.csv") << "new";
  std::ofstream(dir.path / ".itapipe-staging-done01" / kManifestName) << "{}\n";
  // One killed while staging, and a temporary file of an atomic write.
  fs::create_directories(dir.path / ".itapipe-staging-half02");
  std::ofstream(dir.path / ".itapipe-staging-half02" / "reports.csv") << "half";
  std::ofstream(dir.path / "measures.csv.tmp-Xy12ab") << "partial";
  REQUIRE(FinishOrCleanUp(dir.path).ok());
  CHECK(Entries(dir.path) == 5);
  CHECK(Slurp(dir.path / "reports.csv") == "new");
  CHECK(Slurp(dir.path / kManifestName) == "{}\n");
  CHECK(Slurp(dir.path / kManifestName) != old_manifest);
}

}  // namespace
}  // namespace itapipe
