#pragma once
// Candidates for one field, weighed against each other: the value with the most weight wins.

#include <optional>
#include <string>
#include <vector>

#include "core/report.h"

namespace itapipe {

struct Candidate {
  std::string value;
  double weight = 1;
  Origin origin;
  size_t position = 0;  // byte offset in its page's text, to break ties by reading order
};

// The value whose candidates weigh most in sum; ties go to the one read first, except
// between two readings one glyph apart (72.15, 72.16), where the surer one wins. The returned
// candidate is that value's first occurrence, with the summed weight.
std::optional<Candidate> Elect(const std::vector<Candidate>& candidates);

// Distinct values among candidates, in order of first occurrence.
std::vector<std::string> DistinctValues(const std::vector<Candidate>& candidates);

}  // namespace itapipe
