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

Box WidenedToInk(const PixelBuffer& image, const Box& box, int reach, int margin) {
  int top = std::max(0, static_cast<int>(std::floor(box.top)));
  int bottom = std::min(image.height, static_cast<int>(std::ceil(box.bottom)));
  int left = std::clamp(static_cast<int>(std::floor(box.left)), 0, image.width - 1);
  int right = std::clamp(static_cast<int>(std::ceil(box.right)) - 1, 0, image.width - 1);
  int min_left = std::max(0, left - reach), max_right = std::min(image.width - 1, right + reach);
  auto ink = [&](int x) {
    return HasInk(image, Box{double(x), double(top), x + 1.0, double(bottom)}, 0, 1);
  };
  while (left > min_left && ink(left)) --left;
  for (int i = 0; i < margin && left > 0 && !ink(left - 1); ++i) --left;
  while (right < max_right && ink(right)) ++right;
  for (int i = 0; i < margin && right < image.width - 1 && !ink(right + 1); ++i) ++right;
  return Box{std::min(box.left, double(left)), box.top, std::max(box.right, double(right + 1)),
             box.bottom};
}

Box TrimmedToInk(const PixelBuffer& image, const Box& box, int margin) {
  int top = std::max(0, static_cast<int>(std::floor(box.top)));
  int bottom = std::min(image.height, static_cast<int>(std::ceil(box.bottom)));
  auto ink = [&](int y) {
    return HasInk(image, Box{box.left, double(y), box.right, y + 1.0}, 0, 2);
  };
  int first = top, last = bottom - 1;
  while (first <= last && !ink(first)) ++first;
  while (last >= first && !ink(last)) --last;
  if (first > last) return box;
  return Box{box.left, std::max(box.top, double(first - margin)), box.right,
             std::min(box.bottom, double(last + 1 + margin))};
}

std::optional<PixelRect> RecognizerRect(const Box& box, int width, int height, int min_side) {
  bool finite = std::isfinite(box.left) && std::isfinite(box.top) && std::isfinite(box.right) &&
                std::isfinite(box.bottom);
  if (!finite) return std::nullopt;
  // Truncated as the recognizer was always given its areas, so that OCR of a valid area
  // does not change; clipped in doubles, since a wild coordinate does not fit an int.
  double left = std::trunc(box.left), top = std::trunc(box.top);
  double right = left + std::trunc(box.width()), bottom = top + std::trunc(box.height());
  left = std::max(0.0, left);
  top = std::max(0.0, top);
  right = std::min(double(width), right);
  bottom = std::min(double(height), bottom);
  if (right - left < min_side || bottom - top < min_side) return std::nullopt;
  return PixelRect{int(left), int(top), int(right - left), int(bottom - top)};
}

}  // namespace itapipe
