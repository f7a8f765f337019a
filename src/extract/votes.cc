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
  struct Tally {
    Candidate first;    // the value's first occurrence, its weight the sum of all
    double surest = 0;  // the best confidence the value was read with
  };
  std::map<std::string, Tally> tally;
  for (const Candidate& c : candidates) {
    auto [it, fresh] = tally.try_emplace(c.value, Tally{c, c.origin.confidence});
    if (fresh) continue;
    Tally& t = it->second;
    double weight = t.first.weight + c.weight;
    if (ReadEarlier(c, t.first)) t.first = c;
    t.first.weight = weight;
    t.surest = std::max(t.surest, c.origin.confidence);
  }
  // Equal weight and one glyph apart: the document gives the value twice and OCR read it
  // two ways (72.16 in a table where the prose has 72.15); the surer reading is likelier
  // right than the earlier one.
  const Tally* best = nullptr;
  for (const auto& [value, t] : tally) {
    if (!best || t.first.weight > best->first.weight) {
      best = &t;
    } else if (t.first.weight == best->first.weight) {
      bool misread = OneGlyphApart(value, best->first.value) && t.surest != best->surest;
      if (misread ? t.surest > best->surest : ReadEarlier(t.first, best->first)) best = &t;
    }
  }
  if (!best) return std::nullopt;
  return best->first;
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
