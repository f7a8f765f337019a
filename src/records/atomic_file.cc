#include "records/atomic_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string>
#include <vector>

namespace itapipe {
namespace {

Error IoError(const std::filesystem::path& path, const std::string& what, int err) {
  return MakeError(ErrorCode::kIo, path.string() + ": " + what + ": " + std::strerror(err));
}

// Writes all of contents to fd, retrying short writes and interrupts.
bool WriteAll(int fd, std::string_view contents) {
  while (!contents.empty()) {
    ssize_t n = ::write(fd, contents.data(), contents.size());
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    contents.remove_prefix(static_cast<std::size_t>(n));
  }
  return true;
}

// Fills the temporary file; on failure closes and removes it.
Status FillTemp(int fd, const std::string& temp, const std::filesystem::path& path,
                std::string_view contents) {
  const char* step = nullptr;
  if (!WriteAll(fd, contents))
    step = "cannot write";
  else if (::fsync(fd) != 0)
    step = "cannot flush to disk";
  int err = errno;
  if (::close(fd) != 0 && step == nullptr) {
    step = "cannot close";
    err = errno;
  }
  if (step == nullptr) return Status::Ok();
  ::unlink(temp.c_str());
  return IoError(path, step, err);
}

// Makes the rename itself durable; failure here is not worth failing the write for.
void SyncDirectory(const std::filesystem::path& dir) {
  int fd = ::open(dir.empty() ? "." : dir.c_str(), O_RDONLY | O_DIRECTORY);
  if (fd < 0) return;
  ::fsync(fd);
  ::close(fd);
}

}  // namespace

Status WriteFileAtomically(const std::filesystem::path& path, std::string_view contents) {
  std::string temp = path.string() + ".tmp-XXXXXX";
  std::vector<char> name(temp.begin(), temp.end());
  name.push_back('\0');
  int fd = ::mkstemp(name.data());
  if (fd < 0) return IoError(path, "cannot create temporary file", errno);
  temp = name.data();
  ::fchmod(fd, 0644);
  if (Status s = FillTemp(fd, temp, path, contents); !s) return s;
  if (::rename(temp.c_str(), path.c_str()) != 0) {
    int err = errno;
    ::unlink(temp.c_str());
    return IoError(path, "cannot rename temporary file into place", err);
  }
  SyncDirectory(path.parent_path());
  return Status::Ok();
}

}  // namespace itapipe
