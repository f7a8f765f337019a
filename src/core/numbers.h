#pragma once
// Numbers from text, parsed one way everywhere: checked, locale-free, and only when the whole
// text is the number ("77.98", "2565", "-1", "5e-1"; not "", " 5", "+5", "5 คะแนน").

#include <optional>
#include <string_view>

namespace itapipe {

std::optional<double> ParseDecimal(std::string_view text);
std::optional<int> ParseInteger(std::string_view text);

}  // namespace itapipe
