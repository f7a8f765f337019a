#include "ingest/reader.h"

#include <filesystem>
#include <fstream>
#include <iterator>
#include <system_error>

#include "core/sha256.h"
#include "ingest/input_files.h"

namespace itapipe {
namespace {

namespace fs = std::filesystem;

// Reads the whole file, or names why not.
std::string ReadBytes(const std::string& path, const IngestOptions& options, std::string& problem) {
  std::error_code ec;
  if (!fs::exists(path, ec)) {
    problem = "file_not_found";
    return {};
  }
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
  Document doc;
  if (problem.empty() && bytes.empty()) problem = "empty_file";
  if (problem.empty()) {
    InputKind kind = SniffKind(bytes);
    if (kind == InputKind::kPdf) {
      doc = ReadPdf(bytes, options.pdf);
    } else if (kind == InputKind::kUnknown) {
      // A file named .pdf that is not one is the common case: say it as a PDF problem.
      problem = fs::path(path).extension() == ".pdf" ? "unreadable_pdf" : "unsupported_format";
    } else {
      doc.kind = kind;
      problem = "needs_ocr";
    }
  }
  if (!problem.empty()) doc.problems.push_back(problem);
  doc.source_file = path;
  bool was_read = problem.empty() || problem == "empty_file" || problem.find("pdf") != std::string::npos ||
                  problem == "unsupported_format" || problem == "needs_ocr";
  if (was_read) doc.report_id = Sha256Hex(bytes).substr(0, 16);
  return doc;
}

}  // namespace itapipe
