#include "core/numbers.h"

#include <charconv>

namespace itapipe {
namespace {

template <typename T>
std::optional<T> ParseWhole(std::string_view text) {
  // from_chars takes no '+', and a text with one is not what any writer of ours produces.
  if (text.empty() || text.front() == '+') return std::nullopt;
  T value{};
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return value;
}

}  // namespace

std::optional<double> ParseDecimal(std::string_view text) { return ParseWhole<double>(text); }

std::optional<int> ParseInteger(std::string_view text) { return ParseWhole<int>(text); }

}  // namespace itapipe
