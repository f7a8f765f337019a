#include "core/file.h"

#include <doctest/doctest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

namespace itapipe {
namespace {

namespace fs = std::filesystem;

struct TempDir {
  fs::path path = fs::temp_directory_path() / ("itapipe_file_" + std::to_string(::getpid()));
  TempDir() { fs::create_directories(path); }
  ~TempDir() { fs::remove_all(path); }
};

}  // namespace

TEST_CASE("ReadFile returns every byte, or why not with the path") {
  TempDir dir;
  std::string binary("a\0b\r\n\xff", 6);
  std::ofstream(dir.path / "binary", std::ios::binary) << binary;
  std::ofstream(dir.path / "empty");
  std::string big(200000, 'x');  // more than one read
  std::ofstream(dir.path / "big") << big;
  struct {
    fs::path path;
    std::string want;
  } cases[] = {{dir.path / "binary", binary}, {dir.path / "empty", ""}, {dir.path / "big", big}};
  for (const auto& c : cases) {
    Result<std::string> got = ReadFile(c.path);
    REQUIRE_MESSAGE(got.has_value(), c.path);
    CHECK(*got == c.want);
  }
  // A file under /proc says its size is 0 and still has bytes.
  Result<std::string> proc = ReadFile("/proc/self/status");
  REQUIRE(proc.has_value());
  CHECK(proc->find("Name:") == 0);

  struct {
    fs::path path;
    ErrorCode code;
    const char* reason;
  } failures[] = {{dir.path / "missing", ErrorCode::kNotFound, "No such file or directory"},
                  {dir.path, ErrorCode::kIo, "Is a directory"}};
  for (const auto& f : failures) {
    Result<std::string> got = ReadFile(f.path);
    REQUIRE_FALSE(got.has_value());
    CHECK(got.error().code == f.code);
    CHECK(got.error().message == f.path.string() + ": cannot read: " + f.reason);
  }
}

}  // namespace itapipe
