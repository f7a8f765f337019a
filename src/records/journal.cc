#include "records/journal.h"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string_view>
#include <utility>

#include "records/report_line.h"

namespace itapipe {
namespace {

constexpr std::string_view kKeyStart = "{\"key\":\"";
constexpr std::string_view kReportStart = "\",\"report\":";

Error IoError(const std::filesystem::path& path, const std::string& what) {
  return MakeError(ErrorCode::kIo, path.string() + ": " + what + ": " + std::strerror(errno));
}

// The key and report of one journal line; false for a line that is not one.
bool ParseLine(std::string_view line, std::string& key, Report& report) {
  if (line.substr(0, kKeyStart.size()) != kKeyStart || line.empty() || line.back() != '}')
    return false;
  std::size_t key_end = line.find(kReportStart);
  if (key_end == std::string_view::npos) return false;
  key = std::string(line.substr(kKeyStart.size(), key_end - kKeyStart.size()));
  std::size_t start = key_end + kReportStart.size();
  Result<Report> parsed = ParseReportLine(line.substr(start, line.size() - 1 - start));
  if (!parsed) return false;
  report = std::move(*parsed);
  return true;
}

bool WriteAll(int fd, std::string_view data) {
  while (!data.empty()) {
    ssize_t n = ::write(fd, data.data(), data.size());
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    data.remove_prefix(static_cast<std::size_t>(n));
  }
  return true;
}

}  // namespace

Result<Journal> Journal::Open(const std::filesystem::path& dir, bool fresh) {
  std::filesystem::path path = dir / kFileName;
  int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
  if (fd < 0) return IoError(path, "cannot open the journal");
  Journal journal(fd, path);
  if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
    return MakeError(ErrorCode::kIo, dir.string() +
                                         ": another itapipe is writing to this folder; wait for "
                                         "it or choose another --out");
  }
  if (fresh && ::ftruncate(fd, 0) != 0) return IoError(path, "cannot empty the journal");
  if (Status s = journal.Load(); !s) return s.error();
  return journal;
}

Journal::Journal(Journal&& other) noexcept
    : fd_(std::exchange(other.fd_, -1)),
      path_(std::move(other.path_)),
      done_(std::move(other.done_)) {}

Journal::~Journal() {
  if (fd_ >= 0) ::close(fd_);
}

// Reads every whole line; cuts the file after the last one, so that the next append starts
// a line of its own. Read through fd_, not core's ReadFile: the lock is held on this
// descriptor, and a path could name another file by now.
Status Journal::Load() {
  std::string text;
  char buffer[1 << 16];
  ssize_t n;
  while ((n = ::pread(fd_, buffer, sizeof buffer, static_cast<off_t>(text.size()))) > 0)
    text.append(buffer, static_cast<std::size_t>(n));
  if (n < 0) return IoError(path_, "cannot read the journal");
  std::size_t whole = text.rfind('\n') == std::string::npos ? 0 : text.rfind('\n') + 1;
  if (whole < text.size() && ::ftruncate(fd_, static_cast<off_t>(whole)) != 0)
    return IoError(path_, "cannot repair the journal");
  std::string key;
  Report report;
  for (std::size_t start = 0, end; start < whole; start = end + 1) {
    end = text.find('\n', start);
    if (ParseLine(std::string_view(text).substr(start, end - start), key, report))
      done_[key] = std::move(report);
  }
  return Status::Ok();
}

const Report* Journal::Find(const std::string& key) const {
  auto it = done_.find(key);
  return it == done_.end() ? nullptr : &it->second;
}

Status Journal::Append(const std::string& key, const Report& report) {
  std::string line =
      std::string(kKeyStart) + key + std::string(kReportStart) + ReportLine(report) + "}\n";
  if (!WriteAll(fd_, line)) return IoError(path_, "cannot write the journal");
  if (::fdatasync(fd_) != 0) return IoError(path_, "cannot flush the journal to disk");
  done_[key] = report;
  return Status::Ok();
}

}  // namespace itapipe
