#include "extract/votes.h"

#include <map>
#include <tuple>

namespace itapipe {
namespace {

bool ReadEarlier(const Candidate& a, const Candidate& b) {
  return std::tie(a.origin.page, a.position) < std::tie(b.origin.page, b.position);
}

}  // namespace

std::optional<Candidate> Elect(const std::vector<Candidate>& candidates) {
  std::map<std::string, Candidate> tally;
  for (const Candidate& c : candidates) {
    auto [it, fresh] = tally.try_emplace(c.value, c);
    if (fresh) continue;
    double weight = it->second.weight + c.weight;
    if (ReadEarlier(c, it->second)) it->second = c;
    it->second.weight = weight;
  }
  std::optional<Candidate> best;
  for (const auto& [value, c] : tally) {
    if (!best || c.weight > best->weight || (c.weight == best->weight && ReadEarlier(c, *best)))
      best = c;
  }
  return best;
}

std::vector<std::string> DistinctValues(const std::vector<Candidate>& candidates) {
  std::vector<std::string> values;
  for (const Candidate& c : candidates) {
    bool seen = false;
    for (const std::string& v : values) seen = seen || v == c.value;
    if (!seen) values.push_back(c.value);
  }
  return values;
}

}  // namespace itapipe
