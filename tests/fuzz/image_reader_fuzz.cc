// Fuzz target: a PNG, JPEG or TIFF file's bytes through ReadImages (Leptonica's decoders, then
// the scan cleanup and ruling detector on each page), the kind sniffed as ReadDocument does.

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "ingest/image_reader.h"
#include "ingest/input_files.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  itapipe::InputKind kind = itapipe::SniffKind(bytes);
  if (kind == itapipe::InputKind::kPdf || kind == itapipe::InputKind::kUnknown) return 0;
  // Small pages keep the fuzzer fast: scans below 30 dpi are scaled to 40 (not 300) and
  // anything above 4 megapixels is refused; every step of the cleanup still runs.
  itapipe::ScanOptions options{.min_dpi = 30, .target_dpi = 40, .max_megapixels = 4};
  itapipe::ReadImages(bytes, kind, options);
  return 0;
}
