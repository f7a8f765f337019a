#include "knowledge/rule_set.h"

#include <doctest/doctest.h>

#include <string>

namespace itapipe {
namespace {

TEST_CASE("{AGENCY} is a prefix or abbreviation and a name, or a prefix that is a whole name") {
  std::vector<AgencyType> types = {
      {"องค์การบริหารส่วนตำบล", "sao", {"อบต."}, {PlaceLevel::kSubdistrict}},
      {"กรุงเทพมหานคร", "bma", {}, {}},
  };
  auto rules = RuleSet::Compile("rule\tagency\t1\t0\t^({AGENCY})$\n", "test.tsv", {}, types);
  REQUIRE(rules.has_value());
  CHECK(rules->agency_types() == types);
  struct {
    const char* text;
    const char* want;  // "" = no match
  } cases[] = {
      {"องค์การบริหารส่วนตำบลท่าช้าง", "องค์การบริหารส่วนตำบลท่าช้าง"},
      {"อบต.ท่าช้าง", "อบต.ท่าช้าง"},
      {"กรุงเทพมหานคร", "กรุงเทพมหานคร"},
      {"องค์การบริหารส่วนตำบล", ""},  // a prefix named after a place needs its name
      {"เทศบาลตำบลท่าช้าง", ""},     // not one of the types given
  };
  for (auto c : cases) {
    CAPTURE(c.text);
    auto matches = rules->Match("agency", c.text);
    CHECK((matches.empty() ? "" : matches[0].groups[0]) == std::string(c.want));
  }
}

TEST_CASE("RuleSet::Compile reads the min_confidence line") {
  struct {
    const char* text;
    bool ok;
    double want;
  } cases[] = {
      {"rule\ttotal_score\t1\t0\t(\\d+)\n", true, 0},
      {"min_confidence\t0.80\n", true, 0.80},
      {"min_confidence\t1\n", true, 1},
      {"min_confidence\t1.5\n", false, 0},
      {"min_confidence\thigh\n", false, 0},
      {"min_confidence\t0.8x\n", false, 0},
  };
  for (const auto& c : cases) {
    CAPTURE(c.text);
    auto rules = RuleSet::Compile(c.text, "test.tsv", {});
    REQUIRE(rules.has_value() == c.ok);
    if (c.ok) CHECK(rules->min_confidence() == c.want);
  }
}

TEST_CASE("RuleSet::Compile reads misread lines") {
  auto rules = RuleSet::Compile("misread\tgrade\t8\tB\t0.5\n", "test.tsv", {});
  REQUIRE(rules.has_value());
  const Misreading* m = rules->FindMisreading("grade", "8");
  REQUIRE(m != nullptr);
  CHECK(*m == Misreading{"grade", "8", "B", 0.5});
  CHECK(rules->FindMisreading("grade", "B") == nullptr);
  CHECK(rules->FindMisreading("total_score", "8") == nullptr);
  CHECK_FALSE(RuleSet::Compile("misread\tgrade\t8\tB\tsure\n", "test.tsv", {}).has_value());
  CHECK_FALSE(RuleSet::Compile("misread\tgrade\t8\tB\n", "test.tsv", {}).has_value());
}

TEST_CASE("RuleSet::Compile refuses a pattern its macros grow past 64 KiB") {
  // Each define doubles the one before: A_n is 16 * 2^n bytes, A13 (line 14) the first too long.
  auto doubling = [](int levels, const char* use) {
    std::string text = "define\tA0\txxxxxxxxxxxxxxxx\n";
    for (int i = 1; i <= levels; ++i) {
      std::string a = std::to_string(i), b = std::to_string(i - 1);
      text += "define\tA" + a + "\t{A" + b + "}{A" + b + "}\n";
    }
    return text + "rule\tf\t1\t0\t" + use + "\n";
  };
  CHECK(RuleSet::Compile(doubling(10, "{A10}"), "test.tsv", {}).has_value());
  auto rules = RuleSet::Compile(doubling(26, "{A26}"), "test.tsv", {});
  REQUIRE_FALSE(rules.has_value());
  CHECK(rules.error().message.find("test.tsv: line 14: pattern longer than") == 0);
  CHECK_FALSE(RuleSet::Compile(doubling(12, "{A12}{A12}{A12}{A12}"), "test.tsv", {}).has_value());
}

TEST_CASE("RuleSet::Match says where each group lies") {
  auto rules = RuleSet::Compile("rule\ttotal_score\t1\t0\tรวม (\\d+)(x)?\n", "test.tsv", {});
  REQUIRE(rules.has_value());
  std::string text = "ก\nคะแนนรวม 77\n";
  std::vector<RuleMatch> matches = rules->Match("total_score", text);
  REQUIRE(matches.size() == 1);
  REQUIRE(matches[0].group_spans.size() == 2);
  auto [begin, end] = matches[0].group_spans[0];
  CHECK(text.substr(begin, end - begin) == "77");
  CHECK(matches[0].group_spans[1] == std::pair<size_t, size_t>{0, 0});
}

}  // namespace
}  // namespace itapipe
