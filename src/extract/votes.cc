#include "extract/votes.h"

#include <algorithm>
#include <map>
#include <tuple>

#include "core/utf8.h"

namespace itapipe {
namespace {

bool ReadEarlier(const Candidate& a, const Candidate& b) {
  return std::tie(a.origin.page, a.position) < std::tie(b.origin.page, b.position);
}

// Two readings of one printed value, one glyph misread: 72.15 and 72.16. Values further
// apart are different things the document says (a venue's province after the agency's).
bool OneGlyphApart(const std::string& a, const std::string& b) {
  std::u32string x = DecodeUtf8(a), y = DecodeUtf8(b);
  if (x.size() != y.size()) return false;
  size_t differences = 0;
  for (size_t i = 0; i < x.size(); ++i) differences += x[i] != y[i];
  return differences == 1;
}

}  // namespace

std::optional<Candidate> Elect(const std::vector<Candidate>& candidates) {
  std::map<std::string, Candidate> tally;
  std::map<std::string, double> surest;  // the best confidence each value was read with
  for (const Candidate& c : candidates) {
    double& confidence = surest[c.value];
    confidence = std::max(confidence, c.origin.confidence);
    auto [it, fresh] = tally.try_emplace(c.value, c);
    if (fresh) continue;
    double weight = it->second.weight + c.weight;
    if (ReadEarlier(c, it->second)) it->second = c;
    it->second.weight = weight;
  }
  // Equal weight and one glyph apart: the document gives the value twice and OCR read it
  // two ways (72.16 in a table where the prose has 72.15); the surer reading is likelier
  // right than the earlier one.
  std::optional<Candidate> best;
  for (const auto& [value, c] : tally) {
    if (!best || c.weight > best->weight) {
      best = c;
    } else if (c.weight == best->weight) {
      double mine = surest[value], theirs = surest[best->value];
      bool misread = OneGlyphApart(value, best->value) && mine != theirs;
      if (misread ? mine > theirs : ReadEarlier(c, *best)) best = c;
    }
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
