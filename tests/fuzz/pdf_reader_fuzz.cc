// Fuzz target: a PDF file's bytes through ReadPdf (Poppler's parser, the glyph layout, the
// ruling detector on the rendered page), checking that every word is valid UTF-8.

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "core/utf8.h"
#include "ingest/pdf_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, size_t size) {
  // A few pages at a low resolution reach every path; more only slow the fuzzer down.
  itapipe::PdfOptions options{.ruling_dpi = 50, .max_pages = 8};
  itapipe::Document doc =
      itapipe::ReadPdf(std::string_view(reinterpret_cast<const char*>(data), size), options);
  for (const itapipe::Page& page : doc.pages)
    for (const itapipe::Word& word : page.words)
      if (itapipe::EncodeUtf8(itapipe::DecodeUtf8(word.text)) != word.text) __builtin_trap();
  return 0;
}
