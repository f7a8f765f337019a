#include "records/format.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <system_error>

#include "core/numbers.h"

namespace itapipe {
namespace {

int DigitAt(std::string_view s, std::size_t i) { return i < s.size() ? s[i] - '0' : 0; }

// Rounds |value| to hundredths from its shortest decimal form, so that the decimal the
// document printed (60.725) rounds as a person would, not as its binary neighbour would.
std::int64_t DecimalCents(double magnitude) {
  char buf[64];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, magnitude, std::chars_format::fixed);
  std::string_view s(buf, end - buf);
  std::size_t dot = s.find('.');
  std::string_view whole = s.substr(0, dot);
  std::string_view frac = dot == std::string_view::npos ? "" : s.substr(dot + 1);
  std::int64_t cents = 0;
  std::from_chars(whole.data(), whole.data() + whole.size(), cents);
  cents = cents * 100 + DigitAt(frac, 0) * 10 + DigitAt(frac, 1);
  if (DigitAt(frac, 2) >= 5) ++cents;
  return cents;
}

}  // namespace

std::string FormatScore(double value) {
  constexpr double kMaxExact = 1e15;  // cents still fit an int64 exactly
  if (!std::isfinite(value) || std::abs(value) >= kMaxExact) {
    char buf[400];
    auto [end, ec] = std::to_chars(buf, buf + sizeof buf, value, std::chars_format::fixed, 2);
    return std::string(buf, end);
  }
  std::int64_t cents = DecimalCents(std::abs(value));
  std::string out = (value < 0 && cents != 0) ? "-" : "";
  out += std::to_string(cents / 100);
  out += '.';
  out += static_cast<char>('0' + cents % 100 / 10);
  out += static_cast<char>('0' + cents % 10);
  return out;
}

std::string FormatScore(const std::optional<double>& value) {
  return value ? FormatScore(*value) : std::string();
}

std::optional<double> ParseScore(std::string_view text) { return ParseDecimal(text); }

std::optional<int> ParseInt(std::string_view text) { return ParseInteger(text); }

std::string StatusName(MeasureStatus status) {
  switch (status) {
    case MeasureStatus::kDone:
      return "done";
    case MeasureStatus::kInProgress:
      return "in_progress";
    case MeasureStatus::kNotDone:
      return "not_done";
    case MeasureStatus::kUnknown:
      break;
  }
  return "unknown";
}

std::string StatusName(ReportStatus status) {
  switch (status) {
    case ReportStatus::kOk:
      return "ok";
    case ReportStatus::kPartial:
      return "partial";
    case ReportStatus::kFailed:
      break;
  }
  return "failed";
}

std::optional<MeasureStatus> ParseMeasureStatus(std::string_view name) {
  for (auto s : {MeasureStatus::kUnknown, MeasureStatus::kDone, MeasureStatus::kInProgress,
                 MeasureStatus::kNotDone}) {
    if (StatusName(s) == name) return s;
  }
  return std::nullopt;
}

std::optional<ReportStatus> ParseReportStatus(std::string_view name) {
  for (auto s : {ReportStatus::kOk, ReportStatus::kPartial, ReportStatus::kFailed}) {
    if (StatusName(s) == name) return s;
  }
  return std::nullopt;
}

std::string Base64(std::string_view bytes) {
  constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  for (size_t i = 0; i < bytes.size(); i += 3) {
    size_t n = std::min<size_t>(3, bytes.size() - i);
    std::uint32_t group = 0;
    for (size_t k = 0; k < 3; ++k)
      group = group << 8 | (k < n ? static_cast<unsigned char>(bytes[i + k]) : 0u);
    for (size_t k = 0; k < 4; ++k)
      out.push_back(k <= n ? kAlphabet[(group >> (18 - 6 * k)) & 0x3F] : '=');
  }
  return out;
}

}  // namespace itapipe
