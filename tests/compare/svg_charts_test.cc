#include "compare/svg_charts.h"

#include <doctest/doctest.h>

#include "compare/html_sinks.h"

namespace itapipe {
namespace {

int Count(const std::string& text, const std::string& what) {
  int n = 0;
  for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

}  // namespace

TEST_CASE("TrendSvg draws a line per series present and marks the change of method") {
  std::vector<TrendPoint> points = {{2564, 80, 90, std::nullopt, 70, "2561-2565"},
                                    {2565, 86, 91, std::nullopt, 75, "2561-2565"},
                                    {2566, 90, 92, std::nullopt, 88, "2566-2568"}};
  std::string svg = TrendSvg(points);
  CHECK(svg.rfind("<svg class=\"trend\"", 0) == 0);
  CHECK(Count(svg, "<path") == 3);  // total, IIT, OIT; no EIT
  CHECK(Count(svg, "class=\"method\"") == 1);
  CHECK(svg.find("<title>total 2565: 86.00</title>") != std::string::npos);
}

TEST_CASE("DistributionSvg: one row per year, low totals join the 40 band") {
  std::string svg = DistributionSvg({{2565, 30, 2}, {2565, 40, 1}, {2566, 85, 4}});
  CHECK(Count(svg, "<rect") == 2);
  CHECK(svg.find("<title>2565, 40-45: 3</title>") != std::string::npos);
}

TEST_CASE("HtmlEscape") {
  struct {
    const char* in;
    const char* want;
  } cases[] = {{"ก<b>&\"'", "ก&lt;b&gt;&amp;&quot;&#39;"}, {"plain", "plain"}};
  for (auto c : cases) CHECK(HtmlEscape(c.in) == c.want);
}

}  // namespace itapipe
