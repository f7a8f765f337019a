#include "knowledge/measure_table_rules.h"

#include <doctest/doctest.h>

#include <string>

namespace itapipe {

TEST_CASE("MeasureTableRules::Parse reads keywords, marks and tools") {
  Result<MeasureTableRules> rules = MeasureTableRules::Parse(
      "# comment\n"
      "header.done\tดำเนินการ แล้ว\n"
      "header.status_group\tผลการดำเนินการ\n"
      "header.issue\tประเด็น\n"
      "\n"
      "mark\t✓\r\n"
      "blank\t-\n"
      "status.in_progress\tอยู่ระหว่าง ดำเนินการ\n"
      "tool_code.EIT\t(EIT)\n"
      "tool_title.OIT\tเปิดเผยข้อมูล สาธารณะ\n"
      "strip\t<p>\n"
      "min_header_roles\t2\n"
      "max_misread_mark_length\t2\n",
      "test.tsv");
  REQUIRE(rules.has_value());
  CHECK(rules->headers.size() == 3);
  CHECK(rules->headers[0] == HeaderKeyword{MatchKey("ดำเนินการแล้ว"), ColumnRole::kDone});
  CHECK(rules->marks == std::vector<std::string>{"✓"});
  CHECK(rules->blanks == std::vector<std::string>{"-"});
  REQUIRE(rules->status_words.size() == 1);
  CHECK(rules->status_words[0].first == MatchKey("อยู่ระหว่างดำเนินการ"));  // keys are compared
  CHECK(rules->status_words[0].second == MeasureStatus::kInProgress);
  CHECK(rules->tool_codes[0] == std::pair<std::string, std::string>{"(EIT)", "EIT"});
  CHECK(rules->tool_titles[0].first == MatchKey("เปิดเผยข้อมูลสาธารณะ"));
  CHECK(rules->strip == std::vector<std::string>{"<p>"});
  CHECK(rules->min_header_roles == 2);
  CHECK(rules->max_misread_mark_length == 2);
  CHECK(rules->IsMark("✓"));
  CHECK(rules->IsMark("Jv"));
  CHECK(rules->IsMark("ฟู"));  // one letter and a vowel below it
  CHECK_FALSE(rules->IsMark("แล้ว"));
  CHECK_FALSE(rules->IsMark(""));

  struct {
    const char* header;
    ColumnRole want;
  } cases[] = {{"ดำเนินการแล้ว", ColumnRole::kDone},
               {"ดำเนิน การแล้ว", ColumnRole::kDone},
               {"ผลการ ดำเนินการ", ColumnRole::kStatusGroup},
               {"ประเด็นที่เป็น ข้อบกพร่อง", ColumnRole::kIssue},
               {"หมายเหตุ", ColumnRole::kNone},
               {"", ColumnRole::kNone}};
  for (const auto& c : cases) CHECK(rules->RoleOf(c.header) == c.want);
}

TEST_CASE("MeasureTableRules::Parse reports bad lines with their number") {
  struct {
    const char* text;
    const char* want;
  } cases[] = {
      {"mark\t✓\nheader.colour\tสี\n", "t.tsv: line 2: bad key or value 'header.colour'"},
      {"mark\n", "t.tsv: line 1: want key<TAB>value"},
      {"mark\t\n", "t.tsv: line 1: want key<TAB>value"},
      {"mark\ta\tb\n", "t.tsv: line 1: want key<TAB>value"},
      {"tool_code.XIT\t(XIT)\n", "t.tsv: line 1: bad key or value 'tool_code.XIT'"},
      {"min_header_roles\tthree\n", "t.tsv: line 1: bad key or value 'min_header_roles'"},
      {"mark\t✓\n", "t.tsv: needs header.*, mark and status.* lines"},
  };
  for (const auto& c : cases) {
    Result<MeasureTableRules> rules = MeasureTableRules::Parse(c.text, "t.tsv");
    REQUIRE_FALSE(rules.has_value());
    CHECK(rules.error().code == ErrorCode::kInvalidInput);
    CHECK(rules.error().message == c.want);
  }
}

TEST_CASE("MeasureTableRules::Load reads the model file and names a missing one") {
  Result<MeasureTableRules> rules =
      MeasureTableRules::Load(std::string(ITAPIPE_MODELS_DIR) + "/rules/measure_tables.tsv");
  REQUIRE(rules.has_value());
  CHECK(rules->RoleOf("อยู่ระหว่าง ดำเนินการ") == ColumnRole::kInProgress);
  CHECK(rules->RoleOf("ยังไม่ ดำเนินการ") == ColumnRole::kNotDone);
  CHECK(rules->RoleOf("ระยะเวลา ดำเนินการ") == ColumnRole::kPeriod);
  CHECK(rules->RoleOf("แนวทางการนำผลการ วิเคราะห์ไปสู่การปฏิบัติ") == ColumnRole::kApproach);
  CHECK(rules->RoleOf("การกำกับติดตาม รายงานความก้าวหน้า") == ColumnRole::kStatusGroup);
  Result<MeasureTableRules> missing = MeasureTableRules::Load("/nonexistent/rules.tsv");
  REQUIRE_FALSE(missing.has_value());
  CHECK(missing.error().code == ErrorCode::kNotFound);
}

TEST_CASE("WithoutSpaces drops spaces only; MatchKey also the marks OCR loses") {
  CHECK(WithoutSpaces("ทุกส่วน ราชการ ") == "ทุกส่วนราชการ");
  CHECK(WithoutSpaces("") == "");
  CHECK(WithoutSpaces("a\tb") == "a\tb");
  CHECK(MatchKey("ทุกส่วน ราชการ ") == "ทกสวนราชการ");
  CHECK(MatchKey("ผู้รับผิดชอบ") == MatchKey("ผูรับผิดชอบ"));
  CHECK(MatchKey("ผู้รับผิดชอบ") == MatchKey("ผรบผด ชอบ"));  // a scan's header cell
  CHECK(MatchKey("การปฏิบัติหน้าที่") == "การปฏบตหนาท");
  CHECK(MatchKey("ดำเนินการแล้ว") == "ดำเนนการแลว");  // ำ is a vowel of its own
  CHECK(MatchKey("") == "");
}

}  // namespace itapipe
