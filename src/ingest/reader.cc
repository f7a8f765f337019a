#include "ingest/reader.h"

#include <filesystem>
#include <system_error>
#include <utility>

#include "core/file.h"
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
  Result<std::string> bytes = ReadFile(path);
  if (!bytes) {
    problem = "unreadable_file";
    return {};
  }
  return std::move(*bytes);
}

bool NamedPdf(const std::string& path) { return fs::path(path).extension() == ".pdf"; }

}  // namespace

SourceFile SourceFile::Open(const std::string& path, const IngestOptions& options) {
  SourceFile source;
  source.path_ = path;
  source.options_ = options;
  source.bytes_ = std::make_shared<const std::string>(ReadBytes(path, options, source.problem_));
  source.file_reads_ = 1;
  source.was_read_ = source.problem_.empty();
  // A file named .pdf that is empty or not a PDF is the common case: say it as a PDF problem.
  if (source.problem_.empty() && source.bytes_->empty())
    source.problem_ = NamedPdf(path) ? "unreadable_pdf" : "empty_file";
  if (source.problem_.empty()) source.kind_ = SniffKind(*source.bytes_);
  if (source.problem_.empty() && source.kind_ == InputKind::kUnknown)
    source.problem_ = NamedPdf(path) ? "unreadable_pdf" : "unsupported_format";
  if (source.kind_ == InputKind::kPdf) source.pdf_ = std::make_shared<PdfFile>(source.bytes_);
  return source;
}

Document SourceFile::ReadPages() {
  Document doc;
  if (problem_.empty()) {
    doc = kind_ == InputKind::kPdf ? pdf_->ReadPages(options_.pdf)
                                   : ReadImages(*bytes_, kind_, options_.scan);
  } else {
    doc.problems.push_back(problem_);
  }
  doc.source_file = path_;
  if (was_read_) doc.report_id = Sha256Hex(*bytes_).substr(0, 16);
  return doc;
}

void SourceFile::RenderPagesForOcr(Document& doc) {
  if (!pdf_) return;
  for (Page& page : doc.pages) {
    if (!page.needs_ocr || !page.image.pixels.empty()) continue;
    // ReadPages named the page already (page_too_large:N).
    if (PageTooLarge(page.width, page.height, options_.scan.pdf_dpi, options_.pdf.max_megapixels))
      continue;
    Result<PixelBuffer> rendered = pdf_->RenderPage(page.number, options_.scan.pdf_dpi);
    if (!rendered) {
      doc.problems.push_back("unrenderable_page:" + std::to_string(page.number));
      continue;
    }
    Page scanned = ScannedPage(page.number, *rendered, options_.scan);
    page.image = std::move(scanned.image);
    page.rulings = std::move(scanned.rulings);
    page.needs_ocr = scanned.needs_ocr;
  }
}

int SourceFile::pages_parsed() const { return pdf_ ? pdf_->pages_parsed() : 0; }

Document ReadDocument(const std::string& path, const IngestOptions& options) {
  return SourceFile::Open(path, options).ReadPages();
}

}  // namespace itapipe
