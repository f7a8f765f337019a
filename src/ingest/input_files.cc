#include "ingest/input_files.h"

#include <algorithm>
#include <filesystem>
#include <system_error>

#include "core/file.h"
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

// Adds what folder holds, depth first: documents by extension, and every entry that is
// neither a file nor a folder that can be read (a broken link, a FIFO, a device, a folder
// that cannot be listed), so that its row says what it is. Links to folders are not
// followed (they can make loops); other files are skipped.
void AddFolder(const fs::path& folder, std::vector<std::string>& found, InputList& list) {
  std::error_code ec;
  fs::directory_iterator it(folder, ec);
  if (ec) {
    found.push_back(folder.string());
    return;
  }
  for (fs::directory_iterator end; !ec && it != end; it.increment(ec)) {
    const fs::path& path = it->path();
    std::error_code status_ec;
    fs::file_status link = it->symlink_status(status_ec);
    fs::file_status target = fs::status(path, status_ec);
    if (fs::is_directory(link)) {
      AddFolder(path, found, list);
    } else if (fs::is_directory(target) ||
               (fs::is_regular_file(target) && !HasDocumentExtension(path))) {
      list.skipped.push_back(path.string());  // a link to a folder, or a file of another kind
    } else {
      found.push_back(path.string());  // a document, or what its row will say is wrong with it
    }
  }
  if (ec) found.push_back(folder.string());  // listing broke off: the folder's row says so
}

}  // namespace

InputList ExpandInputs(const std::vector<std::string>& args) {
  InputList list;
  for (const std::string& arg : args) {
    std::error_code ec;
    if (fs::is_directory(arg, ec)) {
      std::vector<std::string> found;
      AddFolder(arg, found, list);
      std::sort(found.begin(), found.end());
      for (const std::string& file : found) {
        list.files.push_back(file);
        list.relative.push_back(fs::path(file).lexically_relative(arg).string());
      }
    } else {
      list.files.push_back(arg);
      list.relative.push_back(arg);
    }
  }
  std::sort(list.skipped.begin(), list.skipped.end());
  return list;
}

std::optional<std::string> ContentHash(const std::string& path) {
  std::error_code ec;
  if (!fs::is_regular_file(path, ec)) return std::nullopt;
  Result<std::string> bytes = ReadFile(path);
  if (!bytes) return std::nullopt;
  return Sha256Hex(*bytes);
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
