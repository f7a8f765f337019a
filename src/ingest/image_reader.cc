#include "ingest/image_reader.h"

#include <string>
#include <vector>

#include "ingest/leptonica_pix.h"

namespace itapipe {
namespace {

const l_uint8* Data(std::string_view bytes) {
  return reinterpret_cast<const l_uint8*>(bytes.data());
}

struct PixelSize {
  double width = 0;
  double height = 0;
};

// The sizes of the pages, from their headers alone: a TIFF's every directory (up to one past
// max_pages), another format's one image. Empty when the headers cannot be read: the
// decoder then says what is wrong.
std::vector<PixelSize> PageSizes(std::string_view bytes, InputKind kind, int max_pages) {
  std::vector<PixelSize> sizes;
  l_int32 width = 0, height = 0, bits = 0, samples = 0, res = 0, colormap = 0, format = 0;
  if (kind != InputKind::kTiff) {
    if (pixReadHeaderMem(Data(bytes), bytes.size(), &format, &width, &height, &bits, &samples,
                         &colormap) == 0)
      sizes.push_back({double(width), double(height)});
    return sizes;
  }
  for (int n = 0; n <= max_pages; ++n) {
    if (readHeaderMemTiff(Data(bytes), bytes.size(), n, &width, &height, &bits, &samples, &res,
                          &colormap, &format) != 0)
      break;
    sizes.push_back({double(width), double(height)});
  }
  return sizes;
}

bool TooLarge(const PixelSize& size, const ScanOptions& options) {
  return size.width * size.height > options.max_megapixels * 1e6;
}

// Decodes image `index` (TIFF directories in order; other formats have one): one page in
// memory at a time. `offset` carries the TIFF reader's position between calls; by_index
// finds each directory afresh instead, which lets a page be skipped without decoding it.
PixPtr Decode(std::string_view bytes, InputKind kind, size_t index, size_t& offset, bool by_index) {
  if (kind != InputKind::kTiff)
    return PixPtr(index == 0 ? pixReadMem(Data(bytes), bytes.size()) : nullptr);
  if (by_index) return PixPtr(pixReadMemTiff(Data(bytes), bytes.size(), int(index)));
  if (index > 0 && offset == 0) return nullptr;  // the last directory was read
  return PixPtr(pixReadMemFromMultipageTiff(Data(bytes), bytes.size(), &offset));
}

void IgnoreLeptonicaMessage(const char*) {}

// A problem that refuses the whole file before anything is decoded, or "".
std::string FileProblem(const std::vector<PixelSize>& sizes, InputKind kind,
                        const ScanOptions& options) {
  if (int(sizes.size()) > options.max_pages) return "too_many_pages";
  if (kind != InputKind::kTiff && !sizes.empty() && TooLarge(sizes[0], options))
    return "image_too_large";
  return "";
}

void AddPage(PixPtr pix, int number, const ScanOptions& options, Document& doc) {
  double dpi = PlausibleDpi(pixGetWidth(pix.get()), pixGetHeight(pix.get()), pixGetXRes(pix.get()));
  PixelBuffer scan = BufferFromPix(pix.get(), dpi);
  pix.reset();
  if (scan.pixels.empty()) {
    doc.problems.push_back("unreadable_page:" + std::to_string(number));
  } else {
    doc.pages.push_back(ScannedPage(number, scan, options));
  }
}

}  // namespace

Document ReadImages(std::string_view bytes, InputKind kind, const ScanOptions& options) {
  // Leptonica reports decoding trouble on stderr (some of it past its severity setting, as
  // "Bad file: amount too big" for a truncated TIFF); the user gets problem codes instead.
  setMsgSeverity(L_SEVERITY_NONE);
  leptSetStderrHandler(IgnoreLeptonicaMessage);
  Document doc;
  doc.kind = kind;
  std::vector<PixelSize> sizes = PageSizes(bytes, kind, options.max_pages);
  if (std::string problem = FileProblem(sizes, kind, options); !problem.empty()) {
    doc.problems.push_back(problem);
    return doc;
  }
  bool skips = false;
  for (const PixelSize& size : sizes) skips = skips || TooLarge(size, options);
  size_t offset = 0;
  // Never more pages than the headers list: a TIFF whose directories point back at one
  // another decodes the same page for ever (found by fuzzing; kept in
  // tests/fuzz/regressions/image_reader/). Without a list, at most max_pages.
  size_t limit = sizes.empty() ? static_cast<size_t>(options.max_pages) : sizes.size();
  for (size_t index = 0; index < limit; ++index) {
    int number = static_cast<int>(index) + 1;
    if (skips && TooLarge(sizes[index], options)) {
      doc.problems.push_back("page_too_large:" + std::to_string(number));
      doc.page_count = number;
      continue;
    }
    PixPtr pix = Decode(bytes, kind, index, offset, skips);
    if (!pix) break;
    AddPage(std::move(pix), number, options, doc);
    doc.page_count = number;
  }
  if (doc.page_count == 0) doc.problems.push_back("unreadable_image");
  return doc;
}

}  // namespace itapipe
