#include "extract/votes.h"

#include <doctest/doctest.h>

namespace itapipe {
namespace {

Candidate Read(const char* value, double weight, int page, size_t position, double confidence) {
  return Candidate{value, weight, Origin{page, confidence, ""}, position};
}

TEST_CASE("Elect takes the value with the most weight in sum") {
  std::optional<Candidate> winner =
      Elect({Read("72.15", 1, 3, 900, 0.9), Read("72.16", 1, 3, 100, 0.95),
             Read("72.15", 1, 4, 50, 0.8)});
  REQUIRE(winner);
  CHECK(winner->value == "72.15");
  CHECK(winner->weight == 2);
  CHECK(winner->origin.page == 3);  // its first occurrence
  CHECK(winner->origin.confidence == 0.9);
  CHECK(Elect({Read("B", 2, 2, 10, 0.5), Read("C", 1, 1, 500, 1)})->value == "B");
}

TEST_CASE("Elect gives a tie between two readings of one value to the surer, else to the first") {
  // A table's 72.16 read unsurely before the prose's 72.15 read surely.
  CHECK(Elect({Read("72.16", 1, 3, 100, 0.84), Read("72.15", 1, 3, 900, 0.9)})->value == "72.15");
  CHECK(Elect({Read("72.16", 1, 3, 100, 0.9), Read("72.15", 1, 3, 900, 0.84)})->value == "72.16");
  // Born-digital text is sure everywhere: reading order decides.
  CHECK(Elect({Read("B", 1, 2, 10, 1), Read("C", 1, 1, 500, 1)})->value == "C");
  // Different values, not a misread: the agency's province comes before a venue's.
  CHECK(Elect({Read("นครราชสีมา", 1, 1, 10, 0.8), Read("เพชรบุรี", 1, 1, 900, 0.95)})->value ==
        "นครราชสีมา");
  CHECK(Elect({Read("72.15", 1, 3, 900, 0.9), Read("72.1", 1, 3, 100, 0.84)})->value == "72.1");
  CHECK_FALSE(Elect({}));
}

TEST_CASE("DistinctValues lists values in order of first occurrence") {
  std::vector<std::string> values =
      DistinctValues({Read("b", 1, 1, 0, 1), Read("a", 1, 1, 1, 1), Read("b", 1, 1, 2, 1)});
  CHECK(values == std::vector<std::string>{"b", "a"});
}

}  // namespace
}  // namespace itapipe
