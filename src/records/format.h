#pragma once
// Locale-free text forms of the values in records: scores and status names, both ways.

#include <optional>
#include <string>
#include <string_view>

#include "core/report.h"

namespace itapipe {

// Two decimals with '.', the decimal value rounded half away from zero: 93.378 -> "93.38",
// 60.725 -> "60.73", 89 -> "89.00". Non-finite values give "nan", "inf" or "-inf".
std::string FormatScore(double value);

// FormatScore of the value, or "" when absent.
std::string FormatScore(const std::optional<double>& value);

// Parses a whole decimal number ("77.98", "-1", "5e-1"); nullopt on anything else.
std::optional<double> ParseScore(std::string_view text);

// Parses a whole decimal integer ("2565"); nullopt on anything else.
std::optional<int> ParseInt(std::string_view text);

// Standard base64 (RFC 4648, with '=' padding) of bytes.
std::string Base64(std::string_view bytes);

// done, in_progress, not_done, unknown.
std::string StatusName(MeasureStatus status);
// ok, partial, failed.
std::string StatusName(ReportStatus status);

// The inverse of StatusName; nullopt for a name it does not know.
std::optional<MeasureStatus> ParseMeasureStatus(std::string_view name);
std::optional<ReportStatus> ParseReportStatus(std::string_view name);

}  // namespace itapipe
