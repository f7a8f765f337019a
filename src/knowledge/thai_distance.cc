#include "knowledge/thai_distance.h"

#include <algorithm>

#include "core/utf8.h"

namespace itapipe {
namespace {

constexpr double kMarkCost = 0.25;
constexpr double kVowelCost = 0.5;

bool IsLeadingVowel(char32_t c) { return c >= 0x0E40 && c <= 0x0E44; }

// ะ า ำ ๅ: written after their consonant as letters of their own.
bool IsFollowingVowel(char32_t c) {
  return c == 0x0E30 || c == 0x0E32 || c == 0x0E33 || c == 0x0E45;
}

bool IsAa(char32_t c) { return c == 0x0E32 || c == 0x0E33; }  // า, ำ (ํ + า)

double SubstitutionCost(const std::u32string& a, const std::u32string& b) {
  if (a == b) return 0;
  if (a[0] == b[0] || (IsAa(a[0]) && IsAa(b[0]))) return kMarkCost;
  if (IsLeadingVowel(a[0]) && IsLeadingVowel(b[0])) return kVowelCost;
  return 1;
}

double IndelCost(const std::u32string& c) {
  if (IsThaiCombiningMark(c[0])) return kMarkCost;
  if (IsLeadingVowel(c[0]) || IsFollowingVowel(c[0])) return kVowelCost;
  return 1;
}

}  // namespace

std::vector<std::u32string> ThaiClusters(std::string_view s) {
  std::vector<std::u32string> clusters;
  for (char32_t c : DecodeUtf8(s)) {
    // A mark after a leading vowel is misplaced (OCR): it stands on its own.
    bool attaches =
        IsThaiCombiningMark(c) && !clusters.empty() && !IsLeadingVowel(clusters.back()[0]);
    if (attaches)
      clusters.back() += c;
    else
      clusters.emplace_back(1, c);
  }
  return clusters;
}

double ThaiDistance(std::string_view a, std::string_view b) {
  std::vector<std::u32string> x = ThaiClusters(a), y = ThaiClusters(b);
  // One row of the Wagner-Fischer table at a time.
  std::vector<double> row(y.size() + 1, 0), next(y.size() + 1, 0);
  for (size_t j = 1; j <= y.size(); ++j) row[j] = row[j - 1] + IndelCost(y[j - 1]);
  for (size_t i = 1; i <= x.size(); ++i) {
    next[0] = row[0] + IndelCost(x[i - 1]);
    for (size_t j = 1; j <= y.size(); ++j) {
      next[j] = std::min({row[j] + IndelCost(x[i - 1]), next[j - 1] + IndelCost(y[j - 1]),
                          row[j - 1] + SubstitutionCost(x[i - 1], y[j - 1])});
    }
    std::swap(row, next);
  }
  return row[y.size()];
}

}  // namespace itapipe
