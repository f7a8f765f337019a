#include "ingest/image_reader.h"

#include "ingest/leptonica_pix.h"

namespace itapipe {
namespace {

const l_uint8* Data(std::string_view bytes) {
  return reinterpret_cast<const l_uint8*>(bytes.data());
}

// Decoding a huge image would take the memory of the whole batch: look at the header first.
bool TooLarge(std::string_view bytes, const ScanOptions& options) {
  l_int32 format = 0, width = 0, height = 0, bits = 0, samples = 0, colormap = 0;
  if (pixReadHeaderMem(Data(bytes), bytes.size(), &format, &width, &height, &bits, &samples,
                       &colormap) != 0) {
    return false;  // let the decoder say what is wrong
  }
  return static_cast<double>(width) * height > options.max_megapixels * 1e6;
}

// Decodes image `index` (TIFF directories in order; other formats have one): one page in
// memory at a time. `offset` carries the TIFF reader's position between calls.
PixPtr Decode(std::string_view bytes, InputKind kind, size_t index, size_t& offset) {
  if (kind != InputKind::kTiff)
    return PixPtr(index == 0 ? pixReadMem(Data(bytes), bytes.size()) : nullptr);
  if (index > 0 && offset == 0) return nullptr;  // the last directory was read
  return PixPtr(pixReadMemFromMultipageTiff(Data(bytes), bytes.size(), &offset));
}

}  // namespace

Document ReadImages(std::string_view bytes, InputKind kind, const ScanOptions& options) {
  // Leptonica reports decoding trouble on stderr; the user gets problem codes instead.
  setMsgSeverity(L_SEVERITY_NONE);
  Document doc;
  doc.kind = kind;
  if (TooLarge(bytes, options)) {
    doc.problems.push_back("image_too_large");
    return doc;
  }
  size_t offset = 0;
  for (size_t index = 0;; ++index) {
    PixPtr pix = Decode(bytes, kind, index, offset);
    if (!pix) break;
    int number = static_cast<int>(index) + 1;
    double dpi =
        PlausibleDpi(pixGetWidth(pix.get()), pixGetHeight(pix.get()), pixGetXRes(pix.get()));
    PixelBuffer scan = BufferFromPix(pix.get(), dpi);
    if (scan.pixels.empty()) {
      doc.problems.push_back("unreadable_page:" + std::to_string(number));
    } else {
      doc.pages.push_back(ScannedPage(number, scan, options));
    }
    doc.page_count = number;
  }
  if (doc.page_count == 0) doc.problems.push_back("unreadable_image");
  return doc;
}

}  // namespace itapipe
