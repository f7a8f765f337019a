#include "ocr/line_words.h"

#include <doctest/doctest.h>

namespace itapipe {
namespace {

Word P(const char* text, double left, double right, double confidence = 0.9) {
  return Word{text, Box{left, 0, right, 10}, confidence};
}

TEST_CASE("GroupLineWords puts Tesseract's pieces back into the line's words") {
  std::vector<Word> pieces = {P("ผล", 0, 10), P("ก", 10, 14),     P("า", 14, 18, 0.5),
                              P("ร", 18, 22), P("84.03", 30, 50), P("คะแนน", 60, 90)};
  std::vector<Word> words = GroupLineWords("ผลการ 84.03  คะแนน\n", pieces);
  REQUIRE(words.size() == 3);
  CHECK(words[0] == Word{"ผลการ", Box{0, 0, 22, 10}, 0.5});
  CHECK(words[1] == Word{"84.03", Box{30, 0, 50, 10}, 0.9});
  CHECK(words[2].text == "คะแนน");
}

TEST_CASE("GroupLineWords keeps a piece that does not match the text") {
  std::vector<Word> words = GroupLineWords("ab c", {P("a", 0, 1), P("x", 1, 2), P("c", 5, 6)});
  REQUIRE(words.size() == 2);
  CHECK(words[0].text == "ax");
  CHECK(words[1].text == "c");
  CHECK(GroupLineWords("", {}).empty());
}

}  // namespace
}  // namespace itapipe
