#pragma once
// The output folders of the N shards of one batch (`extract --shard I/N`) put together into
// the files one run over the whole batch writes, byte for byte.

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "core/result.h"
#include "records/output_set.h"
#include "records/shard_info.h"

namespace itapipe {

// One shard's output folder as read: its description and the text of its record files.
struct ShardFolder {
  std::filesystem::path dir;
  ShardInfo info;
  std::map<std::string, std::string> files;  // by name: reports.csv, ..., records.jsonl
};

// Reads dir's record files and shard description, checking that they are one published set
// (each matches the folder's manifest). kNotFound for a missing folder; kInvalidInput, naming
// the folder and what to do, for one that is not a finished shard.
Result<ShardFolder> ReadShardFolder(const std::filesystem::path& dir);

// The record files (RecordFiles' names and order) of one run over every shard's inputs, the
// rows in that run's order. kInvalidInput when the folders are not exactly the N shards of one
// batch written by one itapipe (a shard missing or given twice, another batch's or version's
// shard), or when a shard's files disagree with its description or with this itapipe's
// columns.
Result<std::vector<OutputFile>> MergeShards(const std::vector<ShardFolder>& shards);

}  // namespace itapipe
