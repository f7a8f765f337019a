#pragma once
// Reading one input file of any supported kind into a Document.

#include <cstdint>
#include <string>

#include "core/document.h"
#include "ingest/pdf_reader.h"
#include "ingest/scan_cleanup.h"

namespace itapipe {

struct IngestOptions {
  PdfOptions pdf;
  ScanOptions scan;
  std::uintmax_t max_file_bytes = std::uintmax_t{1} << 30;
};

// Never fails: a file that cannot be read is a Document with no pages and a problem code
// (file_not_found, broken_link, not_a_regular_file, unreadable_folder, unreadable_file,
// file_too_large, empty_file, unreadable_pdf,
// encrypted_pdf, unreadable_image, image_too_large, unsupported_format). source_file is path
// as given. Image files come as scanned pages (page.image set, needs_ocr); PDF pages as their
// text layer, needs_ocr where they have none.
Document ReadDocument(const std::string& path, const IngestOptions& options = {});

// Renders every PDF page of doc (read from path) that needs OCR and has no image yet into
// page.image, cleaned like a scan, with the rulings found in the image. A page that cannot
// be rendered is named in doc.problems (unrenderable_page:N).
void RenderPagesForOcr(const std::string& path, Document& doc, const IngestOptions& options = {});

}  // namespace itapipe
