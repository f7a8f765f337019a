#include "layout/reading_order.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace itapipe {
namespace {

struct Placed {
  const char* text;
  double left, top;  // words are 30 wide, 12 high
};

Page Layout(const std::vector<Placed>& words, std::vector<double> rulings_x = {}) {
  Page page;
  for (const Placed& w : words) {
    page.words.push_back(Word{w.text, Box{w.left, w.top, w.left + 30, w.top + 12}, 1.0});
  }
  for (double x : rulings_x) page.rulings.push_back(Ruling{Box{x - 0.5, 0, x + 0.5, 800}, false});
  return page;
}

std::string Order(const Page& page) {
  std::string out;
  for (size_t i : ColumnReadingOrder(page))
    out += std::string(out.empty() ? "" : " ") + page.words[i].text;
  return out;
}

TEST_CASE("ColumnReadingOrder reads paragraphs line by line and table cells down") {
  struct {
    const char* name;
    Page page;
    const char* want;
  } cases[] = {
      {"a paragraph", Layout({{"a", 0, 0}, {"b", 34, 0}, {"c", 0, 16}, {"d", 34, 16}}), "a b c d"},
      {"two cells apart by a gap",
       Layout({{"a1", 0, 0}, {"b1", 200, 0}, {"a2", 0, 16}, {"b2", 200, 16}}), "a1 a2 b1 b2"},
      {"two cells apart by a ruling, words close",
       Layout({{"a1", 0, 0}, {"b1", 36, 0}, {"a2", 0, 16}, {"b2", 36, 16}}, {33}), "a1 a2 b1 b2"},
      {"a new block after a blank line",
       Layout({{"a", 0, 0}, {"b", 200, 0}, {"c", 0, 60}, {"d", 34, 60}}), "a b c d"},
      {"empty page", Layout({}), ""},
  };
  for (const auto& c : cases) {
    CAPTURE(c.name);
    CHECK(Order(c.page) == c.want);
  }
}

}  // namespace
}  // namespace itapipe
