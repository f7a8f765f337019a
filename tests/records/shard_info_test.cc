#include "records/shard_info.h"

#include <doctest/doctest.h>

namespace itapipe {
namespace {

TEST_CASE("ShardJson reads back to the same ShardInfo") {
  ShardInfo info{2, 3, 10, "ab12", "0.9", "cd34", {{1, 10, 0}, {4, 0, 0}, {9, 10, 23}}};
  Result<ShardInfo> back = ParseShardJson(ShardJson(info));
  REQUIRE(back.has_value());
  CHECK(*back == info);
  ShardInfo empty{3, 3, 0, "", "0.9", "", {}};
  CHECK(ParseShardJson(ShardJson(empty)).value() == empty);
}

TEST_CASE("ShardRows gives each report's place and its child rows") {
  Report a, b;
  a.indicators.resize(2);
  b.measures.resize(3);
  CHECK(ShardRows({a, b}, {5, 7}) == std::vector<ShardInfo::Row>{{5, 2, 0}, {7, 0, 3}});
}

TEST_CASE("ParseShardJson refuses what is not a shard description") {
  const char* cases[] = {
      "",
      "{}",
      "[1,2]",
      R"({"shard":0,"of":3,"inputs":1,"inputs_sha256":"","version":"","reading":"","rows":[]})",
      R"({"shard":4,"of":3,"inputs":1,"inputs_sha256":"","version":"","reading":"","rows":[]})",
      R"({"shard":1,"of":3,"inputs":1,"inputs_sha256":"","version":"","reading":"","rows":[[1,0,0]]})",
      R"({"shard":1,"of":3,"inputs":2,"inputs_sha256":"","version":"","reading":"","rows":[[1,0]]})",
      R"({"shard":1,"of":3,"inputs":2,"inputs_sha256":"","version":"","reading":"","rows":[[-1,0,0]]})",
      R"({"shard":"1","of":3,"inputs":2,"inputs_sha256":"","version":"","reading":"","rows":[]})",
  };
  for (const char* text : cases) {
    Result<ShardInfo> info = ParseShardJson(text);
    CHECK_MESSAGE(!info.has_value(), text);
    if (!info) CHECK(info.error().message.find(kShardFileName) == 0);
  }
}

}  // namespace
}  // namespace itapipe
