#include "records/journal.h"

#include <doctest/doctest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

namespace itapipe {
namespace {

namespace fs = std::filesystem;

struct TempDir {
  fs::path path = fs::temp_directory_path() / ("itapipe_journal_" + std::to_string(::getpid()));
  TempDir() { fs::create_directories(path); }
  ~TempDir() { fs::remove_all(path); }
};

Report Named(const std::string& id) {
  Report r;
  r.report_id = id;
  r.source_file = "in/" + id + ".pdf";
  r.total_score = 77.98;
  r.problems = {"grade_mismatch"};
  return r;
}

TEST_CASE("Journal keeps appended reports across reopening and drops a torn last line") {
  TempDir dir;
  {
    auto journal = Journal::Open(dir.path);
    REQUIRE(journal.has_value());
    CHECK(journal->Find("aa") == nullptr);
    REQUIRE(journal->Append("aa", Named("a")).ok());
    REQUIRE(journal->Append("bb", Named("b")).ok());
    CHECK(*journal->Find("aa") == Named("a"));
  }
  {
    std::ofstream(dir.path / Journal::kFileName, std::ios::app) << "{\"key\":\"cc\",\"rep";
    auto journal = Journal::Open(dir.path);
    REQUIRE(journal.has_value());
    CHECK(*journal->Find("bb") == Named("b"));
    CHECK(journal->Find("cc") == nullptr);
    REQUIRE(journal->Append("dd", Named("d")).ok());  // starts a line of its own
  }
  auto journal = Journal::Open(dir.path);
  REQUIRE(journal.has_value());
  CHECK(journal->Find("aa") != nullptr);
  CHECK(*journal->Find("dd") == Named("d"));
}

TEST_CASE("Journal refuses a second writer of the same folder") {
  TempDir dir;
  auto first = Journal::Open(dir.path);
  REQUIRE(first.has_value());
  auto second = Journal::Open(dir.path);
  REQUIRE_FALSE(second.has_value());
  CHECK(second.error().message.find("another itapipe") != std::string::npos);
}

}  // namespace
}  // namespace itapipe
