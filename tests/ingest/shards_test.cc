#include "ingest/shards.h"

#include <doctest/doctest.h>

#include <set>
#include <string>
#include <vector>

namespace itapipe {
namespace {

TEST_CASE("ParseShard takes I/N with 1 <= I <= N and nothing else") {
  struct {
    const char* in;
    std::optional<Shard> want;
  } cases[] = {
      {"1/1", Shard{1, 1}},   {"3/4", Shard{3, 4}},
      {"4/4", Shard{4, 4}},   {"0/4", std::nullopt},
      {"5/4", std::nullopt},  {"1/0", std::nullopt},
      {"1/", std::nullopt},   {"/4", std::nullopt},
      {"1/4x", std::nullopt}, {"-1/4", std::nullopt},
      {" 1/4", std::nullopt}, {"1/4/4", std::nullopt},
      {"abc", std::nullopt},  {"1/99999999999", std::nullopt},
  };
  for (auto c : cases) CHECK_MESSAGE(ParseShard(c.in) == c.want, c.in);
}

TEST_CASE("ShardOf is fixed: the same shard on every machine and build") {
  // Golden values (the first 64 bits of the SHA-256, as Python's hashlib gives it, mod N,
  // plus 1): a change here would move files between the shards of a rerun batch.
  struct {
    const char* path;
    int count;
    int want;
  } cases[] = {
      {"born-digital/a.pdf", 4, 3},
      {"scanned/scan_01.pdf", 4, 1},
      {"ita 2565/รายงาน.pdf", 3, 2},
      {"x.tif", 1000, 334},
  };
  for (auto c : cases) CHECK(ShardOf(c.path, c.count) == c.want);
  CHECK(ShardOf("anything", 1) == 1);
}

TEST_CASE("ShardPlaces deals every input to exactly one shard") {
  std::vector<std::string> relative;
  for (int i = 0; i < 200; ++i) relative.push_back("folder/" + std::to_string(i) + ".pdf");
  relative.push_back("folder/1.pdf");  // the same path twice: each copy still has one shard
  std::multiset<std::size_t> seen;
  for (int i = 1; i <= 7; ++i) {
    std::vector<std::size_t> places = ShardPlaces(relative, Shard{i, 7});
    CHECK(!places.empty());
    seen.insert(places.begin(), places.end());
  }
  CHECK(seen.size() == relative.size());
  CHECK(std::set<std::size_t>(seen.begin(), seen.end()).size() == relative.size());
}

TEST_CASE("InputsDigest tells input lists apart, order included") {
  CHECK(InputsDigest({"a", "b"}) == InputsDigest({"a", "b"}));
  CHECK(InputsDigest({"a", "b"}) != InputsDigest({"b", "a"}));
  CHECK(InputsDigest({"ab"}) != InputsDigest({"a", "b"}));
}

}  // namespace
}  // namespace itapipe
