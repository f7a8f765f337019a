#include "records/atomic_file.h"

#include <doctest/doctest.h>
#include <unistd.h>

#include <cstdint>
#include <filesystem>
#include <string>

#include "core/file.h"

namespace itapipe {
namespace {

namespace fs = std::filesystem;

// A fresh directory under the system temp dir, removed when the test ends.
struct TempDir {
  fs::path path =
      fs::temp_directory_path() / ("itapipe_atomic_" + std::to_string(::getpid()) + "_" +
                                   std::to_string(reinterpret_cast<std::uintptr_t>(this)));
  TempDir() { fs::create_directories(path); }
  ~TempDir() { fs::remove_all(path); }
};

std::string ReadAll(const fs::path& path) {
  Result<std::string> bytes = ReadFile(path);
  return bytes ? *bytes : std::string();
}

}  // namespace

TEST_CASE("WriteFileAtomically creates and replaces files, leaving no temporaries") {
  TempDir dir;
  fs::path file = dir.path / "reports.csv";
  struct {
    std::string contents;
  } cases[] = {{"first\r\n"}, {std::string("\xEF\xBB\xBF\0x", 5)}, {""}, {"ไทย\n"}};
  for (const auto& c : cases) {
    REQUIRE(WriteFileAtomically(file, c.contents).ok());
    CHECK(ReadAll(file) == c.contents);
  }
  int entries = 0;
  for ([[maybe_unused]] const auto& e : fs::directory_iterator(dir.path)) ++entries;
  CHECK(entries == 1);
}

TEST_CASE("WriteFileAtomically names the path when it fails") {
  TempDir dir;
  fs::path file = dir.path / "missing" / "out.csv";
  Status s = WriteFileAtomically(file, "x");
  REQUIRE_FALSE(s.ok());
  CHECK(s.error().code == ErrorCode::kIo);
  CHECK(s.error().message.rfind(file.string() + ": ", 0) == 0);
}

}  // namespace itapipe
