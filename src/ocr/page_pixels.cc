#include "ocr/page_pixels.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>

namespace itapipe {

void PaintWhite(PixelBuffer& image, const Box& box, int grow) {
  int left = std::max(0, static_cast<int>(std::floor(box.left)) - grow);
  int top = std::max(0, static_cast<int>(std::floor(box.top)) - grow);
  int right = std::min(image.width, static_cast<int>(std::ceil(box.right)) + grow);
  int bottom = std::min(image.height, static_cast<int>(std::ceil(box.bottom)) + grow);
  if (left >= right) return;
  for (int y = top; y < bottom; ++y)
    std::memset(image.pixels.data() + static_cast<size_t>(y) * image.width + left, 255,
                right - left);
}

bool HasInk(const PixelBuffer& image, const Box& box, int inset, int min_pixels) {
  int left = std::max(0, static_cast<int>(std::ceil(box.left)) + inset);
  int top = std::max(0, static_cast<int>(std::ceil(box.top)) + inset);
  int right = std::min(image.width, static_cast<int>(std::floor(box.right)) - inset);
  int bottom = std::min(image.height, static_cast<int>(std::floor(box.bottom)) - inset);
  int ink = 0;
  for (int y = top; y < bottom; ++y) {
    const std::uint8_t* row = image.pixels.data() + static_cast<size_t>(y) * image.width;
    for (int x = left; x < right; ++x) ink += row[x] < 128;
    if (ink >= min_pixels) return true;
  }
  return false;
}

}  // namespace itapipe
