#include "core/numbers.h"

#include <doctest/doctest.h>

namespace itapipe {

TEST_CASE("Numbers parse only when the whole text is the number") {
  CHECK(ParseDecimal("77.98") == 77.98);
  CHECK(ParseDecimal("-1") == -1.0);
  CHECK(ParseDecimal("5e-1") == 0.5);
  CHECK(ParseInteger("2565") == 2565);
  for (const char* bad : {"", " 5", "5 ", "+5", "5 คะแนน", "7o.5", "๗๗.๙๘", "1,5"}) {
    CHECK_MESSAGE(!ParseDecimal(bad).has_value(), bad);
    CHECK_MESSAGE(!ParseInteger(bad).has_value(), bad);
  }
  CHECK_FALSE(ParseInteger("2565.5").has_value());
  CHECK_FALSE(ParseInteger("99999999999").has_value());
}

}  // namespace itapipe
