#pragma once
// Scanned pages made ready for OCR with Leptonica: resolution, skew, uneven background.

#include "core/document.h"

namespace itapipe {

struct ScanOptions {
  double pdf_dpi = 300;  // PDF pages that need OCR are rendered at this resolution
  double min_dpi = 200;  // scans below it are scaled up to target_dpi
  double target_dpi = 300;
  double max_megapixels = 200;  // larger page images are refused (image_too_large, or
                                // page_too_large:N for a page of a TIFF or PDF)
  int max_pages = 5000;         // images with more pages are refused (too_many_pages)
  bool deskew = true;
  bool even_background = true;
  double max_blank_ink_share = 0.0002;  // pages with less ink than this are blank
};

// Whether a cleaned page has (almost) no ink: nothing for OCR to read.
bool IsBlank(const PixelBuffer& page, double max_ink_share);

// The resolution of a scan of width x height pixels whose file says `stated` dpi: the
// stated one when it gives a page of plausible size, else the one that makes the long side
// A4's 11.69 in (phone photos and some scanners say 72 or 96 dpi, or nothing).
double PlausibleDpi(int width, int height, double stated);

// The scan at a resolution OCR reads well, deskewed and with its background evened out.
PixelBuffer CleanScan(const PixelBuffer& scan, const ScanOptions& options = {});

// Page `number` from a scan: cleaned, sized in points from its resolution, with the table
// rulings found in it; needs_ocr is set and the words are left to OCR. A blank page keeps
// no image and needs no OCR.
Page ScannedPage(int number, const PixelBuffer& scan, const ScanOptions& options = {});

}  // namespace itapipe
