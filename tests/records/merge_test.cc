#include "records/merge.h"

#include <doctest/doctest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace itapipe {
namespace {

namespace fs = std::filesystem;

std::vector<Report> Batch() {
  std::vector<Report> reports(7);
  for (std::size_t i = 0; i < reports.size(); ++i) {
    Report& r = reports[i];
    r.report_id = i == 3 ? "" : "id" + std::to_string(i);
    r.source_file = "in/" + std::to_string(i) + (i == 2 ? ",\"q\"\n.pdf" : ".pdf");
    r.agency_name = i % 2 ? "=เทศบาล" : "อบต. หนึ่ง";
    r.fiscal_year = 2560 + static_cast<int>(i);
    r.status = i == 3 ? ReportStatus::kFailed : ReportStatus::kOk;
    if (i == 3) r.problems = {"file_not_found"};
    if (i % 3 == 0) r.indicators = {{"IIT", 1, "a", 80.5, 2, 0.9}, {"EIT", 2, "b", 70, 0, 1}};
    if (i % 2 == 0) r.measures = {{"EIT", "x", "-y", "", "", "", MeasureStatus::kDone, "", 7}};
  }
  return reports;
}

// Shard I of count as `extract --shard` would write it, in memory: the inputs at places
// i with i % count == index - 1.
ShardFolder MakeShard(const std::vector<Report>& all, int index, int count) {
  std::vector<Report> reports;
  std::vector<std::size_t> places;
  for (std::size_t i = 0; i < all.size(); ++i) {
    if (static_cast<int>(i) % count != index - 1) continue;
    reports.push_back(all[i]);
    places.push_back(i);
  }
  ShardFolder shard{"shard" + std::to_string(index), {}, {}};
  shard.info =
      ShardInfo{index, count, all.size(), "digest", "9.9", "read", ShardRows(reports, places)};
  for (const OutputFile& f : RecordFiles(reports, "9.9")) shard.files[f.name] = f.contents;
  return shard;
}

std::vector<ShardFolder> Shards(int count) {
  std::vector<ShardFolder> shards;
  for (int i = count; i >= 1; --i) shards.push_back(MakeShard(Batch(), i, count));
  return shards;
}

TEST_CASE("MergeShards gives the files of one run, byte for byte, shards in any order") {
  for (int count : {1, 2, 3, 7, 9}) {
    Result<std::vector<OutputFile>> merged = MergeShards(Shards(count));
    REQUIRE(merged.has_value());
    std::vector<OutputFile> want = RecordFiles(Batch(), "9.9");
    REQUIRE(merged->size() == want.size());
    for (std::size_t i = 0; i < want.size(); ++i) {
      CHECK(merged->at(i).name == want[i].name);
      CHECK_MESSAGE(merged->at(i).contents == want[i].contents, want[i].name, " of ", count);
    }
  }
}

TEST_CASE("MergeShards refuses shards that are not the N shards of one batch") {
  struct {
    const char* what;
    void (*spoil)(std::vector<ShardFolder>&);
    const char* says;
  } cases[] = {
      {"missing", [](auto& s) { s.pop_back(); }, "shard 1/3 is missing"},
      {"twice", [](auto& s) { s.push_back(s.front()); }, "give each shard once"},
      {"other N", [](auto& s) { s[1] = MakeShard(Batch(), 1, 2); }, "same batch"},
      {"other inputs", [](auto& s) { s[1].info.inputs_sha256 = "x"; }, "same batch"},
      {"other version", [](auto& s) { s[2].info.version = "1.0"; }, "one itapipe"},
      {"other options", [](auto& s) { s[1].info.reading = "x"; }, "same command"},
      {"fewer rows", [](auto& s) { s[0].info.rows.pop_back(); }, "run its shard again"},
      {"other columns", [](auto& s) { s[0].files["reports.csv"].replace(3, 9, "report_no"); },
       "columns differ"},
      {"rows swapped", [](auto& s) { std::swap(s[0].info.rows[0], s[0].info.rows[1]); },
       "is not of the report"},
      {"more child rows", [](auto& s) { s[2].info.rows.back().indicators = 0; },
       "more indicator or measure rows"},
      {"a short row", [](auto& s) { s[0].files["reports.csv"] += "a,b\r\n"; }, "has 2 cells"},
      {"an input twice", [](auto& s) { s[0].info.rows[0].input = s[1].info.rows[0].input; },
       "is also in"},
  };
  for (auto c : cases) {
    std::vector<ShardFolder> shards = Shards(3);
    c.spoil(shards);
    Result<std::vector<OutputFile>> merged = MergeShards(shards);
    REQUIRE_MESSAGE(!merged.has_value(), c.what);
    CHECK_MESSAGE(merged.error().message.find(c.says) != std::string::npos, c.what, ": ",
                  merged.error().message);
  }
}

struct TempDir {
  fs::path path = fs::temp_directory_path() / ("itapipe_merge_" + std::to_string(::getpid()));
  TempDir() { fs::create_directories(path); }
  ~TempDir() { fs::remove_all(path); }
};

TEST_CASE("ReadShardFolder reads a published shard and refuses one that is not whole") {
  TempDir dir;
  ShardFolder shard = MakeShard(Batch(), 2, 3);
  std::vector<Report> reports;
  for (std::size_t i = 1; i < Batch().size(); i += 3) reports.push_back(Batch()[i]);
  REQUIRE(PublishRecords(reports, dir.path, "9.9", {{kShardFileName, ShardJson(shard.info)}}).ok());
  Result<ShardFolder> read = ReadShardFolder(dir.path);
  REQUIRE(read.has_value());
  CHECK(read->info == shard.info);
  CHECK(read->files == shard.files);

  auto refusal = [&](const fs::path& path) {
    Result<ShardFolder> r = ReadShardFolder(path);
    return r ? std::string("read") : r.error().message;
  };
  std::ofstream(dir.path / "records.jsonl", std::ios::app) << "{}\n";
  CHECK(refusal(dir.path).find("does not match") != std::string::npos);
  REQUIRE(PublishRecords(reports, dir.path, "9.9").ok());
  CHECK(refusal(dir.path).find("--shard") != std::string::npos);
  CHECK(refusal(dir.path / "none").find("no such folder") != std::string::npos);
}

}  // namespace
}  // namespace itapipe
