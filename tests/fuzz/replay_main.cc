// A main for fuzz targets in builds without libFuzzer: feeds each file named, or each file
// in each folder named, to LLVMFuzzerTestOneInput once. Replays crash inputs as tests.

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include "core/file.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, size_t size);

namespace {

int Replay(const std::filesystem::path& file) {
  itapipe::Result<std::string> read = itapipe::ReadFile(file);
  if (!read) {
    std::fprintf(stderr, "replay: %s\n", read.error().message.c_str());
    return 1;
  }
  const std::string& bytes = *read;
  std::printf("replay: %s (%zu bytes)\n", file.c_str(), bytes.size());
  std::fflush(stdout);
  return LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::filesystem::path> files;
  for (int i = 1; i < argc; ++i) {
    std::filesystem::path arg(argv[i]);
    if (!std::filesystem::exists(arg)) {
      std::fprintf(stderr, "replay: %s: not found\n", argv[i]);
      return 1;
    }
    if (!std::filesystem::is_directory(arg)) {
      files.push_back(arg);
      continue;
    }
    for (const auto& entry : std::filesystem::directory_iterator(arg))
      if (entry.is_regular_file()) files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  for (const auto& file : files) Replay(file);
  std::printf("replay: %zu inputs\n", files.size());
  return 0;
}
