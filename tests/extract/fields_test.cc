#include "extract/fields.h"

#include <doctest/doctest.h>

#include <string>

#include "extract/test_models.h"
#include "knowledge/place_names.h"

namespace itapipe {
namespace {

const Knowledge& Models() { return TestModels(); }

Report FieldsOf(const std::string& text) {
  Report report;
  ExtractFields({PageContent{1, text, 1, {}}}, Models(), report);
  return report;
}

TEST_CASE("rules match OCR text that lost its tone marks") {
  Report r = FieldsOf(
      "ในปีงบประมาณ พ.ศ. 2567 องค์การบริหารส่วนตำบลโนนสูง\n"
      "ได้คะแนนรวมทังสิน 74.81 คะแนน\n"
      "เทศบาลเมืองบ้านโปง ได้รับผลคะแนนเฉลียรวม 84.03 คะแนน อยู่ในระดับ C\n");
  CHECK(r.total_score.value_or(0) == doctest::Approx(84.03));
  CHECK(r.grade == "C");
  CHECK(FieldsOf("ได้คะแนนรวมทังสิน 74.81 คะแนน\n").total_score.value_or(0) == doctest::Approx(74.81));
}

TEST_CASE("rules match OCR text that took one upper vowel for another") {
  Report r = FieldsOf("ได้คะแนนรวมทั้งสิ้น 74.81 คะแนน ซึงผลการประเมินของหน่วยงานคิอ ต้องปรับปรุง\n");
  CHECK(r.grade == "ต้องปรับปรุง");
}

TEST_CASE("a province OCR left without its upper marks is known by its skeleton") {
  const std::vector<std::string>& provinces = Models().provinces;
  CHECK(ThaiSkeleton("สุราษฎร์ธานี") == "สุราษฎรธาน");
  CHECK(ProvinceAtStart("สุราษฎร์ธานี", provinces) == "สุราษฎร์ธานี");
  CHECK(ProvinceAtStart("สุราษฎรธาน", provinces) == "สุราษฎร์ธานี");
  CHECK(ProvinceAtStart("ศรสะเกษ", provinces) == "ศรีสะเกษ");
  CHECK(ProvinceAtStart("สมชาย", provinces) == "");
  CHECK(CanonicalDistrict("เมองสุราษฎรธาน", "สุราษฎร์ธานี") == "เมืองสุราษฎร์ธานี");
  CHECK(CanonicalDistrict("ปากช่อง", "นครราชสีมา") == "ปากช่อง");
  CHECK(CanonicalDistrict("เมองสุราษฎรธาน", "") == "เมองสุราษฎรธาน");
  Report r = FieldsOf("เทศบาลนครสุราษฎร์ธานี อำเภอเมองสุราษฎรธาน จังหวัดสุราษฎรธาน\n");
  CHECK(r.province == "สุราษฎร์ธานี");
  CHECK(r.district == "เมืองสุราษฎร์ธานี");
}

TEST_CASE("a grade B misread as 8 (C as 6) is read where a grade must stand, and flagged") {
  Report r = FieldsOf("ได้รับผลคะแนนเฉลี่ยรวม 75.60 คะแนน อยู่ใน\nระดับ 8\n");
  CHECK(r.grade == "B");
  CHECK(r.origins["grade"].confidence < Models().rules.min_confidence());
  CHECK(FieldsOf("ซึ่งผลการประเมินของหน่วย\nงานคือ 8\n").grade == "B");
  CHECK(FieldsOf("นายสมชาย ตำแหน่งนักวิชาการ ระดับ 8\n").grade == "");  // a civil-service level
  Report c = FieldsOf("ส่วนตำบลดงมะไฟ มีคะแนนรวม 70.65 อยู่ในระดับ 6\n");
  CHECK(c.grade == "C");
  CHECK(c.origins["grade"].confidence < Models().rules.min_confidence());
  CHECK(FieldsOf("ได้รับผลคะแนนเฉลี่ยรวม 70.65 คะแนน ระดับ 6\n").grade == "");
  CHECK(FieldsOf("อยู่ในระดับ 8.5\n").grade == "");
  CHECK(FieldsOf("อยู่ในระดับ 8 อยู่ในระดับ C\n").grade == "C");  // a real letter outweighs
}

TEST_CASE("fiscal_year is the result year, also when its sentence wraps") {
  struct {
    const char* text;
    int want;  // 0: none
  } cases[] = {
      {"ผลการประเมินคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2564\n", 2564},
      {"ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วย\nงานภาครัฐ ประจำปีงบประมาณ "
       "พ.ศ. 2563\n",
       2563},
      {"จึงได้นำผลการ\nประเมินประจำปีงบประมาณ พ.ศ. 2567 มาวิเคราะห์เพื่อกำหนดแนวทาง\n"
       "การพัฒนาในปีงบประมาณ พ.ศ. 2568\n",
       2567},
      {"จึงได้นำผลการประเมินประจำ\nปีงบประมาณ พ.ศ. 2566 มาวิเคราะห์\n", 2566},
      {"การนำผลการประเมินไปดำเนินการปรับปรุงและพัฒนา ในปีงบประมาณ\nพ.ศ. 2565\n", 2564},
      {"แผนปฏิบัติการป้องกันการทุจริต 4 ปี (พ.ศ. 2561 - 2564)\n", 0},
      {"ผลการประเมิน\nหัวข้อหนึ่ง\nหัวข้อสอง ประจำปีงบประมาณ พ.ศ. 2564\n", 0},
  };
  for (const auto& c : cases) {
    CAPTURE(c.text);
    CHECK(FieldsOf(c.text).fiscal_year.value_or(0) == c.want);
  }
}

TEST_CASE("province of a provincial administration is the one in its name") {
  Report r = FieldsOf(
      "องค์การบริหารส่วนจังหวัดกาญจนบุรี\n"
      "อบรม ณ โรงแรมในพื้นที่อำเภอปากเกร็ด จังหวัดนนทบุรี\n");
  CHECK(r.agency_type == "pao");
  CHECK(r.province == "กาญจนบุรี");
  CHECK(FieldsOf("เทศบาลเมืองบ้านโป่ง\nอำเภอบ้านโป่ง จังหวัดราชบุรี\n").province == "ราชบุรี");
}

TEST_CASE("total_score and grade read across a line break") {
  struct {
    const char* text;
    double total;  // -1: none
    const char* grade;
  } cases[] = {
      {"ได้รับผลคะแนนเฉลี่ยรวม 84.03 คะแนน อยู่ในระดับ\nC\n", 84.03, "C"},
      {"ได้รับผลคะแนนเฉลี่ยรวม\n84.50 คะแนน อยู่ในระดับ C\n", 84.50, "C"},
      {"มีคะแนนรวม 82.50 ผลการ\nประเมิน ต้องปรับปรุง\n", 82.50, "ต้องปรับปรุง"},
      {"ได้รับผลคะแนนเฉลี่ยรวม 85.06 คะแนน ผลการ\nประเมิน ผ่าน\n", 85.06, "ผ่าน"},
      {"มีคะแนนรวม 77.98 อยู่ในระดับ B มีรายละเอียด ดังนี้\n", 77.98, "B"},
      {"ตัวชี้วัดที่มีคะแนนต่ำกว่าร้อยละ 90\n", -1, ""},
      {"ได้คะแนนรวม\nทั้งสิ้น 77.08 คะแนน จากคะแนนเต็ม 100 คะแนน ซึ่งผลการประเมิน\nของหน่วยงานคือ B\n", 77.08,
       "B"},
      {"ได้คะแนนรวมทั้งสิ้น 74.81 คะแนน จากคะแนนเต็ม 100\nคะแนน ซึ่งผลการประเมินของหน่วยงานคือ "
       "ต้องปรับปรุง\n",
       74.81, "ต้องปรับปรุง"},
      {"มีคะแนนรวม 82.41 ผลการประเมิน ต้อง\nปรับปรุง\n", 82.41, "ต้องปรับปรุง"},
      {"ผลการประเมิน ITA ของหน่วยงาน\n", -1, ""},
      {"ได้คะแนนรวมทั้ง\nสิ้น 73.44 คะแนน จากคะแนนเต็ม 100 คะแนน\n", 73.44, ""},
  };
  for (const auto& c : cases) {
    CAPTURE(c.text);
    Report r = FieldsOf(c.text);
    CHECK(r.total_score.value_or(-1) == doctest::Approx(c.total));
    CHECK(r.grade == c.grade);
  }
}

}  // namespace
}  // namespace itapipe
