#include "extract/page_text.h"

#include <doctest/doctest.h>

#include <string>

namespace itapipe {
namespace {

void AddWord(Page& page, const char* text, double left, double top) {
  page.words.push_back(Word{text, Box{left, top, left + 40, top + 10}, 1.0});
}

void AddLine(Page& page, double x0, double y0, double x1, double y1) {
  bool horizontal = y0 == y1;
  Box box = horizontal ? Box{x0, y0 - 0.5, x1, y0 + 0.5} : Box{x0 - 0.5, y0, x0 + 0.5, y1};
  page.rulings.push_back(Ruling{box, horizontal});
}

TEST_CASE("PageText keeps OCR's low, short boxes of Thai digits on their line") {
  Page page;  // boxes as Tesseract gave them for a scanned line (points)
  page.words = {Word{"ทั้งสิ้น", Box{70.2, 173.5, 121.7, 197.6}, 0.9},
                Word{"77.73", Box{131.8, 184.3, 175.3, 194.0}, 0.9},
                Word{"จากคะแนนเต็ม", Box{245.9, 173.5, 353.5, 197.6}, 0.9},
                Word{"100", Box{364.0, 187.2, 393.8, 195.1}, 0.9},
                Word{"คะแนน", Box{403.9, 173.5, 454.0, 197.6}, 0.9},
                Word{"ประเมินของหน่วยงานคือ", Box{71.6, 212.8, 248.8, 235.4}, 0.9},
                Word{"B", Box{259.6, 218.9, 268.2, 230.4}, 0.9}};
  CHECK(PageText(page) == "ทั้งสิ้น 77.73 จากคะแนนเต็ม 100 คะแนน\nประเมินของหน่วยงานคือ B\n");
  Page marks;  // junk read from the marks above a line stays on a line of its own
  marks.words = {Word{"5", Box{73.0, 469.0, 81.4, 475.7}, 0.4},
                 Word{"ตัวชีวัดที", Box{71.3, 465.8, 127.7, 489.4}, 0.9},
                 Word{"8", Box{133.4, 472.6, 135.8, 483.8}, 0.9},
                 Word{"การปรับปรุงการทํางาน", Box{146.6, 465.8, 279.1, 489.4}, 0.9}};
  CHECK(PageText(marks) == "5\nตัวชีวัดที 8 การปรับปรุงการทํางาน\n");
}

TEST_CASE("DocumentContent reads a ruled table row by row where it stands") {
  Page page;
  page.number = 3;
  page.height = 842;
  AddWord(page, "ก่อนตาราง", 50, 20);
  // Two rows of | name | score |; the first name wraps onto two lines, its score sits
  // beside the second line, level with nothing of the next row.
  for (double y : {50.0, 90.0, 120.0}) AddLine(page, 40, y, 300, y);
  for (double x : {40.0, 200.0, 300.0}) AddLine(page, x, 50, x, 120);
  AddWord(page, "1.", 45, 55);
  AddWord(page, "การปฏิบัติหน้าที่", 45, 70);
  AddWord(page, "89.42", 205, 62);
  AddWord(page, "2.", 45, 95);
  AddWord(page, "81.62", 205, 95);
  AddWord(page, "หลังตาราง", 50, 140);
  Document doc;
  doc.pages = {page};
  std::vector<PageContent> content = DocumentContent(doc);
  REQUIRE(content.size() == 1);
  CHECK(content[0].page == 3);
  // A table of two rows is read down its columns as well (a label over its value).
  CHECK(content[0].text ==
        "ก่อนตาราง\n1. การปฏิบัติหน้าที่ 89.42\n2. 81.62\n1. การปฏิบัติหน้าที่ 2.\n89.42 81.62\n"
        "หลังตาราง\n");
}

TEST_CASE("DocumentContent reads a summary box down its columns, each label with its value") {
  Page page;
  page.number = 3;
  for (double y : {50.0, 70.0, 90.0}) AddLine(page, 40, y, 300, y);
  for (double x : {40.0, 170.0, 300.0}) AddLine(page, x, 50, x, 90);
  AddWord(page, "คะแนนรวม", 45, 55);
  AddWord(page, "ผลการประเมิน", 175, 55);
  AddWord(page, "75.35", 45, 75);
  AddWord(page, "B", 175, 75);
  Document doc;
  doc.pages = {page};
  std::vector<PageContent> content = DocumentContent(doc);
  REQUIRE(content.size() == 1);
  CHECK(content[0].text == "คะแนนรวม ผลการประเมิน\n75.35 B\nคะแนนรวม 75.35\nผลการประเมิน B\n");
}

TEST_CASE("ConfidenceOf is the least confidence of the spans a range overlaps") {
  PageContent page{1, "aa bb cc\ndd\n", 0.4, {{0, 2, 0.9}, {3, 5, 0.4}, {6, 8, 0.7}, {9, 11, 1}}};
  struct {
    size_t begin, end;
    double want;
  } cases[] = {
      {0, 2, 0.9},   // one word
      {1, 2, 0.9},   // part of a word
      {0, 5, 0.4},   // two words
      {2, 3, 1},     // only the space between: no span
      {4, 7, 0.4},   // the end of one word and the start of the next
      {6, 11, 0.7},  // across a line end
      {9, 11, 1},    // a certain word
      {11, 12, 1},   // past the last span
  };
  for (const auto& c : cases) {
    CAPTURE(c.begin);
    CAPTURE(c.end);
    CHECK(ConfidenceOf(page, c.begin, c.end) == c.want);
  }
  CHECK(ConfidenceOf(PageContent{1, "aa bb\n", 1, {}}, 0, 5) == 1);
}

TEST_CASE("DocumentContent keeps where each word and each table cell landed") {
  Page page;
  page.number = 2;
  page.height = 842;
  auto add = [&](const char* text, double left, double top, double confidence) {
    page.words.push_back(Word{text, Box{left, top, left + 40, top + 10}, confidence});
  };
  add("คะแนน", 50, 20, 0.95);
  add("77.98", 100, 20, 0.60);
  // One row of | name | score |, the name in two words of their own confidences.
  for (double y : {50.0, 90.0}) AddLine(page, 40, y, 300, y);
  for (double x : {40.0, 200.0, 300.0}) AddLine(page, x, 50, x, 90);
  add("1.", 45, 55, 0.99);
  add("การใช้อำนาจ", 45, 70, 0.90);
  add("89.42", 205, 62, 0.30);
  add("หลัง", 50, 140, 1.0);
  Document doc;
  doc.pages = {page};
  std::vector<PageContent> content = DocumentContent(doc);
  REQUIRE(content.size() == 1);
  const PageContent& c = content[0];
  CHECK(c.text == "คะแนน 77.98\n1. การใช้อำนาจ 89.42\nหลัง\n");
  CHECK(c.confidence == 0.30);
  struct {
    const char* text;
    double want;
  } cases[] = {
      {"คะแนน", 0.95}, {"77.98", 0.60}, {"1. การใช้อำนาจ", 0.90}, {"89.42", 0.30}, {"หลัง", 1.0},
  };
  for (const auto& want : cases) {
    CAPTURE(want.text);
    size_t at = c.text.find(want.text);
    REQUIRE(at != std::string::npos);
    CHECK(ConfidenceOf(c, at, at + std::string(want.text).size()) == want.want);
  }
  size_t first_space = c.text.find(' ');
  CHECK(c.spans.size() == 5);  // three words outside, two cells
  CHECK(c.spans.front() == TextSpan{0, first_space, 0.95});
}

TEST_CASE("DocumentContent keeps no spans for a page of certain words") {
  Page page;
  page.number = 1;
  AddWord(page, "คะแนน", 50, 20);
  AddWord(page, "77.98", 100, 20);
  Document doc;
  doc.pages = {page};
  std::vector<PageContent> content = DocumentContent(doc);
  REQUIRE(content.size() == 1);
  CHECK(content[0].text == "คะแนน 77.98\n");
  CHECK(content[0].spans.empty());
  CHECK(ConfidenceOf(content[0], 0, content[0].text.size()) == 1);
}

}  // namespace
}  // namespace itapipe
