#pragma once
// The journal of an output folder: every finished document's report, appended and flushed
// to disk as soon as it is read, so that a batch killed at any moment keeps what it finished
// and a rerun reads only what was in flight.

#include <filesystem>
#include <map>
#include <string>

#include "core/report.h"
#include "core/result.h"

namespace itapipe {

class Journal {
 public:
  // The journal's name inside its output folder.
  static constexpr const char* kFileName = ".itapipe-journal.jsonl";

  // Opens dir's journal, creating it when missing, and locks it: a second batch writing the
  // same folder is kIo naming it. A last line that a kill left half written is dropped.
  // fresh empties the journal instead of reading it: every document is read again.
  static Result<Journal> Open(const std::filesystem::path& dir, bool fresh = false);

  Journal(Journal&& other) noexcept;
  Journal& operator=(Journal&&) = delete;
  ~Journal();

  // The report kept under key (see DocumentKey in the batch), or nullptr.
  const Report* Find(const std::string& key) const;

  // Appends {"key":key,"report":...} as one line and flushes it to disk before returning.
  // REQUIRES: key is hex digits.
  Status Append(const std::string& key, const Report& report);

 private:
  Journal(int fd, std::filesystem::path path) : fd_(fd), path_(std::move(path)) {}
  Status Load();

  int fd_ = -1;
  std::filesystem::path path_;
  std::map<std::string, Report> done_;
};

}  // namespace itapipe
