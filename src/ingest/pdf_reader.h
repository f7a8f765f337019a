#pragma once
// The text layer and table rulings of a PDF, through Poppler.

#include <string_view>

#include "core/document.h"
#include "core/result.h"

namespace itapipe {

struct PdfOptions {
  double ruling_dpi = 100;  // rendering resolution for finding table lines
  int max_pages = 5000;     // larger files are refused rather than read for hours
};

// Pages with words (raw text, not yet normalized) and rulings. A file Poppler cannot open
// or that needs a password yields a Document with no pages and a problem code
// (unreadable_pdf, encrypted_pdf); damage is data, never an Error.
Document ReadPdf(std::string_view bytes, const PdfOptions& options = {});

// One page rendered to grey pixels, for OCR. REQUIRES: 1 <= page_number <= page count.
Result<PixelBuffer> RenderPdfPage(std::string_view bytes, int page_number, double dpi);

}  // namespace itapipe
