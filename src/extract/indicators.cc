#include "extract/indicators.h"

#include <charconv>
#include <map>

#include "extract/votes.h"

namespace itapipe {
namespace {

// "89" and "89.0" are the same score as "89.00": vote on the value, not the string.
std::string CanonicalScore(const std::string& printed) {
  double value = 0;
  std::from_chars(printed.data(), printed.data() + printed.size(), value);
  long hundredths = static_cast<long>(value * 100 + 0.5);
  return std::to_string(hundredths / 100) + "." + (hundredths % 100 < 10 ? "0" : "") +
         std::to_string(hundredths % 100);
}

std::vector<std::string> SplitSpaces(const std::string& s) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start < s.size()) {
    size_t end = s.find_first_of(" \n", start);
    if (end == std::string::npos) end = s.size();
    if (end > start) out.push_back(s.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

// Candidates of a transposed table: numbers in one row, scores in the next, paired in order.
void AddGridCandidates(const RuleMatch& m, const PageContent& page, const Methodology& methodology,
                       std::map<int, std::vector<Candidate>>& by_number) {
  std::vector<std::string> numbers = SplitSpaces(m.groups[0]);
  std::vector<std::string> scores = SplitSpaces(m.groups[1]);
  if (numbers.size() != scores.size()) return;
  Origin origin{page.page, page.confidence, ""};
  for (size_t i = 0; i < numbers.size(); ++i) {
    int number = 0;
    std::from_chars(numbers[i].data(), numbers[i].data() + numbers[i].size(), number);
    if (methodology.Find(number) == nullptr) continue;
    by_number[number].push_back(Candidate{CanonicalScore(scores[i]), m.weight, origin, m.begin});
  }
}

}  // namespace

int IndicatorNumber(std::string_view printed, const Methodology& methodology) {
  std::string name = WithoutSpaces(printed);
  for (const IndicatorDefinition& d : methodology.indicators)
    for (const std::string& spelling : d.spellings)
      if (WithoutSpaces(spelling) == name) return d.number;
  return 0;
}

std::vector<IndicatorScore> ExtractIndicators(const std::vector<PageContent>& pages,
                                              const Knowledge& knowledge,
                                              const Methodology& methodology,
                                              std::vector<std::string>& problems) {
  std::map<int, std::vector<Candidate>> by_number;
  for (const PageContent& page : pages) {
    for (const RuleMatch& m : knowledge.rules.Match("indicator_score", page.text)) {
      int number = IndicatorNumber(m.groups[0], methodology);
      if (number == 0) continue;
      Origin origin{page.page, page.confidence, ""};
      by_number[number].push_back(
          Candidate{CanonicalScore(m.groups[1]), m.weight, origin, m.begin});
    }
    for (const RuleMatch& m : knowledge.rules.Match("indicator_grid", page.text)) {
      AddGridCandidates(m, page, methodology, by_number);
    }
  }
  std::vector<IndicatorScore> scores;
  for (const auto& [number, candidates] : by_number) {
    std::optional<Candidate> winner = Elect(candidates);
    const IndicatorDefinition* d = methodology.Find(number);
    double value = 0;
    std::from_chars(winner->value.data(), winner->value.data() + winner->value.size(), value);
    scores.push_back(IndicatorScore{d->tool, number, d->name, value, winner->origin.page,
                                    winner->origin.confidence});
    if (DistinctValues(candidates).size() > 1)
      problems.push_back("indicator_conflict:" + std::to_string(number));
  }
  return scores;
}

std::vector<std::pair<std::string, int>> NamedLowest(const std::vector<PageContent>& pages,
                                                     const Knowledge& knowledge,
                                                     const Methodology& methodology) {
  std::vector<std::pair<std::string, int>> named;
  for (const PageContent& page : pages)
    for (const RuleMatch& m : knowledge.rules.Match("lowest_indicator", page.text)) {
      int number = IndicatorNumber(m.groups[1], methodology);
      if (number != 0) named.emplace_back(m.groups[0], number);
    }
  return named;
}

}  // namespace itapipe
