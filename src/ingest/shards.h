#pragma once
// Deterministic shards of a batch's inputs (`extract --shard I/N`), so that N machines can
// each read one part and `merge` can put the parts together as one run.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace itapipe {

struct Shard {
  int index = 1;  // I, from 1 to count: SLURM_ARRAY_TASK_ID of an array --array=1-N
  int count = 1;  // N

  bool operator==(const Shard&) const = default;
};

// "I/N" with whole decimal numbers, 1 <= I <= N <= 65536; nullopt for anything else.
std::optional<Shard> ParseShard(std::string_view text);

// The shard, from 1 to count, of an input by its path below the input that named it: the
// first 64 bits of the SHA-256 of that path, modulo count.
int ShardOf(std::string_view relative_path, int count);

// The places in relative (see InputList::relative) of the inputs of shard, in order.
std::vector<std::size_t> ShardPlaces(const std::vector<std::string>& relative, const Shard& shard);

// A digest of a batch's whole input list, in order: shards of one batch have the same.
std::string InputsDigest(const std::vector<std::string>& files);

}  // namespace itapipe
