#include "ingest/input_files.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <system_error>

#include "core/sha256.h"

namespace itapipe {
namespace {

namespace fs = std::filesystem;

bool HasDocumentExtension(const fs::path& path) {
  std::string ext = path.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) {
    return static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  });
  return ext == ".pdf" || ext == ".png" || ext == ".jpg" || ext == ".jpeg" || ext == ".tif" ||
         ext == ".tiff";
}

void AddFolder(const fs::path& folder, InputList& list) {
  std::vector<std::string> found;
  std::error_code ec;
  auto options = fs::directory_options::skip_permission_denied;
  for (fs::recursive_directory_iterator it(folder, options, ec), end; !ec && it != end;
       it.increment(ec)) {
    if (!it->is_regular_file(ec)) continue;
    (HasDocumentExtension(it->path()) ? found : list.skipped).push_back(it->path().string());
  }
  std::sort(found.begin(), found.end());
  list.files.insert(list.files.end(), found.begin(), found.end());
}

}  // namespace

InputList ExpandInputs(const std::vector<std::string>& args) {
  InputList list;
  for (const std::string& arg : args) {
    std::error_code ec;
    if (fs::is_directory(arg, ec)) {
      AddFolder(arg, list);
    } else {
      list.files.push_back(arg);
    }
  }
  std::sort(list.skipped.begin(), list.skipped.end());
  return list;
}

std::optional<std::string> ContentHash(const std::string& path) {
  std::error_code ec;
  if (!fs::is_regular_file(path, ec)) return std::nullopt;
  std::ifstream in(path, std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (!in && !in.eof()) return std::nullopt;
  return Sha256Hex(bytes);
}

InputKind SniffKind(std::string_view bytes) {
  auto starts = [&](std::string_view magic) { return bytes.substr(0, magic.size()) == magic; };
  // PDF readers accept a header within the first KiB; so do we.
  if (bytes.substr(0, 1024).find("%PDF-") != std::string_view::npos) return InputKind::kPdf;
  if (starts("\x89PNG\r\n\x1a\n")) return InputKind::kPng;
  if (starts("\xFF\xD8\xFF")) return InputKind::kJpeg;
  if (starts(std::string_view("II*\0", 4)) || starts(std::string_view("MM\0*", 4)))
    return InputKind::kTiff;
  return InputKind::kUnknown;
}

}  // namespace itapipe
