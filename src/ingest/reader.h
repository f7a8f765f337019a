#pragma once
// Reading one input file of any supported kind into a Document.

#include <cstdint>
#include <memory>
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

// An input file read once: its bytes and, for a PDF, the open document. Reading its pages
// and rendering them for OCR both work from memory: the file is never read again and each
// PDF page is parsed once.
class SourceFile {
 public:
  // Reads path. Never fails: what went wrong becomes a problem of ReadPages' Document.
  static SourceFile Open(const std::string& path, const IngestOptions& options = {});

  // The pages (problem codes: file_not_found, broken_link, not_a_regular_file,
  // unreadable_folder, unreadable_file, file_too_large, empty_file, unreadable_pdf,
  // encrypted_pdf, empty_document, too_many_pages, page_too_large:N, unreadable_image,
  // image_too_large, unsupported_format). source_file is the path as given. Image files come as
  // scanned pages (page.image set, needs_ocr); PDF pages as their text layer, needs_ocr where they
  // have none.
  Document ReadPages();

  // Renders every PDF page of doc that needs OCR and has no image yet into page.image,
  // cleaned like a scan, with the rulings found in the image. A page that cannot be rendered
  // is named in doc.problems (unrenderable_page:N).
  void RenderPagesForOcr(Document& doc);

  // How often the file was read from disk and its PDF pages parsed, for tests.
  int file_reads() const { return file_reads_; }
  int pages_parsed() const;

 private:
  SourceFile() = default;

  std::string path_;
  IngestOptions options_;
  std::shared_ptr<const std::string> bytes_;
  std::string problem_;  // why the file could not be read, or ""
  InputKind kind_ = InputKind::kUnknown;
  std::shared_ptr<PdfFile> pdf_;
  int file_reads_ = 0;
  bool was_read_ = false;  // the bytes were read: the report_id is theirs
};

// SourceFile::Open(path, options).ReadPages(): a file whose pages are all that is needed.
Document ReadDocument(const std::string& path, const IngestOptions& options = {});

}  // namespace itapipe
