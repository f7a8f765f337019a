#include "compare/scope.h"

#include <doctest/doctest.h>

#include "knowledge/knowledge.h"

namespace itapipe {

TEST_CASE("ResolveScope accepts what staff type") {
  auto k = Knowledge::Load(ITAPIPE_MODELS_DIR);
  REQUIRE(k.has_value());
  struct {
    TypedFilters typed;
    CompareScope want;
  } cases[] = {
      {{"", "ชลบุรี", ""}, {"", true, "ชลบุรี", {}, {}}},
      {{"", "จังหวัดชลบุรี", ""}, {"", true, "ชลบุรี", {}, {}}},
      {{"", "จ.ชลบุรี", ""}, {"", true, "ชลบุรี", {}, {}}},
      {{"", "จ. ชลบุรี", "๒๕๖๗"}, {"", true, "ชลบุรี", 2567, 2567}},
      {{"", "", "2565-๒๕๖๗"}, {"", true, "", 2565, 2567}},
      {{"ทม.ปากช่อง", "", ""}, {"เทศบาลเมืองปากช่อง", true, "", {}, {}}},
      {{"อบต. หนองบัว", "", ""}, {"องค์การบริหารส่วนตำบลหนองบัว", true, "", {}, {}}},
      {{"เทศบาลเมืองปากช่อง", "", ""}, {"เทศบาลเมืองปากช่อง", true, "", {}, {}}},
      {{"ปากช่อง", "", ""}, {"ปากช่อง", false, "", {}, {}}},
  };
  for (const auto& c : cases) {
    auto got = ResolveScope(c.typed, k->rules.agency_types(), k->provinces);
    REQUIRE(got.has_value());
    CHECK(*got == c.want);
  }
}

TEST_CASE("ResolveScope refuses what it cannot place, saying what to type") {
  auto k = Knowledge::Load(ITAPIPE_MODELS_DIR);
  REQUIRE(k.has_value());
  TypedFilters cases[] = {
      {"", "Chonburi", ""}, {"", "", "2567-2565"}, {"", "", "67"}, {"", "", "abc"}};
  for (const auto& c : cases) {
    auto got = ResolveScope(c, k->rules.agency_types(), k->provinces);
    REQUIRE_FALSE(got.has_value());
    CHECK(got.error().code == ErrorCode::kInvalidInput);
  }
}

}  // namespace itapipe
