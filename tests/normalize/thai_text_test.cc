#include "normalize/thai_text.h"

#include <doctest/doctest.h>

#include <string>

namespace itapipe {
namespace {

struct Case {
  const char* in;
  const char* want;
};

void CheckAll(const Case* begin, const Case* end) {
  for (const Case* c = begin; c != end; ++c) {
    std::string in = c->in;
    CAPTURE(in);
    CHECK(NormalizeText(c->in) == c->want);
  }
}

}  // namespace

TEST_CASE("NormalizeText leaves clean text alone") {
  Case cases[] = {
      {"", ""},
      {"ITA 2565", "ITA 2565"},
      {"OIT: 77.98", "OIT: 77.98"},
      {"ตัวชี้วัด", "ตัวชี้วัด"},
      {"การใช้อำนาจ", "การใช้อำนาจ"},
      {"ดำเนินการ", "ดำเนินการ"},
      {"ทรัพย์สิน", "ทรัพย์สิน"},
      {"คุณธรรมและความโปร่งใส", "คุณธรรมและความโปร่งใส"},
      {"เทศบาลเมืองปากช่อง", "เทศบาลเมืองปากช่อง"},
      {"น้ำ ก็ ผ่าน ซึ่ง ที่", "น้ำ ก็ ผ่าน ซึ่ง ที่"},
      {"ผู้บังคับบัญชา", "ผู้บังคับบัญชา"},
      {"พ.ศ. ป.ป.ช.", "พ.ศ. ป.ป.ช."},
      {"ประจ\uFFFDาปี", "ประจ\uFFFDาปี"},  // damage stays visible for the gate
  };
  CheckAll(std::begin(cases), std::end(cases));
}

TEST_CASE("NormalizeText maps whitespace to single spaces and trims") {
  Case cases[] = {
      {"  hello   world \t\n", "hello world"},
      {"a\tb\r\nc", "a b c"},
      {"a\u00A0b", "a b"},
      {"a\u3000b", "a b"},
      {"a\u2003\u2009b", "a b"},
      {"a\u2028b\u0085c", "a b c"},
      {" \t การ \n ใช้  อำนาจ  ", "การ ใช้ อำนาจ"},
      {"\u00A0\u00A0", ""},
  };
  CheckAll(std::begin(cases), std::end(cases));
}

TEST_CASE("NormalizeText removes zero-width characters and soft hyphens") {
  Case cases[] = {
      {"การ\u200Bใช้", "การใช้"},           {"\uFEFFabc", "abc"}, {"ab\u00ADcd", "abcd"},
      {"a\u2060b\u200Cc\u200Dd", "abcd"}, {"\u200B", ""},       {"ก\u200B\u0E48", "ก\u0E48"},
  };
  CheckAll(std::begin(cases), std::end(cases));
}

TEST_CASE("NormalizeText turns Thai digits into ASCII digits") {
  Case cases[] = {
      {"๗๗.๙๘", "77.98"},           {"๒๕๖๕", "2565"},
      {"พ.ศ. ๒๕๖๕", "พ.ศ. 2565"},   {"ร้อยละ ๙๐", "ร้อยละ 90"},
      {"๐๑๒๓๔๕๖๗๘๙", "0123456789"},
  };
  CheckAll(std::begin(cases), std::end(cases));
}

TEST_CASE("NormalizeText repairs Windows PUA Thai glyphs") {
  Case cases[] = {
      {"\uF700าน", "ฐาน"},
      {"ป\uF701", "ป\u0E34"},
      {"ป\uF702 ป\uF703 ป\uF704", "ป\u0E35 ป\u0E36 ป\u0E37"},
      {"ที\uF705", "ที่"},
      {"ตัวชี\uF706วัด", "ตัวชี้วัด"},
      {"ก\uF707 ก\uF708 ก\uF709", "ก\u0E4A ก\u0E4B ก\u0E4C"},
      {"ก\uF70A", "ก\u0E48"},
      {"ตัวชี\uF70Bวัด", "ตัวชี้วัด"},
      {"ก\uF70C ก\uF70D ก\uF70E", "ก\u0E4A ก\u0E4B ก\u0E4C"},
      {"ปั\uF70Fหา", "ปัญหา"},
      {"ส\uF710ญญา", "สัญญา"},
      {"ด\uF711าเนินการ", "ดำเนินการ"},
      {"ก\uF712", "ก็"},
      {"ก\uF713 ก\uF714 ก\uF715 ก\uF716", "ก\u0E48 ก\u0E49 ก\u0E4A ก\u0E4B"},
      {"ทรัพย\uF717สิน", "ทรัพย์สิน"},
      {"ก\uF718 ก\uF719 ก\uF71A", "ก\u0E38 ก\u0E39 ก\u0E3A"},
      {"\uF71B", "\uF71B"},  // outside the table: left alone
  };
  CheckAll(std::begin(cases), std::end(cases));
}

TEST_CASE("NormalizeText repairs Mac PUA Thai glyphs") {
  Case cases[] = {
      {"ก\uF884", "ก\u0E31"},
      {"ก\uF885 ก\uF886 ก\uF887 ก\uF888", "ก\u0E34 ก\u0E35 ก\u0E36 ก\u0E37"},
      {"ก\uF889", "ก็"},
      {"ก\uF88A ก\uF88B ก\uF88C", "ก\u0E48 ก\u0E48 ก\u0E48"},
      {"ก\uF88D ก\uF88E ก\uF88F", "ก\u0E49 ก\u0E49 ก\u0E49"},
      {"ก\uF890 ก\uF893 ก\uF896 ก\uF898", "ก\u0E4A ก\u0E4B ก\u0E4C ก\u0E4C"},
      {"น\uF899า", "นำ"},
      {"ปั\uF89Aหา", "ปัญหา"},
      {"ก\uF89B ก\uF89C ก\uF89D", "ก\u0E38 ก\u0E39 ก\u0E3A"},
      {"\uF89Eาน", "ฐาน"},
      {"ที\uF88B", "ที่"},
  };
  CheckAll(std::begin(cases), std::end(cases));
}

TEST_CASE("NormalizeText applies NFC but never NFKC") {
  Case cases[] = {
      {"e\u0301", "\u00E9"},      {"A\u030A", "\u00C5"},
      {"caf\u00E9", "caf\u00E9"}, {"\uFB01", "\uFB01"},  // NFKC would make "fi"
      {"\u2460", "\u2460"},                              // NFKC would make "1"
      {"กำ", "ก\u0E33"},                                 // NFKC would decompose sara am
      {"\u212B", "\u00C5"},                              // singleton
  };
  CheckAll(std::begin(cases), std::end(cases));
}

TEST_CASE("NormalizeText composes nikhahit and sara aa into sara am") {
  Case cases[] = {
      {"ด\u0E4D\u0E32เนินการ", "ดำเนินการ"},
      {"การใช้อ\u0E4D\u0E32นาจ", "การใช้อำนาจ"},
      {"น\u0E4D\u0E49\u0E32", "น\u0E49\u0E33"},  // tone between: the tone goes before sara am
      {"น\u0E49\u0E4D\u0E32", "น\u0E49\u0E33"},
      {"ก\u0E33\u0E48", "ก\u0E48\u0E33"},  // tone typed after sara am
      {"ก\u0E4D\u0E33", "ก\u0E33"},        // nikhahit twice
      {"ท \u0E33", "ท\u0E33"},
      {"ก\u0E32", "ก\u0E32"},
  };
  CheckAll(std::begin(cases), std::end(cases));
}

TEST_CASE("NormalizeText puts Thai marks in canonical order and collapses repeats") {
  Case cases[] = {
      {"ท\u0E48\u0E35", "ที่"},
      {"ช\u0E49\u0E35", "ชี้"},
      {"ก\u0E4C\u0E34", "ก\u0E34\u0E4C"},
      {"ก\u0E48\u0E31", "ก\u0E31\u0E48"},
      {"ก\u0E49\u0E38", "ก\u0E38\u0E49"},
      {"ก\u0E4C\u0E38", "ก\u0E38\u0E4C"},
      {"ก\u0E48\u0E48", "ก\u0E48"},
      {"ที\u0E48\u0E48", "ที่"},
      {"ก\u0E34\u0E34", "ก\u0E34"},
      {"ก\u0E48\u0E35\u0E48", "ก\u0E35\u0E48"},
      {"ก\u0E48\u0E49", "ก\u0E48\u0E49"},  // different tones are kept
  };
  CheckAll(std::begin(cases), std::end(cases));
}

TEST_CASE("NormalizeText removes spaces before marks and following vowels") {
  Case cases[] = {
      {"ดังนี \u0E49", "ดังนี้"},
      {"ก \u0E48 \u0E34", "ก\u0E34\u0E48"},
      {"ตัวชี  \u0E49วัด", "ตัวชี้วัด"},
      {"ก\t\u0E48", "ก\u0E48"},
      {" \u0E48", "\u0E48"},
      {"ก า", "กา"},  // no Thai word begins with a following vowel
      {"ป\u0E48 าแดด", "ป่าแดด"},
      {"ค\u0E48 ะ", "ค่ะ"},
      {"x า", "x า"},  // joined only to Thai
      {"๕ า", "5 า"},
  };
  CheckAll(std::begin(cases), std::end(cases));
}

TEST_CASE("NormalizeText turns invalid UTF-8 into U+FFFD") {
  CHECK(NormalizeText(std::string("ab\xFF"
                                  "cd")) == "ab\uFFFDcd");
  CHECK(NormalizeText(std::string("\xE0\xB8")) == "\uFFFD\uFFFD");
}

TEST_CASE("NormalizeText is idempotent") {
  const char* inputs[] = {
      "ด\u0E4D\u0E32เนินการ",  "น\u0E4D\u0E49\u0E32",
      "ก\u0E33\u0E48",        "ดังนี \u0E49",
      "ที\uF705 \u00A0 ๗๗.๙๘", "e\u0301 \u0E48",
      "ก \u200B \u0E48",      "  a  b  ",
      "ประจ\uFFFDาปี",         "ก\u0E4C\u0E38\u0E4D\u0E32",
      "\u0E4D \u0E32",        "ÊÓ¹¡Ñ§Ò¹",
      "ป\u0E48 าแดด",         "x า ะ",
  };
  for (const char* text : inputs) {
    std::string in = text;
    CAPTURE(in);
    std::string once = NormalizeText(in);
    CHECK(NormalizeText(once) == once);
  }
}

TEST_CASE("NormalizeText is idempotent on generated mark soup") {
  const char* alphabet[] = {"ก",      "ข",      "\u0E32", "\u0E33", "\u0E4D", "\u0E48", "\u0E49",
                            "\u0E34", "\u0E35", "\u0E38", "\u0E3A", "\u0E4C", "\u0E31", " ",
                            "\u200B", "\uF70A", "\uF701", "๕",      "e",      "\u0301", "\u00A0",
                            "\uFFFD", "\u0E47", "\u0E40", "\u0E30", "x"};
  constexpr unsigned kAlphabetSize = sizeof(alphabet) / sizeof(alphabet[0]);
  unsigned state = 12345;
  for (int n = 0; n < 3000; ++n) {
    std::string in;
    for (int k = 0; k < n % 13; ++k) {
      state = state * 1103515245u + 12345u;
      in += alphabet[(state >> 16) % kAlphabetSize];
    }
    CAPTURE(in);
    std::string once = NormalizeText(in);
    REQUIRE(NormalizeText(once) == once);
  }
}

TEST_CASE("ThaiDigitsToAscii changes only Thai digits") {
  Case cases[] = {
      {"", ""},
      {"๗๗.๙๘", "77.98"},
      {"ปี ๒๕๖๕ ", "ปี 2565 "},
      {"ก\u0E48  12", "ก\u0E48  12"},
      {"๐๙", "09"},
      {"\xE0\xB9", "\xE0\xB9"},
  };
  for (auto c : cases) {
    std::string in = c.in;
    CAPTURE(in);
    CHECK(ThaiDigitsToAscii(c.in) == c.want);
  }
}

}  // namespace itapipe
