#include "ingest/scan_cleanup.h"

#include <doctest/doctest.h>

#include "ingest/image_reader.h"

namespace itapipe {
namespace {

TEST_CASE("PlausibleDpi trusts a stated resolution only when it gives a page-sized page") {
  struct {
    int width, height;
    double stated, want;
  } cases[] = {
      {2480, 3508, 300, 300},    // A4 at 300 dpi
      {1654, 2339, 200, 200},    // A4 at 200 dpi
      {2480, 3508, 72, 300.09},  // a phone photo saying 72 dpi: 48 in long
      {2480, 3508, 0, 300.09},   // no resolution at all
      {3508, 2480, 96, 300.09},  // landscape, 96 dpi
      {2550, 3300, 300, 300},    // US letter
      {0, 0, 300, 300},
  };
  for (const auto& c : cases) {
    CAPTURE(c.stated);
    CHECK(PlausibleDpi(c.width, c.height, c.stated) == doctest::Approx(c.want).epsilon(0.001));
  }
}

TEST_CASE("CleanScan scales a low-resolution scan up and keeps a white page white") {
  PixelBuffer scan{400, 600, 100, std::vector<std::uint8_t>(400 * 600, 255)};
  PixelBuffer clean = CleanScan(scan);
  CHECK(clean.dpi == 300);
  CHECK(clean.width == 1200);
  CHECK(clean.height == 1800);
  CHECK(clean.pixels[clean.pixels.size() / 2] > 240);
}

TEST_CASE("ReadImages names what it cannot read") {
  CHECK(ReadImages("\x89PNG\r\n\x1a\n broken", InputKind::kPng).problems ==
        std::vector<std::string>{"unreadable_image"});
  CHECK(ReadImages(std::string("II*\0garbage", 11), InputKind::kTiff).problems ==
        std::vector<std::string>{"unreadable_image"});
}

}  // namespace
}  // namespace itapipe
