#include "ocr/page_pixels.h"

#include <doctest/doctest.h>

#include <cmath>
#include <optional>

namespace itapipe {
namespace {

PixelBuffer White(int width, int height) {
  PixelBuffer image;
  image.width = width;
  image.height = height;
  image.dpi = 300;
  image.pixels.assign(static_cast<size_t>(width) * height, 255);
  return image;
}

void Dark(PixelBuffer& image, int x0, int y0, int x1, int y1) {
  for (int y = y0; y < y1; ++y)
    for (int x = x0; x < x1; ++x) image.pixels[static_cast<size_t>(y) * image.width + x] = 0;
}

TEST_CASE("HasInk sees marks inside a cell, not specks or what is left of its border") {
  PixelBuffer image = White(100, 50);
  Box cell{0, 0, 100, 50};
  CHECK_FALSE(HasInk(image, cell, 3, 12));
  Dark(image, 0, 0, 2, 50);  // the left border, not quite painted out
  CHECK_FALSE(HasInk(image, cell, 3, 12));
  Dark(image, 40, 20, 43, 23);  // a speck of 9 pixels
  CHECK_FALSE(HasInk(image, cell, 3, 12));
  Dark(image, 60, 10, 64, 40);  // a stroke
  CHECK(HasInk(image, cell, 3, 12));
  CHECK_FALSE(HasInk(image, Box{70, 0, 100, 50}, 3, 12));
}

TEST_CASE("WidenedToInk takes in a glyph a box cuts, then a white margin, within reach") {
  PixelBuffer image = White(100, 20);
  Dark(image, 20, 5, 31, 15);  // a glyph the box below cuts at x = 28
  Dark(image, 45, 5, 50, 15);  // the next word
  Box box{10, 0, 28, 20};
  CHECK(WidenedToInk(image, box, 10, 0) == Box{10, 0, 32, 20});
  CHECK(WidenedToInk(image, box, 10, 4) == Box{6, 0, 36, 20});
  CHECK(WidenedToInk(image, box, 2, 0) == Box{10, 0, 30, 20});  // 2 px reach, no further
  CHECK(WidenedToInk(image, Box{10, 0, 40, 20}, 10, 20) == Box{0, 0, 45, 20});    // up to ink
  CHECK(WidenedToInk(image, Box{10, 16, 28, 20}, 10, 0) == Box{10, 16, 28, 20});  // below it
}

TEST_CASE("TrimmedToInk cuts a box down to the rows of its ink, then a margin") {
  PixelBuffer image = White(100, 60);
  Dark(image, 20, 25, 30, 35);      // a digit in a line three times its height
  Dark(image, 60, 5, 70, 55);       // a bracket beside it, outside the box
  image.pixels[50 * 100 + 25] = 0;  // a speck: one dark pixel in a row
  Box box{10, 0, 40, 60};
  CHECK(TrimmedToInk(image, box, 0) == Box{10, 25, 40, 35});
  CHECK(TrimmedToInk(image, box, 4) == Box{10, 21, 40, 39});
  CHECK(TrimmedToInk(image, Box{10, 24, 40, 36}, 4) == Box{10, 24, 40, 36});  // no further
  CHECK(TrimmedToInk(image, Box{40, 0, 55, 60}, 4) == Box{40, 0, 55, 60});    // no ink
}

TEST_CASE("PaintWhite whitens a grown box, clipped to the image") {
  PixelBuffer image = White(20, 20);
  Dark(image, 0, 0, 20, 20);
  PaintWhite(image, Box{5, 5, 10, 10}, 2);
  CHECK(image.pixels[3 * 20 + 3] == 255);
  CHECK(image.pixels[12 * 20 + 12] == 0);
  PaintWhite(image, Box{-5, -5, 30, 30}, 0);
  CHECK(image.pixels[19 * 20 + 19] == 255);
}

TEST_CASE("RecognizerRect clips areas to the image and refuses empty ones") {
  // Issue 16: a damaged G4 scan gave a cell to the right of the image; clipped, its width was
  // -1, and Tesseract crashed in its thresholding.
  struct {
    Box box;
    std::optional<PixelRect> want;
  } cases[] = {
      {{10.7, 20.2, 50.9, 40.5}, PixelRect{10, 20, 40, 20}},  // truncated as before
      {{-5, -5, 30, 30}, PixelRect{0, 0, 30, 30}},
      {{90, 0, 150, 10}, PixelRect{90, 0, 10, 10}},
      {{101, 0, 100, 10}, std::nullopt},  // right of the image: width -1 after clipping
      {{20, 20, 10, 30}, std::nullopt},   // right < left
      {{0, 0, 2, 50}, std::nullopt},      // a sliver
      {{0, 0, 1e300, 1e300}, PixelRect{0, 0, 100, 50}},
      {{0, 0, std::nan(""), 10}, std::nullopt},
      {{-1e300, 0, -1e299, 10}, std::nullopt},
  };
  for (const auto& c : cases) {
    CAPTURE(c.box.left);
    CHECK(RecognizerRect(c.box, 100, 50, 3) == c.want);
  }
}

}  // namespace
}  // namespace itapipe
