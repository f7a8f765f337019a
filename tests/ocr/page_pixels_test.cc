#include "ocr/page_pixels.h"

#include <doctest/doctest.h>

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

TEST_CASE("PaintWhite whitens a grown box, clipped to the image") {
  PixelBuffer image = White(20, 20);
  Dark(image, 0, 0, 20, 20);
  PaintWhite(image, Box{5, 5, 10, 10}, 2);
  CHECK(image.pixels[3 * 20 + 3] == 255);
  CHECK(image.pixels[12 * 20 + 12] == 0);
  PaintWhite(image, Box{-5, -5, 30, 30}, 0);
  CHECK(image.pixels[19 * 20 + 19] == 255);
}

}  // namespace
}  // namespace itapipe
