#pragma once
// Reading one input file of any supported kind into a Document.

#include <cstdint>
#include <string>

#include "core/document.h"
#include "ingest/pdf_reader.h"

namespace itapipe {

struct IngestOptions {
  PdfOptions pdf;
  std::uintmax_t max_file_bytes = std::uintmax_t{1} << 30;
};

// Never fails: a file that cannot be read is a Document with no pages and a problem code
// (file_not_found, unreadable_file, file_too_large, empty_file, unreadable_pdf,
// encrypted_pdf, unsupported_format). source_file is path as given.
Document ReadDocument(const std::string& path, const IngestOptions& options = {});

}  // namespace itapipe
