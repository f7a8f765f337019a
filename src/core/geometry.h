#pragma once
// Axis-aligned boxes in page space: PDF points (1/72 inch), origin at the top-left corner.

#include <algorithm>

namespace itapipe {

struct Box {
  double left = 0;
  double top = 0;
  double right = 0;
  double bottom = 0;

  double width() const { return right - left; }
  double height() const { return bottom - top; }
  double center_x() const { return (left + right) / 2; }
  double center_y() const { return (top + bottom) / 2; }
  bool empty() const { return right <= left || bottom <= top; }

  bool operator==(const Box&) const = default;
};

// The smallest box holding both.
inline Box Union(const Box& a, const Box& b) {
  if (a.empty()) return b;
  if (b.empty()) return a;
  return Box{std::min(a.left, b.left), std::min(a.top, b.top), std::max(a.right, b.right),
             std::max(a.bottom, b.bottom)};
}

// Length of the overlap of [a0, a1] and [b0, b1]; 0 when they do not meet.
inline double Overlap(double a0, double a1, double b0, double b1) {
  return std::max(0.0, std::min(a1, b1) - std::max(a0, b0));
}

}  // namespace itapipe
