#include "layout/whitespace_tables.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <utility>

#include "layout/text_lines.h"

namespace itapipe {
namespace {

using Interval = std::pair<double, double>;

// A printed line, its words cut into chunks where they lie further apart than a gutter.
struct Line {
  Box box;
  std::vector<const Word*> words;  // left to right
  std::vector<Box> chunks;         // left to right
};

// Lines [first, last) of a page's lines that may hold a table.
struct Block {
  size_t first = 0;
  size_t last = 0;
};

double MedianHeight(const std::vector<const Word*>& words) {
  std::vector<double> heights;
  for (const Word* word : words) heights.push_back(word->box.height());
  auto middle = heights.begin() + heights.size() / 2;
  std::nth_element(heights.begin(), middle, heights.end());
  return *middle;
}

std::vector<Box> Chunks(const std::vector<const Word*>& words, double min_gap) {
  std::vector<Box> chunks;
  for (const Word* word : words) {
    if (chunks.empty() || word->box.left - chunks.back().right >= min_gap) {
      chunks.push_back(word->box);
    } else {
      chunks.back() = Union(chunks.back(), word->box);
    }
  }
  return chunks;
}

std::vector<Line> LinesOf(std::vector<const Word*> words, double min_gap) {
  std::vector<Line> lines;
  for (auto& group : GroupWordsIntoLines(std::move(words))) {
    Line line;
    for (const Word* word : group) line.box = Union(line.box, word->box);
    line.chunks = Chunks(group, min_gap);
    line.words = std::move(group);
    lines.push_back(std::move(line));
  }
  return lines;
}

int MultiChunkLines(const std::vector<Line>& lines, Block block) {
  int count = 0;
  for (size_t i = block.first; i < block.last; ++i) count += lines[i].chunks.size() >= 2;
  return count;
}

// Runs of lines between wide lines of prose and wide vertical gaps, each with a line at least
// that has a gap as wide as a gutter.
std::vector<Block> Blocks(const std::vector<Line>& lines, double text_width, double height,
                          const WhitespaceTableOptions& options) {
  std::vector<Block> blocks;
  Block current;
  double bottom = 0;
  auto close = [&](size_t next) {
    if (MultiChunkLines(lines, current) >= 1) blocks.push_back(current);
    current = Block{next, next};
  };
  for (size_t i = 0; i < lines.size(); ++i) {
    const Line& line = lines[i];
    bool wide = line.chunks.size() == 1 && line.box.width() >= options.wide_line * text_width;
    bool apart = current.last > current.first && line.box.top - bottom > options.block_gap * height;
    if (wide || apart) close(wide ? i + 1 : i);
    if (wide) continue;
    bottom = current.last > current.first ? std::max(bottom, line.box.bottom) : line.box.bottom;
    current.last = i + 1;
  }
  close(lines.size());
  return blocks;
}

// The middle of a word's height, where its letters' bodies are: a text layer's boxes reach
// from the font's ascent to its descent and overlap the lines above and below.
constexpr double kCoreShare = 0.3;   // half the core's height, as a share of the box's
constexpr double kSamePitch = 0.03;  // line heights; pitches this close are the same spacing
constexpr size_t kEdgeLines = 2;     // lines at each end of a block that may lie outside it

Interval CoreOf(const Box& box) {
  double half = kCoreShare * box.height();
  return {box.center_y() - half, box.center_y() + half};
}

// Distances between the centres of a line's chunks and the chunks starting at the same x on
// the next line that has one, in heights of the upper chunk: the lines of one cell, and the
// first lines of cells stacked in a column.
std::vector<double> Pitches(const std::vector<Line>& lines, Block block) {
  std::vector<double> pitches;
  for (size_t i = block.first; i < block.last; ++i) {
    for (const Box& upper : lines[i].chunks) {
      for (size_t j = i + 1; j < block.last && j <= i + 2; ++j) {
        auto below = std::find_if(lines[j].chunks.begin(), lines[j].chunks.end(),
                                  [&](const Box& b) { return std::abs(b.left - upper.left) < 2; });
        if (below == lines[j].chunks.end()) continue;
        pitches.push_back((below->center_y() - upper.center_y()) / upper.height());
        break;
      }
    }
  }
  std::sort(pitches.begin(), pitches.end());
  return pitches;
}

// The narrowest gap between the cores of two lines, in line heights, that parts rows: wider
// than the lines of a cell leave, the shortest pitch that recurs; 0, every gap, when all
// pitches below two lines are alike (no cell wraps, or rows have no padding to tell them
// apart).
double RowGap(const std::vector<Line>& lines, Block block, const WhitespaceTableOptions& options) {
  std::vector<double> pitches = Pitches(lines, block);
  size_t k = 0;
  while (k + 1 < pitches.size() && pitches[k + 1] - pitches[k] > kSamePitch) ++k;
  if (k + 1 >= pitches.size()) return 0;
  // Pitches of two lines or more are cells stacked over a skipped line, not a wider spacing.
  double low = pitches[k];
  double widest = low;
  for (double pitch : pitches) {
    if (pitch < 1.9 * low) widest = std::max(widest, pitch);
  }
  if (widest - low < options.row_gap_excess) return 0;
  return low - 2 * kCoreShare + options.row_gap_excess;
}

// A word's core, with the height its gaps are measured in.
struct Core {
  double top = 0;
  double bottom = 0;
  double height = 0;

  bool operator<(const Core& other) const { return top < other.top; }
};

// Positions between rows, top and bottom edges included: the middles of the gaps between the
// cores of the block's words that are at least RowGap line heights wide.
std::vector<double> RowEdges(const std::vector<Line>& lines, Block block,
                             const WhitespaceTableOptions& options) {
  std::vector<Core> cores;
  for (size_t i = block.first; i < block.last; ++i) {
    for (const Word* word : lines[i].words) {
      Interval core = CoreOf(word->box);
      cores.push_back(Core{core.first, core.second, word->box.height()});
    }
  }
  std::sort(cores.begin(), cores.end());
  double row_gap = RowGap(lines, block, options);
  std::vector<double> edges{cores.front().top};
  double reach = cores.front().bottom, height = cores.front().height;
  for (const Core& core : cores) {
    double gap = core.top - reach;
    if (gap > 0 && gap >= row_gap * std::max(height, core.height)) {
      edges.push_back((reach + core.top) / 2);
    }
    if (core.bottom > reach) {
      reach = core.bottom;
      height = core.height;
    }
  }
  edges.push_back(reach);
  return edges;
}

int Slot(const std::vector<double>& edges, double value) {
  auto it = std::upper_bound(edges.begin(), edges.end(), value);
  int slot = static_cast<int>(it - edges.begin()) - 1;
  return std::clamp(slot, 0, static_cast<int>(edges.size()) - 2);
}

// Lines that may cross a gutter: those of the header row (a cell spanning the columns under
// it), titles across the whole block, and the first and last lines of the block (a heading
// or the end of a paragraph next to the table, trimmed off once the gutters are known).
std::vector<bool> MayCross(const std::vector<Line>& lines, Block block,
                           const std::vector<double>& row_edges) {
  double left = 1e18, right = -1e18;
  for (size_t i = block.first; i < block.last; ++i) {
    left = std::min(left, lines[i].box.left);
    right = std::max(right, lines[i].box.right);
  }
  std::vector<bool> may(block.last - block.first);
  for (size_t i = block.first; i < block.last; ++i) {
    const Line& line = lines[i];
    bool header = row_edges.size() > 2 && line.box.center_y() < row_edges[1];
    bool title = line.chunks.size() == 1 && line.box.width() >= 0.8 * (right - left);
    bool edge = i < block.first + kEdgeLines || i + kEdgeLines >= block.last;
    may[i - block.first] = header || title || edge;
  }
  return may;
}

bool Crosses(const Line& line, const std::vector<Interval>& gutters) {
  return std::any_of(line.chunks.begin(), line.chunks.end(), [&](const Box& chunk) {
    return std::any_of(gutters.begin(), gutters.end(), [&](const Interval& gutter) {
      return chunk.left < gutter.second && chunk.right > gutter.first;
    });
  });
}

// The block without the lines at its top and bottom that are one run of words across a
// gutter: text beside the table, not in it.
Block Trimmed(const std::vector<Line>& lines, Block block, const std::vector<Interval>& gutters) {
  auto outside = [&](size_t i) {
    return lines[i].chunks.size() == 1 && Crosses(lines[i], gutters);
  };
  while (block.last > block.first && outside(block.first)) ++block.first;
  while (block.last > block.first && outside(block.last - 1)) --block.last;
  return block;
}

bool HasChunkIn(const Line& line, double from, double to) {
  return std::any_of(line.chunks.begin(), line.chunks.end(),
                     [&](const Box& chunk) { return chunk.left >= from && chunk.right <= to; });
}

// A gutter is a table's when lines have words on each side of it, some on both.
bool Supported(const std::vector<Line>& lines, Block block, Interval gutter) {
  int left = 0, right = 0, both = 0;
  for (size_t i = block.first; i < block.last; ++i) {
    bool l = HasChunkIn(lines[i], -1e18, gutter.first);
    bool r = HasChunkIn(lines[i], gutter.second, 1e18);
    left += l;
    right += r;
    both += l && r;
  }
  return left >= 2 && right >= 2 && both >= 1;
}

// Removes from `open` what `chunk` covers of it, unless the chunk spans it whole.
void Subtract(std::vector<Interval>& open, const Box& chunk) {
  std::vector<Interval> out;
  for (const Interval& gap : open) {
    bool spans = chunk.left <= gap.first && chunk.right >= gap.second;
    if (spans || chunk.right <= gap.first || chunk.left >= gap.second) {
      out.push_back(gap);
      continue;
    }
    if (chunk.left > gap.first) out.push_back({gap.first, chunk.left});
    if (chunk.right < gap.second) out.push_back({chunk.right, gap.second});
  }
  open = std::move(out);
}

// The x intervals no chunk covers, at least min_gap wide. A line that may cross a gutter
// does not close it where it spans it whole, but narrows it where it reaches into it.
std::vector<Interval> Gutters(const std::vector<Line>& lines, Block block,
                              const std::vector<bool>& may_cross, double min_gap) {
  std::vector<double> edges;
  for (size_t i = block.first; i < block.last; ++i) {
    for (const Box& chunk : lines[i].chunks) {
      edges.push_back(chunk.left);
      edges.push_back(chunk.right);
    }
  }
  std::sort(edges.begin(), edges.end());
  edges.erase(std::unique(edges.begin(), edges.end()), edges.end());
  std::vector<Interval> open;
  for (size_t k = 0; k + 1 < edges.size(); ++k) {
    double middle = (edges[k] + edges[k + 1]) / 2;
    bool covered = false;
    for (size_t i = block.first; i < block.last && !covered; ++i) {
      if (may_cross[i - block.first]) continue;
      for (const Box& chunk : lines[i].chunks)
        covered |= chunk.left < middle && middle < chunk.right;
    }
    if (covered) continue;
    if (!open.empty() && open.back().second == edges[k]) {
      open.back().second = edges[k + 1];
    } else {
      open.push_back({edges[k], edges[k + 1]});
    }
  }
  for (size_t i = block.first; i < block.last; ++i) {
    if (!may_cross[i - block.first]) continue;
    for (const Box& chunk : lines[i].chunks) Subtract(open, chunk);
  }
  std::erase_if(open, [&](const Interval& gutter) {
    return gutter.second - gutter.first < min_gap || !Supported(lines, block, gutter);
  });
  return open;
}

// Cells of one row: columns joined where a chunk of the row crosses the gutter between them.
std::vector<TableCell> RowCells(const std::vector<Line>& lines, Block block, int row,
                                const std::vector<double>& xs, const std::vector<double>& ys) {
  int cols = static_cast<int>(xs.size()) - 1;
  std::vector<int> reach(cols);  // the last column joined to each column
  std::iota(reach.begin(), reach.end(), 0);
  for (size_t i = block.first; i < block.last; ++i) {
    for (const Box& chunk : lines[i].chunks) {
      if (Slot(ys, chunk.center_y()) != row) continue;
      int from = Slot(xs, chunk.left), to = Slot(xs, chunk.right);
      for (int c = from; c <= to; ++c) reach[c] = std::max(reach[c], to);
    }
  }
  std::vector<TableCell> cells;
  for (int c = 0; c < cols;) {
    int last = c;
    for (int k = c; k <= last; ++k) last = std::max(last, reach[k]);
    TableCell cell;
    cell.row = row;
    cell.col = c;
    cell.col_span = last - c + 1;
    cell.box = Box{xs[c], ys[row], xs[last + 1], ys[row + 1]};
    cells.push_back(cell);
    c = last + 1;
  }
  return cells;
}

// The cell of each grid position, row-major: cells here span columns, never rows.
std::vector<size_t> CellIndex(const Table& table) {
  std::vector<size_t> index(static_cast<size_t>(table.rows) * table.cols);
  for (size_t k = 0; k < table.cells.size(); ++k) {
    const TableCell& cell = table.cells[k];
    for (int c = cell.col; c < cell.col + cell.col_span; ++c)
      index[static_cast<size_t>(cell.row) * table.cols + c] = k;
  }
  return index;
}

void FillText(const std::vector<Line>& lines, Block block, Table& table) {
  std::vector<size_t> index = CellIndex(table);
  std::vector<std::vector<const Word*>> words(table.cells.size());
  for (size_t i = block.first; i < block.last; ++i) {
    for (const Word* word : lines[i].words) {
      int r = Slot(table.ys, word->box.center_y()), c = Slot(table.xs, word->box.center_x());
      words[index[static_cast<size_t>(r) * table.cols + c]].push_back(word);
    }
  }
  for (size_t k = 0; k < table.cells.size(); ++k) {
    for (const Word* word : words[k])
      table.cells[k].confidence = std::min(table.cells[k].confidence, word->confidence);
    table.cells[k].text = JoinLines(GroupIntoLines(std::move(words[k])));
  }
}

Table MakeTable(int page, const std::vector<Line>& lines, Block block,
                std::vector<double> row_edges, const std::vector<Interval>& gutters) {
  Box box;
  for (size_t i = block.first; i < block.last; ++i) box = Union(box, lines[i].box);
  std::vector<double> xs{box.left};
  for (const Interval& gutter : gutters) xs.push_back((gutter.first + gutter.second) / 2);
  xs.push_back(box.right);
  Table table;
  table.page = page;
  table.box = box;
  table.rows = static_cast<int>(row_edges.size()) - 1;
  table.cols = static_cast<int>(xs.size()) - 1;
  table.xs = std::move(xs);
  table.ys = std::move(row_edges);
  table.ruled = false;
  for (int r = 0; r < table.rows; ++r) {
    for (TableCell& cell : RowCells(lines, block, r, table.xs, table.ys))
      table.cells.push_back(cell);
  }
  FillText(lines, block, table);
  return table;
}

}  // namespace

std::vector<Table> FindWhitespaceTables(const Page& page, const std::vector<Table>& ruled,
                                        const WhitespaceTableOptions& options) {
  std::vector<const Word*> words;
  double left = 1e18, right = -1e18;
  for (const Word& word : page.words) {
    if (word.text.empty() || word.box.empty() || AnyHolds(ruled, word.box)) continue;
    words.push_back(&word);
    left = std::min(left, word.box.left);
    right = std::max(right, word.box.right);
  }
  if (words.size() < 4) return {};
  double height = MedianHeight(words);
  double min_gap = options.min_gutter * height;
  std::vector<Line> lines = LinesOf(std::move(words), min_gap);
  std::vector<Table> tables;
  for (Block block : Blocks(lines, right - left, height, options)) {
    std::vector<double> rows = RowEdges(lines, block, options);
    std::vector<Interval> gutters = Gutters(lines, block, MayCross(lines, block, rows), min_gap);
    block = Trimmed(lines, block, gutters);
    if (gutters.empty() || MultiChunkLines(lines, block) < 1) continue;
    tables.push_back(
        MakeTable(page.number, lines, block, RowEdges(lines, block, options), gutters));
  }
  return tables;
}

}  // namespace itapipe
