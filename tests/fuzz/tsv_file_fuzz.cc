// Fuzz target: text through ParseTsv, checking what its callers rely on: every line has a
// first field, and line numbers rise.

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "core/tsv_file.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  int previous = 0;
  for (const itapipe::TsvLine& line : itapipe::ParseTsv(text)) {
    if (line.fields.empty() || line.number <= previous) __builtin_trap();
    previous = line.number;
  }
  return 0;
}
