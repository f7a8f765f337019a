#include "ingest/scan_cleanup.h"

#include <algorithm>
#include <cmath>

#include "ingest/leptonica_pix.h"
#include "ingest/ruling_detector.h"

namespace itapipe {
namespace {

constexpr double kA4LongSideInches = 11.69;

// After EvenBackground the paper is white, so light grey hairlines count as ink too.
constexpr RulingOptions kScanRulings{.ink_threshold = 225, .bridge_points = 1, .max_side_ink = 0.3};

PixPtr Upscaled(PixPtr pix, double& dpi, const ScanOptions& options) {
  if (dpi >= options.min_dpi) return pix;
  auto factor = static_cast<l_float32>(options.target_dpi / dpi);
  PixPtr scaled(pixScale(pix.get(), factor, factor));
  if (!scaled) return pix;
  dpi = options.target_dpi;
  return scaled;
}

// Leptonica finds the skew on a binarized copy; the rotation brings in white at the edges.
PixPtr Deskewed(PixPtr pix) {
  l_float32 angle = 0, confidence = 0;
  PixPtr straight(pixFindSkewAndDeskew(pix.get(), 2, &angle, &confidence));
  return straight ? std::move(straight) : std::move(pix);
}

// Shading, phone-photo light falloff and yellowed paper become a white background (the
// Simple variant's target is grey 200, which Tesseract reads worse).
PixPtr EvenBackground(PixPtr pix) {
  PixPtr even(pixBackgroundNorm(pix.get(), nullptr, nullptr, 10, 15, 100, 50, 255, 2, 1));
  return even ? std::move(even) : std::move(pix);
}

}  // namespace

double PlausibleDpi(int width, int height, double stated) {
  int long_side = std::max(width, height);
  if (long_side <= 0) return stated;
  double inches = stated > 0 ? long_side / stated : 0;
  if (stated >= 100 && inches >= 5 && inches <= 17) return stated;
  return long_side / kA4LongSideInches;
}

PixelBuffer CleanScan(const PixelBuffer& scan, const ScanOptions& options) {
  double dpi = scan.dpi;
  PixPtr pix = GreyPix(scan);
  if (!pix) return scan;
  pix = Upscaled(std::move(pix), dpi, options);
  if (options.even_background) pix = EvenBackground(std::move(pix));
  if (options.deskew) pix = Deskewed(std::move(pix));
  PixelBuffer clean = BufferFromPix(pix.get(), dpi);
  return clean.pixels.empty() ? scan : clean;
}

bool IsBlank(const PixelBuffer& page, double max_ink_share) {
  size_t ink =
      std::count_if(page.pixels.begin(), page.pixels.end(), [](std::uint8_t v) { return v < 128; });
  return ink <= max_ink_share * static_cast<double>(page.pixels.size());
}

Page ScannedPage(int number, const PixelBuffer& scan, const ScanOptions& options) {
  Page page;
  page.number = number;
  page.image = CleanScan(scan, options);
  if (IsBlank(page.image, options.max_blank_ink_share)) {
    // Nothing to read: no OCR, and no needs_ocr problem either.
    page.width = page.image.width * 72.0 / page.image.dpi;
    page.height = page.image.height * 72.0 / page.image.dpi;
    page.image = PixelBuffer{};
    return page;
  }
  page.width = page.image.width * 72.0 / page.image.dpi;
  page.height = page.image.height * 72.0 / page.image.dpi;
  std::vector<Ruling> found = DetectRulings(page.image, kScanRulings);
  // Bilevel scans break hairlines into dashes with long gaps.
  page.rulings = SnapEnds(TableRulings(JoinCollinear(std::move(found), 1.5, 30)));
  page.needs_ocr = true;
  return page;
}

}  // namespace itapipe
