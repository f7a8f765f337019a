#include "extract/indicators.h"

#include <cmath>
#include <map>
#include <optional>

#include "core/numbers.h"
#include "extract/votes.h"

namespace itapipe {
namespace {

// "89" and "89.0" are the same score as "89.00": vote on the value, not the string.
std::string CanonicalScore(const std::string& printed) {
  double value = ParseDecimal(printed).value_or(0);
  long hundredths = std::lround(value * 100);
  return std::to_string(hundredths / 100) + "." + (hundredths % 100 < 10 ? "0" : "") +
         std::to_string(hundredths % 100);
}

// A word of a group and where it starts in the page's text.
struct Token {
  std::string text;
  size_t at = 0;
};

// The words of group g of m, split at spaces and newlines.
std::vector<Token> SplitSpaces(const RuleMatch& m, size_t g) {
  const std::string& s = m.groups[g];
  std::vector<Token> out;
  size_t start = 0;
  while (start < s.size()) {
    size_t end = s.find_first_of(" \n", start);
    if (end == std::string::npos) end = s.size();
    if (end > start)
      out.push_back(Token{s.substr(start, end - start), m.group_spans[g].first + start});
    start = end + 1;
  }
  return out;
}

Candidate ScoreCandidate(const PageContent& page, const RuleMatch& m, const std::string& score,
                         size_t at) {
  Origin origin{page.page, ConfidenceOf(page, at, at + score.size()), ""};
  return Candidate{CanonicalScore(score), m.weight, origin, m.begin};
}

// Candidates of a transposed table whose row of numbers did not read: a row of exactly as
// many scores as the methodology has indicators gives them in order.
void AddRowCandidates(const RuleMatch& m, size_t group, const PageContent& page,
                      const Methodology& methodology,
                      std::map<int, std::vector<Candidate>>& by_number) {
  std::vector<Token> scores = SplitSpaces(m, group);
  if (scores.size() != methodology.indicators.size()) return;
  for (size_t i = 0; i < scores.size(); ++i) {
    by_number[methodology.indicators[i].number].push_back(
        ScoreCandidate(page, m, scores[i].text, scores[i].at));
  }
}

// The numbers of a transposed table's header row, or nothing when they cannot be a header:
// tables number their columns upwards, so a repeat or a step down ("1 2 3 5 5 2 7 5 9 10",
// stock OCR's ๔ ๖ ๘) is a misread, and pairing by it would give one score to two indicators.
std::optional<std::vector<int>> HeaderNumbers(const std::vector<Token>& tokens) {
  std::vector<int> numbers;
  for (const Token& t : tokens) {
    int number = ParseInteger(t.text).value_or(0);
    if (!numbers.empty() && number <= numbers.back()) return std::nullopt;
    numbers.push_back(number);
  }
  return numbers;
}

// Candidates of a transposed table: numbers in one row, scores in the next, paired in order;
// each score as sure as its own cell. A header misread goes by position, as a row alone.
void AddGridCandidates(const RuleMatch& m, const PageContent& page, const Methodology& methodology,
                       std::map<int, std::vector<Candidate>>& by_number) {
  std::optional<std::vector<int>> numbers = HeaderNumbers(SplitSpaces(m, 0));
  std::vector<Token> scores = SplitSpaces(m, 1);
  if (!numbers) {
    AddRowCandidates(m, 1, page, methodology, by_number);
    return;
  }
  if (numbers->size() != scores.size()) return;
  for (size_t i = 0; i < scores.size(); ++i) {
    int number = (*numbers)[i];
    if (methodology.Find(number) == nullptr) continue;
    by_number[number].push_back(ScoreCandidate(page, m, scores[i].text, scores[i].at));
  }
}

}  // namespace

int IndicatorNumber(std::string_view printed, const Methodology& methodology) {
  std::string name = MatchKey(printed);
  for (const IndicatorDefinition& d : methodology.indicators)
    for (const std::string& spelling : d.spellings)
      if (MatchKey(spelling) == name) return d.number;
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
      by_number[number].push_back(ScoreCandidate(page, m, m.groups[1], m.group_spans[1].first));
    }
    std::vector<RuleMatch> grids = knowledge.rules.Match("indicator_grid", page.text);
    for (const RuleMatch& m : grids) AddGridCandidates(m, page, methodology, by_number);
    if (grids.empty()) {
      for (const RuleMatch& m : knowledge.rules.Match("indicator_row", page.text))
        AddRowCandidates(m, 0, page, methodology, by_number);
    }
  }
  std::vector<IndicatorScore> scores;
  for (const auto& [number, candidates] : by_number) {
    std::optional<Candidate> winner = Elect(candidates);
    const IndicatorDefinition* d = methodology.Find(number);
    double value = ParseDecimal(winner->value).value_or(0);
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
