// Fuzz target: a methodology file (models/methodology/*.tsv's format) through
// ParseMethodology, and the parsed methodology looked up by year.

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "knowledge/methodology_file.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  auto methodology = itapipe::ParseMethodology(text, "fuzz.tsv");
  if (!methodology) return 0;
  std::vector<itapipe::Methodology> all{*methodology};
  if (itapipe::FindMethodology(all, methodology->first_year) == nullptr) __builtin_trap();
  return 0;
}
