#include "ingest/shards.h"

#include <charconv>
#include <cstdint>

#include "core/sha256.h"

namespace itapipe {
namespace {

constexpr int kMaxShards = 65536;

std::optional<int> WholeNumber(std::string_view text) {
  int value = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size() || text.empty()) return std::nullopt;
  return value;
}

}  // namespace

std::optional<Shard> ParseShard(std::string_view text) {
  std::size_t slash = text.find('/');
  if (slash == std::string_view::npos) return std::nullopt;
  std::optional<int> index = WholeNumber(text.substr(0, slash));
  std::optional<int> count = WholeNumber(text.substr(slash + 1));
  if (!index || !count || *count < 1 || *count > kMaxShards || *index < 1 || *index > *count)
    return std::nullopt;
  return Shard{*index, *count};
}

// A hash, not the input's place in the sorted list: a file added to a folder moves no other
// file to another shard, so each shard's journal stays valid for a rerun of a grown batch.
// SHA-256 (not std::hash) gives the same answer on every machine and build.
int ShardOf(std::string_view relative_path, int count) {
  std::string digest = Sha256Hex(relative_path);
  std::uint64_t head = 0;
  std::from_chars(digest.data(), digest.data() + 16, head, 16);
  return static_cast<int>(head % static_cast<std::uint64_t>(count)) + 1;
}

std::vector<std::size_t> ShardPlaces(const std::vector<std::string>& relative, const Shard& shard) {
  std::vector<std::size_t> places;
  for (std::size_t i = 0; i < relative.size(); ++i) {
    if (ShardOf(relative[i], shard.count) == shard.index) places.push_back(i);
  }
  return places;
}

std::string InputsDigest(const std::vector<std::string>& files) {
  std::string all;
  for (const std::string& file : files) all += file + '\0';
  return Sha256Hex(all);
}

}  // namespace itapipe
