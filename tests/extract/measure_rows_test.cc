#include "extract/measure_rows.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace itapipe {
namespace {

MeasureTableRules Rules() {
  Result<MeasureTableRules> rules =
      MeasureTableRules::Load(std::string(ITAPIPE_MODELS_DIR) + "/rules/measure_tables.tsv");
  REQUIRE(rules.has_value());
  return *rules;
}

Table MakeTable(int rows, int cols, std::vector<TableCell> cells) {
  Table table;
  table.rows = rows;
  table.cols = cols;
  table.cells = std::move(cells);
  return table;
}

TableCell C(int row, int col, const char* text, int row_span = 1, int col_span = 1) {
  return TableCell{row, col, row_span, col_span, Box{}, text};
}

using R = ColumnRole;

}  // namespace

TEST_CASE("FindMeasureColumns maps each column from the table's own header") {
  struct {
    const char* name;
    Table table;
    std::vector<ColumnRole> roles;  // empty: not a measure table
    int first_data_row;
  } cases[] = {
      {"two header rows, group over sub-columns",
       MakeTable(3, 5,
                 {C(0, 0, "ประเด็น", 2), C(0, 1, "มาตรการ", 2), C(0, 2, "ผู้รับผิดชอบ", 2),
                  C(0, 3, "ผลการดำเนินการ", 1, 2), C(1, 3, "ดำเนินการแล้ว"), C(1, 4, "ยังไม่ ดำเนินการ"),
                  C(2, 0, "x")}),
       {R::kIssue, R::kMeasure, R::kOwner, R::kDone, R::kNotDone},
       2},
      {"a title row above, sub-header row without merged cells",
       MakeTable(4, 4,
                 {C(0, 0, "ด้าน IIT", 1, 4), C(1, 0, "ประเด็น"), C(1, 1, "แนวทาง"),
                  C(1, 2, "การกำกับติดตาม", 1, 2), C(2, 0, ""), C(2, 1, ""),
                  C(2, 2, "อยู่ระหว่าง ดำเนินการ"), C(2, 3, "ดำเนินการแล้ว")}),
       {R::kIssue, R::kApproach, R::kInProgress, R::kDone},
       3},
      {"status group without sub-columns, extra columns",
       MakeTable(2, 5,
                 {C(0, 0, "ประเด็น"), C(0, 1, "ระยะเวลา ดำเนินการ"), C(0, 2, "ผลการดำเนินการ"),
                  C(0, 3, "ข้อเสนอแนะ"), C(0, 4, "ลำดับ")}),
       {R::kIssue, R::kPeriod, R::kStatusGroup, R::kIgnored, R::kNone},
       1},
      {"an indicator table is not a measure table",
       MakeTable(2, 2, {C(0, 0, "ตัวชี้วัด"), C(0, 1, "ประเด็นที่ต้องแก้ไข"), C(1, 0, "1.")}),
       {},
       0},
  };
  MeasureTableRules rules = Rules();
  for (const auto& c : cases) {
    CAPTURE(c.name);
    std::optional<MeasureColumns> columns = FindMeasureColumns(c.table, rules);
    if (c.roles.empty()) {
      CHECK_FALSE(columns.has_value());
      continue;
    }
    REQUIRE(columns.has_value());
    CHECK(columns->roles == c.roles);
    CHECK(columns->first_data_row == c.first_data_row);
  }
}

TEST_CASE("ReadMeasureRow decides the status from marks, texts and result words") {
  MeasureColumns columns{
      {R::kIssue, R::kOwner, R::kInProgress, R::kDone, R::kNotDone, R::kStatusGroup, R::kNone}, 0};
  struct {
    const char* name;
    std::vector<TableCell> row;  // cells of row 0
    const char* want;            // issue|owner|status|result, or "" for no measure
  } cases[] = {
      {"mark", {C(0, 0, "ก"), C(0, 1, "กองคลัง"), C(0, 4, "√")}, "ก|กองคลัง|3|"},
      {"scan mark", {C(0, 0, "ก"), C(0, 2, "V")}, "ก||2|"},
      {"dash then text", {C(0, 0, "ก"), C(0, 2, "-"), C(0, 3, "- ประชุม แล้ว")}, "ก||1|- ประชุม แล้ว"},
      {"dashes only", {C(0, 0, "ก"), C(0, 2, "-"), C(0, 3, "–"), C(0, 4, "-")}, "ก||0|"},
      {"result column word",
       {C(0, 0, "ก"), C(0, 5, "ยังไม่ ดำเนินการ เพราะ")},
       "ก||3|ยังไม่ ดำเนินการ เพราะ"},
      {"other column word", {C(0, 0, "ก"), C(0, 6, "อยู่ระหว่างดำเนินการ")}, "ก||2|"},
      {"cell over two status columns",
       {C(0, 0, "ก"), C(0, 2, "ดำเนินการแล้ว ทุกข้อ", 1, 2)},
       "ก||1|ดำเนินการแล้ว ทุกข้อ"},
      {"mark plus result text",
       {C(0, 0, "ก"), C(0, 3, "✓"), C(0, 5, "<p>ประชุม</p>")},
       "ก||1|ประชุม"},
      {"misread mark", {C(0, 0, "ก"), C(0, 3, "Vv")}, "ก||1|"},
      {"misread mark with a vowel", {C(0, 0, "ก"), C(0, 4, "ฟู")}, "ก||3|"},
      {"short text is no result", {C(0, 0, "ก"), C(0, 3, "แล้ว")}, "ก||1|แล้ว"},
      {"mark in a status group: which status is not known", {C(0, 0, "ก"), C(0, 5, "v")}, "ก||0|"},
      {"blank row", {C(0, 0, ""), C(0, 2, "-")}, ""},
      {"one cell across", {C(0, 0, "ด้าน EIT", 1, 7)}, ""},
  };
  MeasureTableRules rules = Rules();
  for (const auto& c : cases) {
    CAPTURE(c.name);
    std::optional<Measure> m = ReadMeasureRow(MakeTable(1, 7, c.row), 0, columns, rules);
    std::string got = m ? m->issue + "|" + m->owner + "|" +
                              std::to_string(static_cast<int>(m->status)) + "|" + m->result
                        : "";
    CHECK(got == c.want);
  }
}

TEST_CASE("ReadMeasureRow gives a vertically merged cell to every row it spans") {
  MeasureColumns columns{{R::kIssue, R::kMeasure}, 0};
  Table table = MakeTable(
      3, 2, {C(0, 0, "ก"), C(0, 1, "มาตรการ ก", 2), C(1, 0, "ข"), C(2, 0, "ค"), C(2, 1, "")});
  MeasureTableRules rules = Rules();
  CHECK(ReadMeasureRow(table, 0, columns, rules)->measure == "มาตรการ ก");
  CHECK(ReadMeasureRow(table, 1, columns, rules)->measure == "มาตรการ ก");
  CHECK(ReadMeasureRow(table, 2, columns, rules)->measure == "");
}

TEST_CASE("ReadMeasureRow is as sure as the least sure cell it reads") {
  MeasureColumns columns{{R::kIssue, R::kOwner, R::kNone}, 0};
  TableCell unsure = C(0, 1, "กองคลัง");
  unsure.confidence = 0.42;
  MeasureTableRules rules = Rules();
  std::optional<Measure> m = ReadMeasureRow(
      MakeTable(1, 3, {C(0, 0, "ก"), unsure, C(0, 2, "หมายเหตุ")}), 0, columns, rules);
  REQUIRE(m.has_value());
  CHECK(m->confidence == doctest::Approx(0.42));
  m = ReadMeasureRow(MakeTable(1, 3, {C(0, 0, "ก")}), 0, columns, rules);
  REQUIRE(m.has_value());
  CHECK(m->confidence == 1.0);
}

TEST_CASE("CleanCellText strips pasted tags and extra spaces") {
  MeasureTableRules rules = Rules();
  struct {
    const char* in;
    const char* want;
  } cases[] = {{"<p>E12 ควร</p> <p>E14 ควร</p>", "E12 ควร E14 ควร"},
               {"  a  b ", "a b"},
               {"<p></p>", ""},
               {"<b>x</b>", "<b>x</b>"}};
  for (const auto& c : cases) CHECK(CleanCellText(c.in, rules) == std::string(c.want));
}

}  // namespace itapipe
