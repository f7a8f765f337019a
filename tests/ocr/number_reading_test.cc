#include "ocr/number_reading.h"

#include <doctest/doctest.h>

namespace itapipe {
namespace {

TEST_CASE("NeedsNumberReading picks the words the Thai model may have misread") {
  struct {
    const char* text;
    bool want;
  } cases[] = {
      {"๕๑.๕๕", true},        // ๘๑.๕๔ as stock tha reads it
      {"๒๕๒๑", true},         // a year
      {"๕ต.๕๕", true},        // a digit read as a letter
      {"ฒฒ.ฒ3", true},        // ๗๗.๗๓: a score's shape, mostly letters
      {"พ.ศ.", false},        // an abbreviation: one letter between points
      {"กขคง.จฉ", false},     // too long before the point
      {"(๒๕๖๑-2564)", true},  // a range, mixed digits
      {"๕", true},            // an indicator number
      {"84.03", true},        // ASCII too: eng may have read ๑๐๐ as 8100
      {"2564)", true},
      {"E12", true},  // a code: re-read, and kept unless the reading is a number
      {"ab", true},   // eng's reading of Thai digits tha lacks
      {".eved", true},
      {"Service", false},
      {"v", false},  // a check mark
      {"vv", false},
      {"OIT", false},
      {"B", false},
      {"ที่๕", false},  // mostly letters
      {"คะแนน", false},
      {"", false},
      {"๑๒๓๔๕๖๗๘๙๐๑๒๓๔๕๖๗", false},  // too long to be one number
  };
  for (const auto& c : cases) {
    CAPTURE(c.text);
    CHECK(NeedsNumberReading(c.text) == c.want);
  }
}

TEST_CASE("NeedsCellNumberReading adds the junk a lone number cell is read as") {
  struct {
    const char* text;
    bool want;
  } cases[] = {
      {"COR .CYG)", true}, {"CUR. 48", true}, {"ฆ่", true},  {"๕๑.๕๕", true},
      {"v", false},        {"/", false},      {"✓", false}, {"Vv", false},
      {"คะแนน", false},    {"กองช่าง", false}, {"", false},
  };
  for (const auto& c : cases) {
    CAPTURE(c.text);
    CHECK(NeedsCellNumberReading(c.text) == c.want);
  }
}

TEST_CASE("IsNumberReading accepts well-formed number tokens only") {
  struct {
    const char* text;
    bool want;
  } cases[] = {
      {"๘๑.๕๔", true},    {"77.98", true}, {"๒๕๖๑-๒๕๖๔", true}, {"๓๐/๐๙/๒๕๖๕", true}, {"(๑)", true},
      {"๑,๒๓๔.๐๐", true}, {"80%", true},   {"", false},         {"๘๑ ๕๔", false},     {"B", false},
      {"O๑๗", false},     {".", false},    {"๘ก", false},
  };
  for (const auto& c : cases) {
    CAPTURE(c.text);
    CHECK(IsNumberReading(c.text) == c.want);
  }
}

TEST_CASE("PreferNumberReading keeps eng's ASCII numbers unless less sure or only digits differ") {
  CHECK(PreferNumberReading("๕๑.๕๕", "๘๑.๕๔", 0.9, 0.5));
  CHECK(PreferNumberReading("ab", "๗๖", 0.9, 0.5));
  CHECK_FALSE(PreferNumberReading("๕๑.๕๕", "๘๑ ๕๔", 0.5, 0.9));  // not one number
  // eng's ASCII number against a reading of another shape: the surer one.
  CHECK_FALSE(PreferNumberReading("51.58", "81%", 0.97, 0.84));
  CHECK_FALSE(PreferNumberReading("52.70", "5.8.30", 0.95, 0.38));
  CHECK(PreferNumberReading("52.70", "5.8.30", 0.35, 0.38));
  // Same shape, other digits: the numerals model, unless it is unsure.
  CHECK(PreferNumberReading("17.64", "77.64", 0.94, 0.92));
  CHECK(PreferNumberReading("18.33", "๗๘.๓๓", 0.95, 0.92));
  CHECK_FALSE(PreferNumberReading("18.33", "78.33", 0.95, 0.5));
  CHECK_FALSE(PreferNumberReading("18.33", "78,33", 0.95, 0.92));
  CHECK(PreferNumberReading("8100", "๑๐๐", 0.6, 0.9));
  CHECK(PreferNumberReading("8", "B", 0.9, 0.75));  // a grade
  // An unsure grade letter is no better than eng's character: a B read as E at 0.5.
  CHECK_FALSE(PreferNumberReading("8", "E", 0.9, 0.5));
  CHECK_FALSE(PreferNumberReading("84", "B", 0.9, 0.5));
}

TEST_CASE("IsShortUnsureText: a short cell the text models were unsure of") {
  CHECK(IsShortUnsureText("เรไง", 0.4));
  CHECK(IsShortUnsureText("ฟ๙.ฟ๙", 0.5));
  CHECK(IsShortUnsureText("cla.ฒ๕", 0.07));
  CHECK_FALSE(IsShortUnsureText("เรไง", 0.9));
  CHECK_FALSE(IsShortUnsureText("กองยุทธศาสตร์และงบประมาณ", 0.4));
  CHECK_FALSE(IsShortUnsureText("", 0.1));
  CHECK_FALSE(IsShortUnsureText("Jv", 0.3));  // check marks
  CHECK_FALSE(IsShortUnsureText("“", 0.3));
  CHECK_FALSE(IsShortUnsureText("ก", 0.3));  // one letter: NeedsCellNumberReading's case
}

TEST_CASE("NumberArea grows a word box to its line and halfway into the gaps") {
  std::vector<Word> words = {{"a", Box{0, 10, 20, 30}, 1},
                             {"๕๑.๕๕", Box{30, 12, 60, 28}, 1},
                             {"b", Box{100, 10, 120, 30}, 1}};
  Box line{0, 8, 120, 32};
  CHECK(NumberArea(words, 1, line, 1, 6) == Box{25, 7, 66, 33});   // reach caps the right side
  CHECK(NumberArea(words, 1, line, 1, 50) == Box{25, 7, 80, 33});  // halfway to the neighbour
  CHECK(NumberArea(words, 0, line, 0, 4) == Box{-4, 8, 24, 32});   // first word: reach only
}

}  // namespace
}  // namespace itapipe
