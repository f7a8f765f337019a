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
  CHECK(content[0].text == "ก่อนตาราง\n1. การปฏิบัติหน้าที่ 89.42\n2. 81.62\nหลังตาราง\n");
}

}  // namespace
}  // namespace itapipe
