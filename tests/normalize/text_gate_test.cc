#include "normalize/text_gate.h"

#include <doctest/doctest.h>

#include <sstream>
#include <string>
#include <vector>

#include "core/utf8.h"

namespace doctest {
template <>
struct StringMaker<itapipe::TextLayerVerdict> {
  static String convert(const itapipe::TextLayerVerdict& v) {
    std::string out = v.needs_ocr ? "{ocr:" : "{ok:";
    for (const std::string& code : v.damage) out += " " + code;
    return (out + "}").c_str();
  }
};
}  // namespace doctest

namespace itapipe {
namespace {

// Sentences from the seed report (a clean text layer), as one page each.
const char* const kCleanPages[] = {
    "๑. ด้าน IIT พบว่า ผลคะแนนของตัวชี้วัดด้าน การใช้อำนาจ มีค่าต่ำสุด เท่ากับ ๘๙.๐๐ คะแนน "
    "ซึ่งผู้บังคับบัญชาต้องมอบหมายงานให้ผู้ใต้บังคับบัญชาอย่างเป็นธรรม ประเมินผลการปฏิบัติงาน "
    "ตามระดับคุณภาพของผลงานอย่างถูกต้อง มีการคัดเลือกผู้เข้ารับการฝึกอบรม การศึกษาดูงาน "
    "หรือการให้ทุนการศึกษา อย่างเป็นธรรม",
    "๒. ด้าน EIT พบว่า ผลคะแนนของตัวชี้วัดด้าน การปรับปรุงการทำงาน มีค่าต่ำสุด เท่ากับ ๘๒.๑๘ "
    "คะแนน ซึ่งหน่วยงานต้องมีการปรับปรุงคุณภาพการปฏิบัติงาน/การให้บริการให้ดีขึ้น "
    "มีการปรับปรุงวิธีการและขั้นตอนการดำเนินงาน/การให้บริการที่ดีขึ้น "
    "มีการนำเทคโนโลยีมาใช้ในการดำเนินงาน/การให้บริการ ให้เกิดความสะดวกรวดเร็วมากขึ้น",
    "๓. ด้าน OIT พบว่า ผลคะแนนของตัวชี้วัดด้าน การป้องกันการทุจริต มีค่าต่ำสุด เท่ากับ ๓๑.๒๕ "
    "คะแนน ซึ่งหน่วยงานต้องปรับปรุงข้อมูลที่จะต้องลงในเว็บไซต์องค์กร ให้ครบถ้วน เช่น O๒ "
    "(ไม่มีข้อมูลผู้บริหารฝ่ายข้าราชการประจำ) O๙ (1.ไม่แสดงให้เห็นถึงช่องทาง (URL) "
    "ที่สามารถเข้าถึงหรือเชื่อมโยงไปยังข้อมูลข้างต้นได้จากเว็บไซต์หลักของหน่วยงาน",
    "ประเด็นที่เป็น ข้อบกพร่อง/จุดอ่อน จากการประเมิน แนวทางการนำผลการ วิเคราะห์ไปสู่การปฏิบัติ "
    "มาตรการ ผู้รับผิดชอบ การกำกับติดตาม รายงานความก้าวหน้าและ สรุปผล ณ สิ้นปีงบประมาณ",
    "ก. การเปิดเผยข้อมูล ข. การป้องกันการทุจริต ค. การใช้งบประมาณ ง. การใช้อำนาจ",
    "เทศบาลเมืองปากช่อง อำเภอปากช่อง จังหวัดนครราชสีมา",
};

std::vector<std::string> Words(const std::string& text) {
  std::istringstream in(text);
  std::vector<std::string> words;
  for (std::string word; in >> word;) words.push_back(word);
  return words;
}

// The page as a font without its mark glyphs would leave it; lower marks too if asked.
std::string DropMarks(const std::string& text, bool lower_too) {
  std::u32string kept;
  for (char32_t c : DecodeUtf8(text)) {
    bool lower = c == 0x0E38 || c == 0x0E39 || c == 0x0E3A;
    if (!IsThaiCombiningMark(c) || (lower && !lower_too)) kept.push_back(c);
  }
  return EncodeUtf8(kept);
}

TextLayerVerdict Verdict(bool needs_ocr, std::vector<std::string> damage) {
  return TextLayerVerdict{needs_ocr, std::move(damage)};
}

}  // namespace

TEST_CASE("AssessTextLayer passes clean seed pages") {
  for (const char* page : kCleanPages) {
    std::string text = page;
    CAPTURE(text);
    CHECK(AssessTextLayer(Words(page)) == TextLayerVerdict{});
  }
}

TEST_CASE("AssessTextLayer catches pages whose marks were dropped") {
  for (int k = 0; k < 3; ++k) {
    std::string text = kCleanPages[k];
    CAPTURE(text);
    for (bool lower_too : {true, false}) {
      CHECK(AssessTextLayer(Words(DropMarks(kCleanPages[k], lower_too))) ==
            Verdict(true, {"implausible_thai"}));
    }
  }
}

TEST_CASE("AssessTextLayer judges small pages") {
  struct {
    std::vector<std::string> words;
    TextLayerVerdict want;
  } cases[] = {
      {{}, Verdict(true, {"no_text"})},
      {{"", " ", "\u200B", "\t\u00A0"}, Verdict(true, {"no_text"})},
      {{"77.98", "๒๕๖๕", "89.00", "B"}, {}},
      {{"Integrity", "and", "Transparency", "Assessment", "2022"}, {}},
      {{"café", "Élève", "Größe", "°C", "©2024", "½"}, {}},
      {{"ประเมนคณธรรม"}, {}},  // too little Thai to judge
      {{"ÊÓ¹¡Ñ§Ò¹", "»ÃÐ¨Ó»Õ"}, Verdict(true, {"latin1_mojibake"})},
      {{"¤Ø³¸ÃÃÁ", "and", "other", "words"}, Verdict(true, {"latin1_mojibake"})},
      {{"ประจ\uFFFDาปี", "งบประมาณ"}, Verdict(true, {"replacement_char"})},
      {{"\uFFFD", "งบประมาณ"}, Verdict(true, {"replacement_char"})},
      {{"abc\uFFFD", "def"}, {}},
      {{"ดังนี", "\u0E49"}, Verdict(true, {"orphan_mark"})},
      {{"ท", "\u0E33", "งาน"}, Verdict(true, {"orphan_mark"})},
      {{"ITA\u0E48"}, Verdict(true, {"orphan_mark"})},
      {{"ที\uF705", "ตัวชี\uF70Bวัด"}, Verdict(false, {"pua_repaired"})},
      {{"ที\uF705", "ดังนี", "\u0E49"}, Verdict(true, {"orphan_mark", "pua_repaired"})},
  };
  for (const auto& c : cases) {
    std::string first = c.words.empty() ? "" : c.words[0];
    CAPTURE(first);
    CHECK(AssessTextLayer(c.words) == c.want);
  }
}

TEST_CASE("AssessTextLayer weighs orphan marks by whether joining repairs them") {
  std::vector<std::string> page;
  for (const char* text : kCleanPages) {
    for (const std::string& word : Words(text)) page.push_back(word);
  }
  REQUIRE(page.size() > 50);
  struct {
    const char* name;
    std::vector<std::string> tail;
    bool needs_ocr;
  } cases[] = {
      {"one lone orphan in more than 50 Thai words", {"ITA", "\u0E48"}, false},
      {"lone orphans above 2%", {"ITA", "\u0E48", "ITA", "\u0E49"}, true},
      {"split words are joined", {"ป\u0E48", "าแดด", "ดังนี", "\u0E49", "การป", "\u0E49องกัน"}, false},
      {"marks on a line of their own", {"ดังนี", "\u0E48", "\u0E49", "\u0E34"}, true},
      {"a mark after Latin", {"ITA\u0E48", "A\u0E49"}, true},
      {"marks displaced onto the next base", {"ตัวชีว\u0E49", "\u0E31ด", "ที\u0E48", "\u0E34"}, true},
  };
  for (const auto& c : cases) {
    std::string name = c.name;
    CAPTURE(name);
    std::vector<std::string> words = page;
    words.insert(words.end(), c.tail.begin(), c.tail.end());
    CHECK(AssessTextLayer(words) == Verdict(c.needs_ocr, {"orphan_mark"}));
  }
}

TEST_CASE("AssessTextLayer repairs PUA before judging plausibility") {
  std::string page = kCleanPages[0];
  std::string pua;
  for (char32_t c : DecodeUtf8(page)) {
    if (c == 0x0E48) c = 0xF70A;
    if (c == 0x0E35) c = 0xF702;
    AppendUtf8(c, pua);
  }
  CHECK(AssessTextLayer(Words(pua)) == Verdict(false, {"pua_repaired"}));
}

TEST_CASE("AssessTextLayer thresholds come from its options") {
  TextGateOptions lax{.max_orphan_share = 1.0, .max_joined_orphan_share = 1.0};
  CHECK(AssessTextLayer({"ดังนี", "\u0E49"}, lax) == Verdict(false, {"orphan_mark"}));
}

}  // namespace itapipe
