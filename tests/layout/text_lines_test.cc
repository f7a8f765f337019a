#include "layout/text_lines.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace itapipe {

TEST_CASE("GroupIntoLines sorts words into lines by overlap, left to right") {
  std::vector<Word> words = {{"c", Box{10, 22, 20, 32}},
                             {"b", Box{40, 10, 50, 20}},
                             {"a", Box{10, 8, 30, 21}},
                             {"d", Box{30, 23, 40, 31}},
                             {"e", Box{10, 40, 20, 50}}};
  std::vector<const Word*> pointers;
  for (const Word& w : words) pointers.push_back(&w);
  std::vector<TextLine> lines = GroupIntoLines(pointers);
  REQUIRE(lines.size() == 3);
  CHECK(lines[0].text == "a b");
  CHECK(lines[0].box == Box{10, 8, 50, 21});
  CHECK(lines[1].text == "c d");
  CHECK(lines[2].text == "e");
  CHECK(GroupIntoLines({}).empty());
}

TEST_CASE("GroupIntoLines keeps two stacked lines of a narrow cell apart") {
  // A two-line header cell in small type ("อยู่ระหว่าง" over "การดำเนินการ") beside cells whose
  // one line is centred between them: the neighbours must not chain the two lines into one.
  std::vector<Word> words = {{"อยู่ระหว่าง", Box{100, 100, 140, 110}},
                             {"การดำเนินการ", Box{100, 109, 145, 119}},
                             {"ผลการ", Box{150, 103, 180, 113}},
                             {"ดำเนินการ", Box{60, 105, 95, 115}}};
  std::vector<const Word*> pointers;
  for (const Word& w : words) pointers.push_back(&w);
  std::vector<TextLine> lines = GroupIntoLines(pointers);
  REQUIRE(lines.size() == 2);
  CHECK(lines[0].text == "ดำเนินการ อยู่ระหว่าง ผลการ");
  CHECK(lines[1].text == "การดำเนินการ");
}

TEST_CASE("JoinLines joins Thai breaks without a space") {
  struct {
    std::vector<const char*> lines;
    const char* want;
  } cases[] = {
      {{"ทุกส่วน", "ราชการ"}, "ทุกส่วนราชการ"},
      {{"ต.ค. 2565", "มี.ค. 2566"}, "ต.ค. 2565 มี.ค. 2566"},
      {{"การประเมิน", "(ITA)"}, "การประเมิน (ITA)"},
      {{"ดำเนินงาน/", "การให้บริการ"}, "ดำเนินงาน/การให้บริการ"},
      {{"ดำเนินงาน /", "การให้บริการ"}, "ดำเนินงาน / การให้บริการ"},
      {{"2565/", "2566"}, "2565/2566"},
      {{"ป้องกันการทุจริตฯ", "รอบ 6 เดือน"}, "ป้องกันการทุจริตฯ รอบ 6 เดือน"},
      {{"ช่องทางต่างๆ", "เพื่อให้"}, "ช่องทางต่างๆ เพื่อให้"},
      {{"ผ่านการประชุม", ", เวิร์กช็อป"}, "ผ่านการประชุม, เวิร์กช็อป"},
      {{"(พ.ศ. 2566 - 2570", ")"}, "(พ.ศ. 2566 - 2570)"},
      {{"(", "IIT)"}, "(IIT)"},
      {{"ออนไลน์ (E-", "Service)"}, "ออนไลน์ (E-Service)"},
      {{"ต.ค. 2565 -", "มี.ค. 2566"}, "ต.ค. 2565 - มี.ค. 2566"},
      {{"ระบบ -", "E"}, "ระบบ - E"},
      {{"คำสั่งที่ 8/25", "64 ลงวันที่"}, "คำสั่งที่ 8/2564 ลงวันที่"},
      {{"ที่ ๓๕/๒๕", "๖๔"}, "ที่ ๓๕/๒๕๖๔"},
      {{"ปี 2564", "2565"}, "ปี 2564 2565"},
      {{"one", "", "two"}, "one two"},
      {{}, ""},
  };
  for (const auto& c : cases) {
    std::vector<TextLine> lines;
    for (const char* text : c.lines) lines.push_back(TextLine{Box{}, text});
    CHECK(JoinLines(lines) == std::string(c.want));
  }
}

}  // namespace itapipe
