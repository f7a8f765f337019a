#include "records/json.h"

#include <doctest/doctest.h>

namespace itapipe {

TEST_CASE("JsonString escapes quotes, backslashes and control characters only") {
  struct {
    std::string in;
    const char* want;
  } cases[] = {
      {"", R"("")"},
      {"plain", R"("plain")"},
      {"say \"hi\"", R"("say \"hi\"")"},
      {"a\\b", R"("a\\b")"},
      {"l1\nl2\r\t\b\f", R"("l1\nl2\r\t\b\f")"},
      {std::string("\x01\x1f\0", 3), R"("\u0001\u001f\u0000")"},
      {"ปากช่อง ✓", R"("ปากช่อง ✓")"},
      {"/\x7f", "\"/\x7f\""},
  };
  for (const auto& c : cases) CHECK(JsonString(c.in) == c.want);
}

TEST_CASE("JsonObject and JsonArray keep the order they are given") {
  CHECK(JsonObject().Text() == "{}");
  CHECK(JsonArray({}) == "[]");
  CHECK(JsonArray({"1", "\"a\""}) == R"([1,"a"])");
  CHECK(JsonObject().Add("b", "1").Add("a", "null").Add("c", "[]").Text() ==
        R"({"b":1,"a":null,"c":[]})");
}

}  // namespace itapipe
