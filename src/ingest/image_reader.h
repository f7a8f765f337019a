#pragma once
// Scanned pages from image files (PNG, JPEG, single- and multi-page TIFF), through Leptonica.

#include <string_view>

#include "core/document.h"
#include "ingest/scan_cleanup.h"

namespace itapipe {

// One page per image (per TIFF directory), cleaned for OCR (ScannedPage). A file Leptonica
// cannot decode yields no pages and `unreadable_image`. Sizes are checked from the headers
// before anything is decoded: an image above options.max_megapixels yields
// `image_too_large`, a TIFF page above it `page_too_large:N` (the other pages are read), and
// more than options.max_pages pages `too_many_pages`; damage is data, never an Error.
Document ReadImages(std::string_view bytes, InputKind kind, const ScanOptions& options = {});

}  // namespace itapipe
