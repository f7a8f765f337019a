#include "ingest/ruling_detector.h"

#include <algorithm>
#include <cmath>
#include <optional>
#include <tuple>

#include "ingest/leptonica_pix.h"

namespace itapipe {
namespace {

// The ink with gaps along one direction up to `bridge` pixels closed and lines thickened by a
// pixel on each side, so that a dotted or slightly drifting scanned line is one run.
PixPtr Bridged(PIX* ink, int bridge, bool horizontal) {
  PixPtr closed(horizontal ? pixCloseBrick(nullptr, ink, bridge, 1)
                           : pixCloseBrick(nullptr, ink, 1, bridge));
  if (!closed) return nullptr;
  return PixPtr(horizontal ? pixDilateBrick(nullptr, closed.get(), 1, 3)
                           : pixDilateBrick(nullptr, closed.get(), 3, 1));
}

// The share of set pixels of pix in a rectangle (clipped to the image).
double InkShare(PIX* pix, l_int32 x, l_int32 y, l_int32 w, l_int32 h) {
  l_int32 right = std::min(x + w, static_cast<l_int32>(pixGetWidth(pix)));
  l_int32 bottom = std::min(y + h, static_cast<l_int32>(pixGetHeight(pix)));
  x = std::max(x, 0);
  y = std::max(y, 0);
  if (right <= x || bottom <= y) return 0;
  BOX* box = boxCreate(x, y, right - x, bottom - y);
  l_int32 count = 0;
  pixCountPixelsInRect(pix, box, &count, nullptr);
  boxDestroy(&box);
  return static_cast<double>(count) / ((right - x) * (bottom - y));
}

// The most ink in the two bands beside a run's box (above and below a horizontal one).
double SideInk(PIX* others, l_int32 x, l_int32 y, l_int32 w, l_int32 h, bool horizontal) {
  constexpr l_int32 kGap = 2, kBand = 4;
  if (horizontal) {
    return std::max(InkShare(others, x, y - kGap - kBand, w, kBand),
                    InkShare(others, x, y + h + kGap, w, kBand));
  }
  return std::max(InkShare(others, x - kGap - kBand, y, kBand, h),
                  InkShare(others, x + w + kGap, y, kBand, h));
}

struct RunTest {
  double points_per_pixel;
  double max_thickness;  // points
  double max_side_ink;
};

// Keeps the runs at least `length` pixels long in one direction and returns their boxes.
std::vector<Ruling> FindRuns(PIX* ink, int length, int bridge, bool horizontal,
                             const RunTest& test) {
  PixPtr bridged = bridge > 1 ? Bridged(ink, bridge, horizontal) : nullptr;
  PixPtr runs(horizontal ? pixOpenBrick(nullptr, bridged ? bridged.get() : ink, length, 1)
                         : pixOpenBrick(nullptr, bridged ? bridged.get() : ink, 1, length));
  std::vector<Ruling> rulings;
  if (!runs) return rulings;
  PixPtr others = test.max_side_ink < 1 ? PixPtr(pixSubtract(nullptr, ink, runs.get())) : nullptr;
  BoxaPtr boxes(pixConnCompBB(runs.get(), 8));
  if (!boxes) return rulings;
  for (int i = 0; i < boxaGetCount(boxes.get()); ++i) {
    l_int32 x = 0, y = 0, w = 0, h = 0;
    boxaGetBoxGeometry(boxes.get(), i, &x, &y, &w, &h);
    double ppp = test.points_per_pixel;
    Box box{x * ppp, y * ppp, (x + w) * ppp, (y + h) * ppp};
    double thickness = horizontal ? box.height() : box.width();
    if (thickness > test.max_thickness) continue;
    if (others && SideInk(others.get(), x, y, w, h, horizontal) > test.max_side_ink) continue;
    rulings.push_back(Ruling{box, horizontal});
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
  int bridge = static_cast<int>(std::lround(options.bridge_points / points_per_pixel));
  RunTest test{points_per_pixel, options.max_thickness_points, options.max_side_ink};
  std::vector<Ruling> rulings = FindRuns(ink.get(), length, bridge, true, test);
  std::vector<Ruling> vertical = FindRuns(ink.get(), length, bridge, false, test);
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

// Position across the line, and start and end along it.
double Across(const Ruling& r) { return r.horizontal ? r.box.center_y() : r.box.center_x(); }
double Start(const Ruling& r) { return r.horizontal ? r.box.left : r.box.top; }
double End(const Ruling& r) { return r.horizontal ? r.box.right : r.box.bottom; }

bool Joinable(const Ruling& a, const Ruling& b, double offset, double gap) {
  return a.horizontal == b.horizontal && std::abs(Across(a) - Across(b)) <= offset &&
         Start(b) <= End(a) + gap && Start(a) <= End(b) + gap;
}

}  // namespace

std::vector<Ruling> JoinCollinear(std::vector<Ruling> rulings, double offset, double gap) {
  std::sort(rulings.begin(), rulings.end(), [](const Ruling& a, const Ruling& b) {
    return std::make_tuple(a.horizontal, Start(a)) < std::make_tuple(b.horizontal, Start(b));
  });
  std::vector<Ruling> joined;
  for (const Ruling& r : rulings) {
    auto into = std::find_if(joined.begin(), joined.end(),
                             [&](const Ruling& j) { return Joinable(j, r, offset, gap); });
    if (into == joined.end()) {
      joined.push_back(r);
    } else {
      into->box = Union(into->box, r.box);
    }
  }
  return joined;
}

namespace {

// Whether a vertical ruling's end at `y` lies on a horizontal one.
bool EndsOnHorizontal(const Ruling& v, double y, const std::vector<Ruling>& rulings,
                      double tolerance) {
  double x = v.box.center_x();
  return std::any_of(rulings.begin(), rulings.end(), [&](const Ruling& h) {
    return h.horizontal && x >= h.box.left - tolerance && x <= h.box.right + tolerance &&
           y >= h.box.top - tolerance && y <= h.box.bottom + tolerance;
  });
}

bool KeepHorizontal(const Ruling& r, const std::vector<Ruling>& rulings, double tolerance,
                    double long_line) {
  int crossings = 0;
  for (const Ruling& other : rulings) {
    if (!other.horizontal && Meet(r, other, tolerance)) ++crossings;
    if (crossings >= 2) return true;
  }
  return Length(r) >= long_line;
}

}  // namespace

std::vector<Ruling> TableRulings(const std::vector<Ruling>& rulings, double tolerance,
                                 double long_line) {
  std::vector<Ruling> kept;
  for (const Ruling& r : rulings) {
    // A column line runs from one row line to another; a stack of letter strokes in a
    // left-aligned column ("ตัวชี้วัดที่" in every row) starts and ends inside rows.
    bool keep = r.horizontal ? KeepHorizontal(r, rulings, tolerance, long_line)
                             : EndsOnHorizontal(r, r.box.top, rulings, 2 * tolerance) &&
                                   EndsOnHorizontal(r, r.box.bottom, rulings, 2 * tolerance);
    if (keep) kept.push_back(r);
  }
  return kept;
}

namespace {

// Where perpendicular ruling `o` crosses the line of `r` (a position along `r`), if `o`
// reaches that line within `reach`.
std::optional<double> Crossing(const Ruling& r, const Ruling& o, double reach) {
  if (o.horizontal == r.horizontal) return std::nullopt;
  if (Across(r) < Start(o) - reach || Across(r) > End(o) + reach) return std::nullopt;
  return Across(o);
}

// The end of `r` at `end` carried to the nearest crossing ahead of it (`ahead` is -1 before
// the start, +1 past the end) within `reach`. An end at a crossing, or past one by up to
// `touch`, stays: carried on, it would cut through the row or column beyond.
double SnappedEnd(const Ruling& r, double end, int ahead, const std::vector<Ruling>& rulings,
                  double reach, double touch) {
  std::optional<double> nearest;
  for (const Ruling& o : rulings) {
    std::optional<double> at = Crossing(r, o, reach);
    if (!at) continue;
    double distance = (*at - end) * ahead;
    if (distance <= 0 && distance >= -touch) return end;
    if (distance > 0 && distance <= reach && (!nearest || distance < (*nearest - end) * ahead))
      nearest = *at;
  }
  return nearest.value_or(end);
}

}  // namespace

std::vector<Ruling> SnapEnds(const std::vector<Ruling>& rulings, double reach, double touch) {
  std::vector<Ruling> snapped = rulings;
  for (Ruling& r : snapped) {
    double start = SnappedEnd(r, Start(r), -1, rulings, reach, touch);
    double end = SnappedEnd(r, End(r), +1, rulings, reach, touch);
    r.box = r.horizontal ? Box{start, r.box.top, end, r.box.bottom}
                         : Box{r.box.left, start, r.box.right, end};
  }
  return snapped;
}

}  // namespace itapipe
