#include "ingest/ruling_detector.h"

#include <algorithm>
#include <cmath>

#include "ingest/leptonica_pix.h"

namespace itapipe {
namespace {

// Keeps the runs at least `length` pixels long in one direction and returns their boxes.
std::vector<Ruling> FindRuns(PIX* ink, int length, bool horizontal, double points_per_pixel,
                             double max_thickness) {
  PixPtr runs(horizontal ? pixOpenBrick(nullptr, ink, length, 1)
                         : pixOpenBrick(nullptr, ink, 1, length));
  std::vector<Ruling> rulings;
  if (!runs) return rulings;
  BoxaPtr boxes(pixConnCompBB(runs.get(), 8));
  if (!boxes) return rulings;
  for (int i = 0; i < boxaGetCount(boxes.get()); ++i) {
    l_int32 x = 0, y = 0, w = 0, h = 0;
    boxaGetBoxGeometry(boxes.get(), i, &x, &y, &w, &h);
    Box box{x * points_per_pixel, y * points_per_pixel, (x + w) * points_per_pixel,
            (y + h) * points_per_pixel};
    double thickness = horizontal ? box.height() : box.width();
    if (thickness <= max_thickness) rulings.push_back(Ruling{box, horizontal});
  }
  return rulings;
}

}  // namespace

std::vector<Ruling> DetectRulings(const PixelBuffer& page, const RulingOptions& options) {
  if (page.width <= 0 || page.height <= 0 || page.dpi <= 0) return {};
  PixPtr ink = BinarizeBuffer(page, options.ink_threshold);
  if (!ink) return {};
  double points_per_pixel = 72.0 / page.dpi;
  int length =
      std::max(3, static_cast<int>(std::lround(options.min_length_points / points_per_pixel)));
  std::vector<Ruling> rulings =
      FindRuns(ink.get(), length, true, points_per_pixel, options.max_thickness_points);
  std::vector<Ruling> vertical =
      FindRuns(ink.get(), length, false, points_per_pixel, options.max_thickness_points);
  rulings.insert(rulings.end(), vertical.begin(), vertical.end());
  return rulings;
}

namespace {

bool Meet(const Ruling& a, const Ruling& b, double tolerance) {
  const Box& h = a.horizontal ? a.box : b.box;
  const Box& v = a.horizontal ? b.box : a.box;
  return v.left <= h.right + tolerance && v.right >= h.left - tolerance &&
         h.top <= v.bottom + tolerance && h.bottom >= v.top - tolerance;
}

double Length(const Ruling& r) { return r.horizontal ? r.box.width() : r.box.height(); }

}  // namespace

std::vector<Ruling> TableRulings(const std::vector<Ruling>& rulings, double tolerance,
                                 double long_line) {
  std::vector<Ruling> kept;
  for (const Ruling& r : rulings) {
    int crossings = 0;
    for (const Ruling& other : rulings) {
      if (other.horizontal != r.horizontal && Meet(r, other, tolerance)) ++crossings;
      if (crossings >= 2) break;
    }
    if (crossings >= 2 || Length(r) >= long_line) kept.push_back(r);
  }
  return kept;
}

}  // namespace itapipe
