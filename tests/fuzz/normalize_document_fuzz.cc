// Fuzz target: a document of pages of words, decoded from the fuzzer's bytes, through
// NormalizeDocument (the text-layer gate, NormalizeText, the joining of split words).

#include <cstddef>
#include <cstdint>

#include "fuzz_input.h"
#include "normalize/normalize_document.h"

namespace {

itapipe::Box DecodeBox(itapipe::FuzzInput& in) {
  double left = in.Coordinate(), top = in.Coordinate();
  return itapipe::Box{left, top, left + in.Below(200), top + in.Below(40)};
}

itapipe::Page DecodePage(itapipe::FuzzInput& in, int number) {
  itapipe::Page page;
  page.number = number;
  page.width = 595;
  page.height = 842;
  page.source = in.Below(2) ? itapipe::TextSource::kTextLayer : itapipe::TextSource::kOcr;
  for (int n = in.Below(64); n > 0 && !in.empty(); --n) {
    itapipe::Box box = DecodeBox(in);
    page.words.push_back(itapipe::Word{in.Text(32), box, in.Byte() / 255.0});
  }
  return page;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, size_t size) {
  itapipe::FuzzInput in(data, size);
  itapipe::Document doc;
  for (int number = 1; number <= 4 && !in.empty(); ++number)
    doc.pages.push_back(DecodePage(in, number));
  itapipe::NormalizeDocument(std::move(doc));
  return 0;
}
