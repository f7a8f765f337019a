#include "layout/table_builder.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <utility>

#include "layout/text_lines.h"

namespace itapipe {
namespace {

using Interval = std::pair<double, double>;

// Disjoint sets over 0..n-1, for clustering lines and merging grid cells.
class DisjointSets {
 public:
  explicit DisjointSets(int n) : parent_(n) { std::iota(parent_.begin(), parent_.end(), 0); }
  int Find(int i) { return parent_[i] == i ? i : parent_[i] = Find(parent_[i]); }
  void Join(int a, int b) { parent_[Find(a)] = Find(b); }

 private:
  std::vector<int> parent_;
};

bool Meet(const Box& a, const Box& b, double tolerance) {
  return a.left - tolerance <= b.right && b.left - tolerance <= a.right &&
         a.top - tolerance <= b.bottom && b.top - tolerance <= a.bottom;
}

bool Near(double value, double low, double high, double tolerance) {
  return value >= low - tolerance && value <= high + tolerance;
}

// True when the end of `line` at position `end` (along its length) lies on another line.
bool EndMeets(const Ruling& line, double end, const std::vector<const Ruling*>& rulings,
              double tolerance) {
  double x = line.horizontal ? end : line.box.center_x();
  double y = line.horizontal ? line.box.center_y() : end;
  for (const Ruling* other : rulings) {
    const Box& o = other->box;
    if (other != &line && Near(x, o.left, o.right, tolerance) &&
        Near(y, o.top, o.bottom, tolerance)) {
      return true;
    }
  }
  return false;
}

// A short line that meets others at one end at most is a glyph stroke beside a table (the
// line detector sees the stems of bold letters), not a border.
bool IsStub(const Ruling& line, const std::vector<const Ruling*>& rulings,
            const TableOptions& options) {
  const Box& b = line.box;
  double length = line.horizontal ? b.width() : b.height();
  if (length >= options.max_stub_length) return false;
  double start = line.horizontal ? b.left : b.top;
  double end = line.horizontal ? b.right : b.bottom;
  return !EndMeets(line, start, rulings, options.join_tolerance) ||
         !EndMeets(line, end, rulings, options.join_tolerance);
}

std::vector<const Ruling*> KeptRulings(const Page& page, const TableOptions& options) {
  std::vector<const Ruling*> long_enough;
  for (const Ruling& ruling : page.rulings) {
    double length = ruling.horizontal ? ruling.box.width() : ruling.box.height();
    if (length >= options.min_ruling_length) long_enough.push_back(&ruling);
  }
  std::vector<const Ruling*> kept;
  for (const Ruling* ruling : long_enough) {
    if (!IsStub(*ruling, long_enough, options)) kept.push_back(ruling);
  }
  return kept;
}

std::vector<std::vector<const Ruling*>> ConnectedRulings(const Page& page,
                                                         const TableOptions& options) {
  std::vector<const Ruling*> kept = KeptRulings(page, options);
  DisjointSets sets(static_cast<int>(kept.size()));
  for (size_t i = 0; i < kept.size(); ++i) {
    for (size_t j = i + 1; j < kept.size(); ++j) {
      if (Meet(kept[i]->box, kept[j]->box, options.join_tolerance)) sets.Join(i, j);
    }
  }
  std::vector<std::vector<const Ruling*>> clusters(kept.size());
  for (size_t i = 0; i < kept.size(); ++i) clusters[sets.Find(i)].push_back(kept[i]);
  std::erase_if(clusters, [](const auto& cluster) { return cluster.empty(); });
  return clusters;
}

// Sorted positions merged where neighbours are closer than tolerance; each group's mean.
std::vector<double> MergePositions(std::vector<double> values, double tolerance) {
  std::sort(values.begin(), values.end());
  std::vector<double> merged;
  double sum = 0;
  int count = 0;
  for (size_t i = 0; i < values.size(); ++i) {
    if (count > 0 && values[i] - values[i - 1] > tolerance) {
      merged.push_back(sum / count);
      sum = 0;
      count = 0;
    }
    sum += values[i];
    ++count;
  }
  if (count > 0) merged.push_back(sum / count);
  return merged;
}

// Adds an outer edge of the table where no line runs (tables drawn with open sides).
void AddEdge(std::vector<double>& positions, double edge, double tolerance) {
  for (double p : positions) {
    if (std::abs(p - edge) <= tolerance) return;
  }
  positions.push_back(edge);
  std::sort(positions.begin(), positions.end());
}

int Nearest(const std::vector<double>& positions, double value, double tolerance) {
  for (size_t i = 0; i < positions.size(); ++i) {
    if (std::abs(positions[i] - value) <= tolerance) return static_cast<int>(i);
  }
  return -1;
}

double Covered(std::vector<Interval> spans, double from, double to) {
  std::sort(spans.begin(), spans.end());
  double covered = 0;
  double reach = from;
  for (const Interval& span : spans) {
    double start = std::max(span.first, reach);
    double end = std::min(span.second, to);
    if (end > start) covered += end - start;
    reach = std::max(reach, std::min(span.second, to));
  }
  return covered;
}

// The grid of one cluster of lines: positions and, per grid line, the spans drawn on it.
struct Grid {
  std::vector<double> xs;
  std::vector<double> ys;
  std::vector<std::vector<Interval>> on_x;  // vertical spans drawn at xs[i]
  std::vector<std::vector<Interval>> on_y;  // horizontal spans drawn at ys[i]

  int rows() const { return static_cast<int>(ys.size()) - 1; }
  int cols() const { return static_cast<int>(xs.size()) - 1; }
};

Grid MakeGrid(const std::vector<const Ruling*>& cluster, const TableOptions& options) {
  std::vector<double> xs, ys;
  Box bounds;
  for (const Ruling* ruling : cluster) {
    (ruling->horizontal ? ys : xs)
        .push_back(ruling->horizontal ? ruling->box.center_y() : ruling->box.center_x());
    bounds = Union(bounds, ruling->box);
  }
  Grid grid{MergePositions(xs, options.merge_tolerance),
            MergePositions(ys, options.merge_tolerance),
            {},
            {}};
  double outer = 3 * options.merge_tolerance;
  AddEdge(grid.xs, bounds.left, outer);
  AddEdge(grid.xs, bounds.right, outer);
  AddEdge(grid.ys, bounds.top, outer);
  AddEdge(grid.ys, bounds.bottom, outer);
  grid.on_x.resize(grid.xs.size());
  grid.on_y.resize(grid.ys.size());
  for (const Ruling* ruling : cluster) {
    const Box& b = ruling->box;
    int i = ruling->horizontal ? Nearest(grid.ys, b.center_y(), options.merge_tolerance)
                               : Nearest(grid.xs, b.center_x(), options.merge_tolerance);
    if (i < 0) continue;
    if (ruling->horizontal) grid.on_y[i].push_back({b.left, b.right});
    if (!ruling->horizontal) grid.on_x[i].push_back({b.top, b.bottom});
  }
  return grid;
}

bool EdgeDrawn(const std::vector<Interval>& spans, double from, double to,
               const TableOptions& options) {
  return Covered(spans, from, to) >= options.min_edge_coverage * (to - from);
}

// Grid cells joined into merged cells where the line between them is missing.
DisjointSets MergeCells(const Grid& grid, const TableOptions& options) {
  int cols = grid.cols();
  DisjointSets sets(grid.rows() * cols);
  for (int r = 0; r < grid.rows(); ++r) {
    for (int c = 0; c < cols; ++c) {
      if (c > 0 && !EdgeDrawn(grid.on_x[c], grid.ys[r], grid.ys[r + 1], options)) {
        sets.Join(r * cols + c, r * cols + c - 1);
      }
      if (r > 0 && !EdgeDrawn(grid.on_y[r], grid.xs[c], grid.xs[c + 1], options)) {
        sets.Join(r * cols + c, (r - 1) * cols + c);
      }
    }
  }
  return sets;
}

// One cell per merged group, spanning the group's bounding grid rectangle; the index maps
// every grid position to its cell.
std::vector<TableCell> MakeCells(const Grid& grid, DisjointSets& sets, std::vector<int>& index) {
  int cols = grid.cols();
  std::vector<TableCell> cells;
  std::vector<int> cell_of_root(grid.rows() * cols, -1);
  index.assign(grid.rows() * cols, -1);
  for (int r = 0; r < grid.rows(); ++r) {
    for (int c = 0; c < cols; ++c) {
      int& cell = cell_of_root[sets.Find(r * cols + c)];
      if (cell < 0) {
        cell = static_cast<int>(cells.size());
        TableCell fresh;
        fresh.row = r;
        fresh.col = c;
        cells.push_back(fresh);
      }
      TableCell& t = cells[cell];
      if (c < t.col) {
        t.col_span += t.col - c;
        t.col = c;
      }
      t.row_span = std::max(t.row_span, r - t.row + 1);
      t.col_span = std::max(t.col_span, c - t.col + 1);
      index[r * cols + c] = cell;
    }
  }
  for (TableCell& t : cells) {
    t.box = Box{grid.xs[t.col], grid.ys[t.row], grid.xs[t.col + t.col_span],
                grid.ys[t.row + t.row_span]};
  }
  return cells;
}

int Slot(const std::vector<double>& positions, double value) {
  auto it = std::upper_bound(positions.begin(), positions.end(), value);
  return static_cast<int>(it - positions.begin()) - 1;
}

void FillText(const Page& page, const Grid& grid, const std::vector<int>& index,
              std::vector<TableCell>& cells) {
  std::vector<std::vector<const Word*>> words(cells.size());
  for (const Word& word : page.words) {
    int r = Slot(grid.ys, word.box.center_y());
    int c = Slot(grid.xs, word.box.center_x());
    if (r < 0 || c < 0 || r >= grid.rows() || c >= grid.cols()) continue;
    words[index[r * grid.cols() + c]].push_back(&word);
  }
  for (size_t i = 0; i < cells.size(); ++i) {
    for (const Word* word : words[i])
      cells[i].confidence = std::min(cells[i].confidence, word->confidence);
    cells[i].text = JoinLines(GroupIntoLines(std::move(words[i])));
  }
}

Table MakeTable(const Page& page, const Grid& grid, const TableOptions& options) {
  DisjointSets sets = MergeCells(grid, options);
  std::vector<int> index;
  Table table{.page = page.number,
              .box = Box{grid.xs.front(), grid.ys.front(), grid.xs.back(), grid.ys.back()},
              .rows = grid.rows(),
              .cols = grid.cols(),
              .cells = MakeCells(grid, sets, index),
              .xs = grid.xs,
              .ys = grid.ys};
  FillText(page, grid, index, table.cells);
  std::sort(table.cells.begin(), table.cells.end(), [](const TableCell& a, const TableCell& b) {
    return std::make_pair(a.row, a.col) < std::make_pair(b.row, b.col);
  });
  return table;
}

}  // namespace

std::vector<Table> BuildTables(const Page& page, const TableOptions& options) {
  std::vector<Table> tables;
  for (const auto& cluster : ConnectedRulings(page, options)) {
    int horizontal = std::count_if(cluster.begin(), cluster.end(),
                                   [](const Ruling* r) { return r->horizontal; });
    int vertical = static_cast<int>(cluster.size()) - horizontal;
    if (horizontal < 2 || vertical < 2) continue;
    Grid grid = MakeGrid(cluster, options);
    if (grid.rows() < 1 || grid.cols() < 1) continue;
    tables.push_back(MakeTable(page, grid, options));
  }
  std::sort(tables.begin(), tables.end(), ReadsBefore);
  return tables;
}

}  // namespace itapipe
