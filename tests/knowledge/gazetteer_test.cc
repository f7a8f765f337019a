#include "knowledge/gazetteer.h"

#include <doctest/doctest.h>

#include "extract/test_models.h"

namespace itapipe {
namespace {

const char* kPlaces =
    "# a comment\n"
    "30\tนครราชสีมา\t3001\tเมืองนครราชสีมา\t300101\tในเมือง\n"
    "30\tนครราชสีมา\t3006\tจักราช\t300602\tท่าช้าง\n"
    "30\tนครราชสีมา\t3006\tจักราช\t300603\tหนองพลวง\n"
    "30\tนครราชสีมา\t3021\tปากช่อง\t302101\tปากช่อง\n"
    "30\tนครราชสีมา\t3032\tเฉลิมพระเกียรติ\t303202\tท่าช้าง\n"
    "50\tเชียงใหม่\t5007\tแม่ริม\t500701\tริมใต้\n";
const char* kTypes =
    "town_municipality\tเทศบาลเมือง\tdistrict subdistrict\tทม.\n"
    "subdistrict_municipality\tเทศบาลตำบล\tsubdistrict district\tทต.\n"
    "sao\tองค์การบริหารส่วนตำบล\tsubdistrict\tอบต.\n"
    "pao\tองค์การบริหารส่วนจังหวัด\tprovince\tอบจ.\n"
    "bma\tกรุงเทพมหานคร\t-\n";

Gazetteer Small() {
  auto g = Gazetteer::Parse(kPlaces, kTypes, "test");
  REQUIRE(g.has_value());
  return std::move(*g);
}

TEST_CASE("the gazetteer reads places and agency types, and refuses malformed lines") {
  Gazetteer g = Small();
  CHECK(g.places().size() == 6);
  CHECK(g.Provinces() == std::vector<std::string>{"นครราชสีมา", "เชียงใหม่"});
  REQUIRE(g.FindType("sao") != nullptr);
  CHECK(g.FindType("sao")->abbreviations == std::vector<std::string>{"อบต."});
  CHECK(g.FindType("town_municipality")->named_after ==
        std::vector<PlaceLevel>{PlaceLevel::kDistrict, PlaceLevel::kSubdistrict});
  CHECK(g.FindType("bma")->named_after.empty());
  CHECK(g.FindType("other") == nullptr);
  struct {
    const char* places;
    const char* types;
  } bad[] = {
      {"30\tนครราชสีมา\t3001\tเมือง\n", ""},                  // too few fields
      {"30\tนครราชสีมา\t3101\tเมือง\t310101\tในเมือง\n", ""},  // district not in province
      {"30\tนครราชสีมา\t300\tเมือง\t300101\tในเมือง\n", ""},   // 3-digit district
      {"", "sao\tองค์การบริหารส่วนตำบล\tvillage\n"},           // unknown level
      {"", "sao\tองค์การบริหารส่วนตำบล\n"},                    // no level
  };
  for (auto c : bad) CHECK_FALSE(Gazetteer::Parse(c.places, c.types, "t").has_value());
}

TEST_CASE("a province or district is matched exactly, within OCR damage, or not at all") {
  Gazetteer g = Small();
  CHECK(g.MatchProvince("นครราชสีมา") == PlaceMatch{MatchKind::kExact, "นครราชสีมา", {"30"}});
  CHECK(g.MatchProvince("เชียงไหม").kind == MatchKind::kNear);
  CHECK(g.MatchProvince("เชียงไหม").name == "เชียงใหม่");
  CHECK(g.MatchProvince("ขอนแก่น").kind == MatchKind::kNone);
  CHECK(g.MatchDistrict("นครราชสีมา", "จกราช") == PlaceMatch{MatchKind::kNear, "จักราช", {"3006"}});
  CHECK(g.MatchDistrict("เชียงใหม่", "จักราช").kind == MatchKind::kNone);
}

TEST_CASE("an agency's place is looked for where its type is named after") {
  Gazetteer g = Small();
  const AgencyType& sao = *g.FindType("sao");
  const AgencyType& town = *g.FindType("town_municipality");
  const AgencyType& tambon = *g.FindType("subdistrict_municipality");
  const AgencyType& pao = *g.FindType("pao");
  // In its district: one place; in the province without a district: two of that name.
  CHECK(g.MatchAgencyPlace(sao, "ท่าช้าง", "จักราช", "นครราชสีมา") ==
        PlaceMatch{MatchKind::kExact, "ท่าช้าง", {"300602"}});
  CHECK(g.MatchAgencyPlace(sao, "ท่าช้าง", "", "นครราชสีมา") ==
        PlaceMatch{MatchKind::kExact, "ท่าช้าง", {"300602", "303202"}});
  CHECK(g.MatchAgencyPlace(sao, "ทำช้าง", "เฉลิมพระเกียรติ", "นครราชสีมา") ==
        PlaceMatch{MatchKind::kNear, "ท่าช้าง", {"303202"}});
  // Not a place of that district, nor near one.
  CHECK(g.MatchAgencyPlace(sao, "ท่าช้าง", "ปากช่อง", "นครราชสีมา").kind == MatchKind::kNone);
  // A municipality named after its district, a capital district without its เมือง.
  CHECK(g.MatchAgencyPlace(town, "ปากช่อง", "ปากช่อง", "นครราชสีมา").codes ==
        std::vector<std::string>{"3021"});
  CHECK(g.MatchAgencyPlace(tambon, "ปากช่อง", "ปากช่อง", "นครราชสีมา").codes ==
        std::vector<std::string>{"302101"});
  CHECK(g.MatchAgencyPlace(town, "นครราชสีมา", "เมืองนครราชสีมา", "นครราชสีมา").codes ==
        std::vector<std::string>{"3001"});
  CHECK(g.MatchAgencyPlace(tambon, "แผแม่ริม", "แม่ริม", "เชียงใหม่") ==
        PlaceMatch{MatchKind::kNear, "แม่ริม", {"5007"}});
  CHECK(g.MatchAgencyPlace(pao, "นครราชสีมา", "", "นครราชสีมา").codes ==
        std::vector<std::string>{"30"});
}

TEST_CASE("two places equally near a damaged name are no single match") {
  auto g = Gazetteer::Parse(
      "30\tนครราชสีมา\t3006\tจักราช\t300601\tหนองบัว\n"
      "30\tนครราชสีมา\t3006\tจักราช\t300602\tหนองบัว่\n"
      "30\tนครราชสีมา\t3006\tจักราช\t300603\tหนองขาม\n",
      "sao\tองค์การบริหารส่วนตำบล\tsubdistrict\tอบต.\n", "t");
  REQUIRE(g.has_value());
  const AgencyType& sao = *g->FindType("sao");
  CHECK(g->MatchAgencyPlace(sao, "หนองบั", "จักราช", "นครราชสีมา").kind == MatchKind::kAmbiguous);
  CHECK(g->MatchAgencyPlace(sao, "หนองขาน", "จักราช", "นครราชสีมา").name == "หนองขาม");
  CHECK(g->MatchAgencyPlace(sao, "โนนสูง", "จักราช", "นครราชสีมา").kind == MatchKind::kNone);
}

TEST_CASE("the gazetteer of models/ holds Thailand's provinces, districts and subdistricts") {
  const Gazetteer& g = TestModels().gazetteer;
  CHECK(g.Provinces().size() == 77);
  CHECK(g.places().size() > 7400);
  CHECK(TestModels().provinces == g.Provinces());
  const AgencyType& sao = *g.FindType("sao");
  CHECK(g.MatchAgencyPlace(sao, "ทำช้าง", "จักราช", "นครราชสีมา") ==
        PlaceMatch{MatchKind::kNear, "ท่าช้าง", {"300602"}});
  CHECK(g.MatchAgencyPlace(sao, "วังนำเขียว", "วังน้ำเขียว", "นครราชสีมา").name == "วังน้ำเขียว");
  CHECK(g.MatchAgencyPlace(sao, "คลองหนึง", "คลองหลวง", "ปทุมธานี").name == "คลองหนึ่ง");
  CHECK(g.MatchAgencyPlace(*g.FindType("subdistrict_municipality"), "แผแม่ริม", "แม่ริม", "เชียงใหม่")
            .name == "แม่ริม");
}

}  // namespace
}  // namespace itapipe
