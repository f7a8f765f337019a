#include "extract/agency_check.h"

#include <doctest/doctest.h>

#include <string>

#include "extract/report_builder.h"
#include "extract/test_models.h"

namespace itapipe {
namespace {

const Gazetteer& Places() { return TestModels().gazetteer; }

std::string Problems(const Report& r) {
  std::string out;
  for (const std::string& p : r.problems) out += (out.empty() ? "" : " ") + p;
  return out;
}

Report Checked(const char* name, const char* type, const char* district, const char* province,
               bool read_by_ocr = true) {
  Report r;
  r.agency_name = name;
  r.agency_type = type;
  r.district = district;
  r.province = province;
  CheckAgency(Places(), read_by_ocr, r);
  return r;
}

TEST_CASE("an agency name OCR read is kept, corrected to the single nearest place, or flagged") {
  struct {
    const char* name;
    const char* type;
    const char* district;
    const char* province;
    const char* want_name;
    const char* want_problems;
  } cases[] = {
      {"องค์การบริหารส่วนตำบลท่าช้าง", "sao", "จักราช", "นครราชสีมา", "องค์การบริหารส่วนตำบลท่าช้าง", ""},
      {"องค์การบริหารส่วนตำบลทำช้าง", "sao", "จักราช", "นครราชสีมา", "องค์การบริหารส่วนตำบลท่าช้าง",
       "agency_name_corrected"},
      {"องค์การบริหารส่วนตำบลวังนำเขียว", "sao", "วังน้ำเขียว", "นครราชสีมา", "องค์การบริหารส่วนตำบลวังน้ำเขียว",
       "agency_name_corrected"},
      {"องค์การบริหารส่วนตำบลคลองหนึง", "sao", "คลองหลวง", "ปทุมธานี", "องค์การบริหารส่วนตำบลคลองหนึ่ง",
       "agency_name_corrected"},
      {"เทศบาลตำบลแผแม่ริม", "subdistrict_municipality", "แม่ริม", "เชียงใหม่", "เทศบาลตำบลแม่ริม",
       "agency_name_corrected"},
      // The district unknown: the province's places; ท่าช้าง is one of two, and right.
      {"องค์การบริหารส่วนตำบลท่าช้าง", "sao", "", "นครราชสีมา", "องค์การบริหารส่วนตำบลท่าช้าง", ""},
      // A place of the province, but not of the district the report states.
      {"องค์การบริหารส่วนตำบลท่าช้าง", "sao", "ปากช่อง", "นครราชสีมา", "องค์การบริหารส่วนตำบลท่าช้าง",
       "unknown_agency"},
      {"องค์การบริหารส่วนตำบลสมชาย", "sao", "จักราช", "นครราชสีมา", "องค์การบริหารส่วนตำบลสมชาย",
       "unknown_agency"},
      // Municipalities named after their district; a capital district without its เมือง.
      {"เทศบาลเมืองปากช่อง", "town_municipality", "ปากช่อง", "นครราชสีมา", "เทศบาลเมืองปากช่อง", ""},
      {"เทศบาลนครอุดรธาน", "city_municipality", "เมืองอุดรธานี", "อุดรธานี", "เทศบาลนครอุดรธานี",
       "agency_name_corrected"},
      {"องค์การบริหารส่วนจังหวัดศรสะเกษ", "pao", "", "ศรีสะเกษ", "องค์การบริหารส่วนจังหวัดศรีสะเกษ",
       "agency_name_corrected"},
      // Named after no place, of no known type, or in no known province: not checked.
      {"กรุงเทพมหานคร", "bma", "", "กรุงเทพมหานคร", "กรุงเทพมหานคร", ""},
      {"สำนักงานสมชาย", "other", "", "นครราชสีมา", "สำนักงานสมชาย", ""},
      {"องค์การบริหารส่วนตำบลทำช้าง", "sao", "", "", "องค์การบริหารส่วนตำบลทำช้าง", ""},
  };
  for (auto c : cases) {
    CAPTURE(c.name);
    Report r = Checked(c.name, c.type, c.district, c.province);
    CHECK(r.agency_name == c.want_name);
    CHECK(Problems(r) == c.want_problems);
  }
}

TEST_CASE(
    "a name from a text layer is the name as printed; its places take the gazetteer's spelling") {
  Report r = Checked("องค์การบริหารส่วนตำบลทำช้าง", "sao", "จกราช", "นครราชสีมา", false);
  CHECK(r.agency_name == "องค์การบริหารส่วนตำบลทำช้าง");
  CHECK(r.district == "จักราช");
  CHECK(Problems(r).empty());
  CHECK(Checked("", "", "ปากช่อง", "นครราชสีมา", false).district == "ปากช่อง");
  CHECK(Checked("", "", "สมชาย", "นครราชสีมา", false).district == "สมชาย");
}

TEST_CASE("a city or town named after a place of another province than the one read is flagged") {
  Report wrong = Checked("เทศบาลนครระยอง", "city_municipality", "", "นนทบุรี", false);
  CHECK(Problems(wrong) == "agency_not_in_province");
  CHECK(Problems(Checked("เทศบาลนครระยอง", "city_municipality", "เมืองระยอง", "ระยอง", false))
            .empty());
  CHECK(Problems(Checked("เทศบาลเมืองปากช่อง", "town_municipality", "ปากช่อง", "นครราชสีมา", false))
            .empty());
  // Subdistrict names repeat across provinces: not checked against the province.
  CHECK(Problems(Checked("เทศบาลตำบลนาดี", "subdistrict_municipality", "", "นนทบุรี", false)).empty());
  // A name the gazetteer does not know at all is left alone.
  CHECK(Problems(Checked("เทศบาลนครสมชาย", "city_municipality", "", "นนทบุรี", false)).empty());
}

TEST_CASE("a corrected name leaves a report ok; an unknown agency does not") {
  CHECK(LeavesReportOk("agency_name_corrected"));
  CHECK_FALSE(LeavesReportOk("unknown_agency"));
  CHECK_FALSE(LeavesReportOk("missing_field:district"));
}

// One page of an ITA report: the agency line, the result year, the total and grade, and an
// indicator, read from a text layer or by OCR.
Document OnePageReport(const char* agency_line, TextSource source) {
  Page page;
  page.number = 1;
  page.width = 595;
  page.height = 842;
  page.source = source;
  const char* lines[] = {agency_line, "ผลการประเมินประจำปีงบประมาณ 2565", "คะแนนรวม 77.98 ระดับ B",
                         "การปฏิบัติหน้าที่ 85.08"};
  double top = 0;
  for (const char* text : lines) {
    page.words.push_back(Word{text, Box{50, top, 500, top + 10}, 0.99});
    top += 30;
  }
  Document doc;
  doc.page_count = 1;
  doc.pages = {page};
  return doc;
}

bool Has(const Report& r, const std::string& problem) {
  return std::find(r.problems.begin(), r.problems.end(), problem) != r.problems.end();
}

TEST_CASE("extraction corrects an agency name OCR damaged, and never calls a wrong one ok") {
  const char* damaged = "องค์การบริหารส่วนตำบลทำช้าง อำเภอจักราช จังหวัดนครราชสีมา";
  Report ocr = ExtractReport(OnePageReport(damaged, TextSource::kOcr), TestModels());
  CHECK(ocr.agency_name == "องค์การบริหารส่วนตำบลท่าช้าง");
  CHECK(Has(ocr, "agency_name_corrected"));
  Report printed = ExtractReport(OnePageReport(damaged, TextSource::kTextLayer), TestModels());
  CHECK(printed.agency_name == "องค์การบริหารส่วนตำบลทำช้าง");
  CHECK_FALSE(Has(printed, "agency_name_corrected"));
  const char* unknown = "องค์การบริหารส่วนตำบลสมชาย อำเภอจักราช จังหวัดนครราชสีมา";
  Report flagged = ExtractReport(OnePageReport(unknown, TextSource::kOcr), TestModels());
  CHECK(Has(flagged, "unknown_agency"));
  CHECK(flagged.status == ReportStatus::kPartial);
}

}  // namespace
}  // namespace itapipe
