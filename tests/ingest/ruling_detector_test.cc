#include "ingest/ruling_detector.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <cstdint>
#include <vector>

namespace itapipe {
namespace {

Ruling H(double y, double x0, double x1) { return Ruling{Box{x0, y - 0.5, x1, y + 0.5}, true}; }
Ruling V(double x, double y0, double y1) { return Ruling{Box{x - 0.5, y0, x + 0.5, y1}, false}; }

// A white 300 dpi page with black rectangles (pixels, right and bottom exclusive).
struct Drawing {
  PixelBuffer page{600, 700, 300, std::vector<std::uint8_t>(600 * 700, 255)};

  void Fill(int x0, int y0, int x1, int y1) {
    for (int y = y0; y < y1; ++y) {
      for (int x = x0; x < x1; ++x) page.pixels[y * page.width + x] = 0;
    }
  }
};

std::vector<double> HorizontalCentres(const std::vector<Ruling>& rulings) {
  std::vector<double> centres;
  for (const Ruling& r : rulings) {
    if (r.horizontal) centres.push_back(r.box.center_y() * 300 / 72);  // back in pixels
  }
  std::sort(centres.begin(), centres.end());
  return centres;
}

TEST_CASE("DetectRulings drops runs that lie along a line of text, keeps double borders") {
  Drawing drawing;
  drawing.Fill(50, 100, 550, 102);  // a ruling with space around it
  drawing.Fill(50, 300, 550, 303);  // blurred letters merged at their baseline...
  for (int x = 50; x < 550; x += 10) drawing.Fill(x, 270, x + 4, 300);  // ...under their bodies
  drawing.Fill(50, 500, 550, 502);  // a double border: two rulings 6 pixels apart
  drawing.Fill(50, 508, 550, 510);
  std::vector<double> all = HorizontalCentres(DetectRulings(drawing.page));
  REQUIRE(all.size() == 4);
  CHECK(all[1] == doctest::Approx(301.5).epsilon(0.01));
  RulingOptions options;
  options.max_side_ink = 0.3;
  std::vector<double> kept = HorizontalCentres(DetectRulings(drawing.page, options));
  REQUIRE(kept.size() == 3);
  CHECK(kept[0] == doctest::Approx(101).epsilon(0.01));
  CHECK(kept[1] == doctest::Approx(501).epsilon(0.01));
  CHECK(kept[2] == doctest::Approx(509).epsilon(0.01));
}

TEST_CASE("TableRulings keeps grid lines and long lines, not letter strokes") {
  std::vector<Ruling> rulings = {
      H(100, 100, 300), H(130, 100, 300), V(100, 100, 130),
      V(300, 100, 130), V(400, 200, 216),  // the stroke of ใ: meets nothing
      H(500, 100, 400)};                   // a long rule under a heading
  std::vector<Ruling> kept = TableRulings(rulings);
  REQUIRE(kept.size() == 5);
  CHECK(kept[4] == rulings[5]);
}

TEST_CASE("SnapEnds carries short ends to the nearest line ahead, not across a line") {
  // The middle row line stops 15 points short of both borders.
  std::vector<Ruling> short_ends = SnapEnds(
      {H(100, 100, 300), H(120, 115, 285), H(140, 100, 300), V(100, 100, 140), V(300, 100, 140)});
  CHECK(short_ends[1].box.left == doctest::Approx(100));
  CHECK(short_ends[1].box.right == doctest::Approx(300));
  // Two tables share a line at y=125: the upper one's column line ends on it and stays there
  // (the lower table's row line at 150 is within reach too); the lower one's starts on it.
  std::vector<Ruling> stacked = SnapEnds(
      {H(100, 100, 300), H(125, 100, 300), H(150, 100, 300), V(200, 100, 125), V(150, 125, 150)});
  CHECK(stacked[3].box.bottom == doctest::Approx(125));
  CHECK(stacked[4].box.top == doctest::Approx(125));
  // An end just past its crossing stays; one with nothing in reach stays.
  std::vector<Ruling> overshoot = SnapEnds({H(100, 100, 302), V(300, 100, 140), H(200, 0, 50)});
  CHECK(overshoot[0].box.right == doctest::Approx(302));
  CHECK(overshoot[2].box.left == doctest::Approx(0));
  CHECK(overshoot[2].box.right == doctest::Approx(50));
}

}  // namespace
}  // namespace itapipe
