#pragma once
// The text layer and table rulings of a PDF, through Poppler.

#include <string_view>

#include "core/document.h"
#include "core/result.h"

namespace itapipe {

struct PdfOptions {
  double ruling_dpi = 100;  // rendering resolution for finding table lines
  int max_pages = 5000;     // larger files are refused rather than read for hours
  // Pages whose rendering for OCR (pdf_dpi) would exceed this are not rendered at all
  // (page_too_large:N); their text layer is still read.
  double max_megapixels = 200;
  double ocr_dpi = 300;
};

// Pages with words (raw text, not yet normalized) and rulings. A file Poppler cannot open
// or that needs a password yields a Document with no pages and a problem code
// (unreadable_pdf, encrypted_pdf, empty_document for no pages, too_many_pages); a page too
// large to render is page_too_large:N; damage is data, never an Error.
Document ReadPdf(std::string_view bytes, const PdfOptions& options = {});

// Whether a page of width x height points rendered at dpi would exceed max_megapixels.
bool PageTooLarge(double width, double height, double dpi, double max_megapixels);

// One page rendered to grey pixels, for OCR. REQUIRES: 1 <= page_number <= page count.
Result<PixelBuffer> RenderPdfPage(std::string_view bytes, int page_number, double dpi);

}  // namespace itapipe
