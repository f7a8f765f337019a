#pragma once
// What part of a batch a shard's output folder holds (`extract --shard I/N`), kept beside its
// records so that `merge` can put the shards' rows back in the order of one run.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/report.h"
#include "core/result.h"

namespace itapipe {

// The file's name in a shard's output folder, published in the set with its records.
inline constexpr const char* kShardFileName = ".itapipe-shard.json";

struct ShardInfo {
  // One report of the shard, in the order of its reports.csv.
  struct Row {
    std::size_t input = 0;       // its place in the whole batch's input list, from 0
    std::size_t indicators = 0;  // its rows in indicators.csv
    std::size_t measures = 0;    // its rows in measures.csv
    bool operator==(const Row&) const = default;
  };

  int index = 1;              // I of I/N, from 1
  int count = 1;              // N
  std::size_t inputs = 0;     // the whole batch's inputs, every shard's together
  std::string inputs_sha256;  // of the whole batch's input list: shards of one batch agree
  std::string version;        // of the itapipe that wrote it
  std::string reading;        // digest of that itapipe's build, models and reading options
  std::vector<Row> rows;

  bool operator==(const ShardInfo&) const = default;
};

// The rows of reports, read from the inputs at places (parallel to reports).
std::vector<ShardInfo::Row> ShardRows(const std::vector<Report>& reports,
                                      const std::vector<std::size_t>& places);

// One line of JSON ending in "\n".
std::string ShardJson(const ShardInfo& info);

// The inverse of ShardJson; kInvalidInput naming what is wrong.
Result<ShardInfo> ParseShardJson(std::string_view text);

}  // namespace itapipe
