#include "records/json_value.h"

#include <doctest/doctest.h>

#include <string>

namespace itapipe {
namespace {

TEST_CASE("ParseJson reads values and refuses broken text") {
  Result<JsonValue> v =
      ParseJson(R"( {"a": [1, -2.5e3, true, null], "b": "x\u0e01\n\"", "c": {}} )");
  REQUIRE(v.has_value());
  REQUIRE(v->Find("a") != nullptr);
  CHECK(v->Find("a")->items.size() == 4);
  CHECK(v->Find("a")->items[1].text == "-2.5e3");
  CHECK(v->Find("a")->items[2].boolean);
  CHECK(v->Find("b")->text == "x\xe0\xb8\x81\n\"");
  CHECK(v->Find("c")->type == JsonValue::Type::kObject);
  CHECK(v->Find("d") == nullptr);
  const char* bad[] = {"",        "{",     "[1,]", "{\"a\" 1}",         "\"\x01\"",
                       "\"\\x\"", "[1] 2", "nul",  "\"\\ud800\\u0041\""};
  for (const char* text : bad) {
    CAPTURE(text);
    CHECK_FALSE(ParseJson(text).has_value());
  }
  CHECK_FALSE(ParseJson(std::string(1000, '[')).has_value());  // too deep, not a crash
}

}  // namespace
}  // namespace itapipe
