#include "layout/whitespace_tables.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace itapipe {
namespace {

// Boxes as a text layer gives them: 15.6 points tall (the font's ascent to its descent) for
// 12-point type, so the boxes of consecutive lines touch.
constexpr double kHeight = 15.6;

Word W(const char* text, double x, double top, double width) {
  return Word{text, Box{x, top, x + width, top + kHeight}};
}

// "row,col xspan: text" per cell, one per line.
std::string Summary(const std::vector<Table>& tables) {
  std::string out;
  for (const Table& table : tables) {
    out += "table " + std::to_string(table.rows) + "x" + std::to_string(table.cols) + "\n";
    for (const TableCell& c : table.cells) {
      if (c.text.empty()) continue;
      out += std::to_string(c.row) + "," + std::to_string(c.col) + " x" +
             std::to_string(c.col_span) + ": " + c.text + "\n";
    }
  }
  return out;
}

// Prose: lines as wide as the text block, 19.2 points apart.
void AddProse(Page& page, double top, int lines) {
  for (int i = 0; i < lines; ++i) {
    double y = top + 19.2 * i;
    page.words.push_back(W("ผลการประเมินคุณธรรม", 72, y, 150));
    page.words.push_back(W("และความโปร่งใสของหน่วยงาน", 226, y, 200));
    page.words.push_back(W("ประจำปีงบประมาณ", 430, y, 90));
  }
}

}  // namespace

TEST_CASE("FindWhitespaceTables joins names wrapped beside a centred score into one row") {
  // Names wrap onto two lines 19.2 points apart; rows are 23.7 points apart (cell padding);
  // each score sits halfway down its row, between the two lines of the name.
  Page page;
  page.number = 3;
  AddProse(page, 100, 2);
  page.words.push_back(W("ตัวชี้วัด", 73, 180, 60));
  page.words.push_back(W("คะแนน", 331, 180, 32));
  const char* first[] = {"ตัวชี้วัดที่ 1 การ", "ตัวชี้วัดที่ 2 การ", "ตัวชี้วัดที่ 3 การ"};
  const char* second[] = {"ปฏิบัติหน้าที่", "ใช้งบประมาณ", "ใช้อำนาจ"};
  const char* scores[] = {"71.80", "73.89", "69.31"};
  for (int row = 0; row < 3; ++row) {
    double top = 204 + row * (19.2 + 23.7);
    page.words.push_back(W(first[row], 73, top, 68));
    page.words.push_back(W(second[row], 73, top + 19.2, 52));
    page.words.push_back(W(scores[row], 331, top + 9.6, 32));
  }
  AddProse(page, 340, 2);

  std::vector<Table> tables = FindWhitespaceTables(page, {});
  REQUIRE(tables.size() == 1);
  CHECK_FALSE(tables[0].ruled);
  CHECK(tables[0].page == 3);
  CHECK(Summary(tables) ==
        "table 4x2\n"
        "0,0 x1: ตัวชี้วัด\n"
        "0,1 x1: คะแนน\n"
        "1,0 x1: ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่\n"
        "1,1 x1: 71.80\n"
        "2,0 x1: ตัวชี้วัดที่ 2 การใช้งบประมาณ\n"
        "2,1 x1: 73.89\n"
        "3,0 x1: ตัวชี้วัดที่ 3 การใช้อำนาจ\n"
        "3,1 x1: 69.31\n");
}

TEST_CASE("FindWhitespaceTables reads a table of one-line rows, with a title row spanning it") {
  Page page;
  AddProse(page, 20, 2);
  page.words.push_back(W("ตัวชี้วัด", 73, 100, 60));
  page.words.push_back(W("คะแนน", 393, 100, 34));
  page.words.push_back(W("แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT)", 73, 126, 330));
  const char* names[] = {"การปฏิบัติหน้าที่", "การใช้งบประมาณ", "การใช้อำนาจ"};
  const char* scores[] = {"90.98", "87.41", "86.01"};
  for (int row = 0; row < 3; ++row) {
    double top = 152 + 25.9 * row;
    page.words.push_back(W(names[row], 73, top, 90));
    page.words.push_back(W(scores[row], 393, top, 34));
  }

  std::vector<Table> tables = FindWhitespaceTables(page, {});
  REQUIRE(tables.size() == 1);
  CHECK(Summary(tables) ==
        "table 5x2\n"
        "0,0 x1: ตัวชี้วัด\n"
        "0,1 x1: คะแนน\n"
        "1,0 x2: แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT)\n"
        "2,0 x1: การปฏิบัติหน้าที่\n"
        "2,1 x1: 90.98\n"
        "3,0 x1: การใช้งบประมาณ\n"
        "3,1 x1: 87.41\n"
        "4,0 x1: การใช้อำนาจ\n"
        "4,1 x1: 86.01\n");
}

TEST_CASE("FindWhitespaceTables leaves the end of a paragraph beside a table out of it") {
  Page page;
  AddProse(page, 100, 2);
  page.words.push_back(W("งานคือ B", 72, 138.4, 58));  // the paragraph's short last line
  const char* names[] = {"การปฏิบัติหน้าที่", "การใช้งบประมาณ", "การใช้อำนาจ"};
  const char* scores[] = {"90.98", "87.41", "86.01"};
  const char* numbers[] = {"1", "2", "3"};
  for (int row = 0; row < 3; ++row) {
    double top = 160 + 25.9 * row;
    page.words.push_back(W(numbers[row], 89, top, 6));
    page.words.push_back(W(names[row], 115, top, 90));
    page.words.push_back(W(scores[row], 393, top, 34));
  }
  page.words.push_back(W("คะแนนถ่วงน้ำหนักรายเครื่องมือ", 72, 240, 160));  // a heading below

  std::vector<Table> tables = FindWhitespaceTables(page, {});
  REQUIRE(tables.size() == 1);
  CHECK(tables[0].rows == 3);
  CHECK(tables[0].box.top == doctest::Approx(160));
  CHECK(tables[0].box.bottom == doctest::Approx(211.8 + kHeight));
}

TEST_CASE("FindWhitespaceTables finds no table in prose or among a table's rulings") {
  Page prose;
  AddProse(prose, 100, 6);
  CHECK(FindWhitespaceTables(prose, {}).empty());

  Page page;
  for (int row = 0; row < 3; ++row) {
    page.words.push_back(W("ชื่อ", 73, 100 + 20 * row, 40));
    page.words.push_back(W("90.00", 300, 100 + 20 * row, 30));
  }
  Table ruled;
  ruled.box = Box{60, 90, 400, 170};
  CHECK(FindWhitespaceTables(page, {ruled}).empty());
  CHECK(FindWhitespaceTables(page, {}).size() == 1);
}

}  // namespace itapipe
