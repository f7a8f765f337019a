#pragma once
// The text layer and table rulings of a PDF, through Poppler.

#include <memory>
#include <string>
#include <string_view>
#include <vector>

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

// An open PDF. Each page is parsed once, when it is first read, and kept: rendering a page
// for OCR later works from the same parse.
class PdfFile {
 public:
  // Opens the PDF in bytes, which it shares and keeps alive (Poppler reads them in place).
  explicit PdfFile(std::shared_ptr<const std::string> bytes);
  ~PdfFile();
  PdfFile(const PdfFile&) = delete;
  PdfFile& operator=(const PdfFile&) = delete;

  // Pages with words (raw text, not yet normalized) and rulings. A file Poppler cannot open
  // or that needs a password yields a Document with no pages and a problem code
  // (unreadable_pdf, encrypted_pdf, too_many_pages); damage is data, never an Error.
  Document ReadPages(const PdfOptions& options = {});

  // One page rendered to grey pixels, for OCR. REQUIRES: 1 <= page_number <= page count.
  Result<PixelBuffer> RenderPage(int page_number, double dpi);

  // How many times a page was parsed (created from the file), over this file's life.
  int pages_parsed() const { return pages_parsed_; }

 private:
  struct Parsed;
  struct Closer {
    void operator()(Parsed* parsed) const;
  };
  std::unique_ptr<Parsed, Closer> parsed_;
  int pages_parsed_ = 0;
};

// Whether a page of width x height points rendered at dpi would exceed max_megapixels.
bool PageTooLarge(double width, double height, double dpi, double max_megapixels);

// PdfFile's ReadPages for bytes held by the caller.
Document ReadPdf(std::string_view bytes, const PdfOptions& options = {});

}  // namespace itapipe
