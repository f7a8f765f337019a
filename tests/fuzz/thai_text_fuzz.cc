// Fuzz target: raw text through NormalizeText, checking the contract's idempotence, and
// through ThaiDigitsToAscii.

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "normalize/thai_text.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, size_t size) {
  std::string_view raw(reinterpret_cast<const char*>(data), size);
  std::string once = itapipe::NormalizeText(raw);
  if (itapipe::NormalizeText(once) != once) std::abort();
  itapipe::ThaiDigitsToAscii(raw);
  return 0;
}
