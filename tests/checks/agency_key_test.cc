#include "checks/agency_key.h"

#include <doctest/doctest.h>

#include <string>

#include "extract/test_models.h"

namespace itapipe {
namespace {

const Gazetteer& Places() { return TestModels().gazetteer; }

std::string KeyOf(const char* name, const char* district, const char* province) {
  auto key = AgencyKey(Places(), name, district, province);
  return key ? *key : "error: " + key.error().message;
}

TEST_CASE("one agency written three ways has one key") {
  const char* ways[][3] = {
      {"องค์การบริหารส่วนตำบลท่าช้าง", "จักราช", "นครราชสีมา"},
      {"อบต.ท่าช้าง", "อ.จักราช", "จ.นครราชสีมา"},
      {"องค์การบริหารส่วนตำบลทำช้าง", "อำเภอจกราช", "จังหวัดนครราชสีมา"},  // OCR near-misses
  };
  for (auto w : ways) {
    CAPTURE(w[0]);
    CHECK(KeyOf(w[0], w[1], w[2]) == "sao:300602");
  }
}

TEST_CASE("two agencies of one name in different districts have two keys") {
  CHECK(KeyOf("อบต.ท่าช้าง", "จักราช", "นครราชสีมา") == "sao:300602");
  CHECK(KeyOf("อบต.ท่าช้าง", "เฉลิมพระเกียรติ", "นครราชสีมา") == "sao:303202");
  // Without the district it could be either: no key.
  CHECK(KeyOf("อบต.ท่าช้าง", "", "นครราชสีมา").rfind("error: ", 0) == 0);
}

TEST_CASE("a key names the place the agency's type is named after") {
  struct {
    const char* name;
    const char* district;
    const char* province;
    const char* want;
  } cases[] = {
      {"เทศบาลเมืองปากช่อง", "ปากช่อง", "นครราชสีมา", "town_municipality:3021"},
      {"ทม.ปากช่อง", "ปากช่อง", "นครราชสีมา", "town_municipality:3021"},
      {"เทศบาลนครอุดรธานี", "เมืองอุดรธานี", "อุดรธานี", "city_municipality:4101"},
      {"องค์การบริหารส่วนจังหวัดศรีสะเกษ", "", "", "pao:33"},
      {"อบจ.ศรีสะเกษ", "", "ศรีสะเกษ", "pao:33"},
      {"กรุงเทพมหานคร", "", "", "bma"},
      {"เมืองพัทยา", "บางละมุง", "ชลบุรี", "pattaya"},
  };
  for (auto c : cases) {
    CAPTURE(c.name);
    CHECK(KeyOf(c.name, c.district, c.province) == c.want);
  }
}

TEST_CASE("a name that is no single agency has no key, and the error says why") {
  struct {
    const char* name;
    const char* district;
    const char* province;
    const char* why;
  } cases[] = {
      {"สำนักงานสมชาย", "จักราช", "นครราชสีมา", "no known type of agency"},
      {"อบต.ท่าช้าง", "จักราช", "", "no province"},
      {"อบต.สมชาย", "จักราช", "นครราชสีมา", "not a place of นครราชสีมา"},
      {"อบต.ท่าช้าง", "", "นครราชสีมา", "several places of that name"},
  };
  for (auto c : cases) {
    CAPTURE(c.name);
    auto key = AgencyKey(Places(), c.name, c.district, c.province);
    REQUIRE_FALSE(key.has_value());
    CHECK(key.error().code == ErrorCode::kNotFound);
    CHECK(key.error().message.find(c.why) != std::string::npos);
  }
}

}  // namespace
}  // namespace itapipe
