#include "ingest/reader.h"

#include <filesystem>
#include <fstream>
#include <iterator>
#include <system_error>

#include "core/sha256.h"
#include "ingest/image_reader.h"
#include "ingest/input_files.h"

namespace itapipe {
namespace {

namespace fs = std::filesystem;

// Why path is not a regular file that can be opened, or "". Decided without opening it: a
// FIFO would block the read.
std::string KindProblem(const std::string& path) {
  std::error_code ec;
  fs::file_status link = fs::symlink_status(path, ec);
  if (!fs::exists(link)) return "file_not_found";
  fs::file_status target = fs::status(path, ec);
  if (!fs::exists(target)) return "broken_link";  // dangling, or a loop of links
  // A folder reaches the reader only when it could not be listed.
  if (fs::is_directory(target)) return "unreadable_folder";
  if (!fs::is_regular_file(target)) return "not_a_regular_file";
  return "";
}

// Reads the whole file, or names why not.
std::string ReadBytes(const std::string& path, const IngestOptions& options, std::string& problem) {
  std::error_code ec;
  problem = KindProblem(path);
  if (!problem.empty()) return {};
  std::uintmax_t size = fs::file_size(path, ec);
  if (ec) {
    problem = "unreadable_file";
    return {};
  }
  if (size > options.max_file_bytes) {
    problem = "file_too_large";
    return {};
  }
  std::ifstream in(path, std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (!in && !in.eof()) problem = "unreadable_file";
  return bytes;
}

}  // namespace

Document ReadDocument(const std::string& path, const IngestOptions& options) {
  std::string problem;
  std::string bytes = ReadBytes(path, options, problem);
  bool was_read = problem.empty();
  Document doc;
  bool named_pdf = fs::path(path).extension() == ".pdf";
  // A file named .pdf that is empty or not a PDF is the common case: say it as a PDF problem.
  if (problem.empty() && bytes.empty()) problem = named_pdf ? "unreadable_pdf" : "empty_file";
  if (problem.empty()) {
    InputKind kind = SniffKind(bytes);
    if (kind == InputKind::kPdf) {
      doc = ReadPdf(bytes, options.pdf);
    } else if (kind == InputKind::kUnknown) {
      problem = named_pdf ? "unreadable_pdf" : "unsupported_format";
    } else {
      doc = ReadImages(bytes, kind, options.scan);
    }
  }
  if (!problem.empty()) doc.problems.push_back(problem);
  doc.source_file = path;
  if (was_read) doc.report_id = Sha256Hex(bytes).substr(0, 16);
  return doc;
}

void RenderPagesForOcr(const std::string& path, Document& doc, const IngestOptions& options) {
  if (doc.kind != InputKind::kPdf) return;
  std::string problem;
  std::string bytes = ReadBytes(path, options, problem);
  for (Page& page : doc.pages) {
    if (!page.needs_ocr || !page.image.pixels.empty()) continue;
    // ReadPdf named the page already (page_too_large:N).
    if (PageTooLarge(page.width, page.height, options.scan.pdf_dpi, options.pdf.max_megapixels))
      continue;
    Result<PixelBuffer> rendered = RenderPdfPage(bytes, page.number, options.scan.pdf_dpi);
    if (!rendered) {
      doc.problems.push_back("unrenderable_page:" + std::to_string(page.number));
      continue;
    }
    Page scanned = ScannedPage(page.number, *rendered, options.scan);
    page.image = std::move(scanned.image);
    page.rulings = std::move(scanned.rulings);
    page.needs_ocr = scanned.needs_ocr;
  }
}

}  // namespace itapipe
