#include "layout/cell_finder.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <utility>

namespace itapipe {
namespace {

// A raster of the page: 0 open, 1 ruling, 2 reached from outside, 3 inside a found cell.
class Raster {
 public:
  Raster(double width, double height, double resolution)
      : scale_(resolution),
        cols_(std::max(1, static_cast<int>(std::ceil(width * resolution)))),
        rows_(std::max(1, static_cast<int>(std::ceil(height * resolution)))),
        cells_(static_cast<size_t>(cols_) * rows_, 0) {}

  void Draw(const Box& box) {
    int x0 = Clamp(std::floor(box.left * scale_), cols_),
        x1 = Clamp(std::ceil(box.right * scale_), cols_);
    int y0 = Clamp(std::floor(box.top * scale_), rows_),
        y1 = Clamp(std::ceil(box.bottom * scale_), rows_);
    for (int y = y0; y <= y1; ++y)
      for (int x = x0; x <= x1; ++x) At(x, y) = 1;
  }

  // Marks the open area connected to (x, y) with `mark` and returns its bounding box in
  // raster units and whether it touches the page edge.
  std::pair<Box, bool> Fill(int x, int y, std::uint8_t mark) {
    std::vector<std::pair<int, int>> stack{{x, y}};
    At(x, y) = mark;
    Box box{double(x), double(y), double(x + 1), double(y + 1)};
    bool edge = false;
    while (!stack.empty()) {
      auto [cx, cy] = stack.back();
      stack.pop_back();
      box = Box{std::min(box.left, double(cx)), std::min(box.top, double(cy)),
                std::max(box.right, double(cx + 1)), std::max(box.bottom, double(cy + 1))};
      edge = edge || cx == 0 || cy == 0 || cx == cols_ - 1 || cy == rows_ - 1;
      const int steps[4][2] = {{1, 0}, {-1, 0}, {0, 1}, {0, -1}};
      for (const auto& s : steps) {
        int nx = cx + s[0], ny = cy + s[1];
        if (nx < 0 || ny < 0 || nx >= cols_ || ny >= rows_ || At(nx, ny) != 0) continue;
        At(nx, ny) = mark;
        stack.emplace_back(nx, ny);
      }
    }
    return {box, edge};
  }

  int cols() const { return cols_; }
  int rows() const { return rows_; }
  double scale() const { return scale_; }
  std::uint8_t& At(int x, int y) { return cells_[static_cast<size_t>(y) * cols_ + x]; }

 private:
  static int Clamp(double v, int size) { return std::clamp(static_cast<int>(v), 0, size - 1); }

  double scale_;
  int cols_;
  int rows_;
  std::vector<std::uint8_t> cells_;
};

Box Lengthened(const Ruling& r, double by) {
  Box b = r.box;
  if (r.horizontal) return Box{b.left - by, b.top, b.right + by, b.bottom};
  return Box{b.left, b.top - by, b.right, b.bottom + by};
}

}  // namespace

std::vector<Box> FindCells(const std::vector<Ruling>& rulings, double width, double height,
                           const CellOptions& options) {
  if (rulings.empty() || width <= 0 || height <= 0) return {};
  Raster raster(width, height, options.resolution);
  for (const Ruling& r : rulings) {
    raster.Draw(Lengthened(r, options.close_gaps));
  }
  std::vector<Box> cells;
  double page_area = width * height;
  for (int y = 0; y < raster.rows(); ++y) {
    for (int x = 0; x < raster.cols(); ++x) {
      if (raster.At(x, y) != 0) continue;
      auto [area, edge] = raster.Fill(x, y, 3);
      Box box{area.left / raster.scale(), area.top / raster.scale(), area.right / raster.scale(),
              area.bottom / raster.scale()};
      bool small = box.width() < options.min_side || box.height() < options.min_side;
      if (edge || small || box.width() * box.height() > options.max_page_share * page_area)
        continue;
      cells.push_back(box);
    }
  }
  std::sort(cells.begin(), cells.end(), [](const Box& a, const Box& b) {
    return std::make_pair(a.top, a.left) < std::make_pair(b.top, b.left);
  });
  return cells;
}

}  // namespace itapipe
