#include "layout/reading_order.h"

#include <algorithm>

namespace itapipe {
namespace {

// Words farther apart than this many word heights belong to different cells.
constexpr double kMaxWordGap = 2.0;
// A piece follows one above it when the gap between them is below this many line heights.
constexpr double kMaxLineGap = 1.0;

struct Piece {
  Box box;
  std::vector<size_t> words;
};

bool SameLine(const Box& line, const Box& word) {
  double shorter = std::min(line.height(), word.height());
  return Overlap(line.top, line.bottom, word.top, word.bottom) >= 0.5 * shorter;
}

// Words grouped into lines top to bottom, each line left to right.
std::vector<std::vector<size_t>> Lines(const Page& page) {
  std::vector<size_t> order(page.words.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    return page.words[a].box.center_y() < page.words[b].box.center_y();
  });
  std::vector<std::vector<size_t>> lines;
  Box line;
  for (size_t i : order) {
    if (lines.empty() || !SameLine(line, page.words[i].box)) {
      lines.emplace_back();
      line = Box{};
    }
    lines.back().push_back(i);
    line = Union(line, page.words[i].box);
  }
  for (auto& l : lines) {
    std::stable_sort(l.begin(), l.end(), [&](size_t a, size_t b) {
      return page.words[a].box.left < page.words[b].box.left;
    });
  }
  return lines;
}

bool RulingBetween(const Page& page, const Box& a, const Box& b) {
  for (const Ruling& r : page.rulings) {
    if (r.horizontal) continue;
    double x = r.box.center_x();
    bool spans = r.box.top <= std::max(a.center_y(), b.center_y()) &&
                 r.box.bottom >= std::min(a.center_y(), b.center_y());
    if (spans && x >= a.right - 0.5 && x <= b.left + 0.5) return true;
  }
  return false;
}

std::vector<Piece> Pieces(const Page& page, const std::vector<size_t>& line) {
  std::vector<Piece> pieces;
  for (size_t i : line) {
    const Box& box = page.words[i].box;
    bool apart = pieces.empty();
    if (!apart) {
      const Box& last = page.words[pieces.back().words.back()].box;
      double height = std::max(1.0, std::min(last.height(), box.height()));
      apart = box.left - last.right > kMaxWordGap * height || RulingBetween(page, last, box);
    }
    if (apart) pieces.emplace_back();
    pieces.back().words.push_back(i);
    pieces.back().box = Union(pieces.back().box, box);
  }
  return pieces;
}

// The run whose last piece `piece` lies under most, or -1. `taken` runs already got a
// piece of this line.
int RunAbove(const std::vector<std::vector<Piece>>& runs, const std::vector<bool>& taken,
             const Piece& piece) {
  int best = -1;
  double best_overlap = 0;
  for (size_t r = 0; r < runs.size(); ++r) {
    const Box& tail = runs[r].back().box;
    double gap = piece.box.top - tail.bottom;
    bool below = piece.box.top > tail.top && gap < kMaxLineGap * piece.box.height();
    double overlap = Overlap(tail.left, tail.right, piece.box.left, piece.box.right);
    if (!taken[r] && below && overlap > best_overlap) {
      best = static_cast<int>(r);
      best_overlap = overlap;
    }
  }
  return best;
}

}  // namespace

std::vector<size_t> ColumnReadingOrder(const Page& page) {
  std::vector<std::vector<Piece>> runs;
  for (const std::vector<size_t>& line : Lines(page)) {
    std::vector<bool> taken(runs.size(), false);
    for (Piece& piece : Pieces(page, line)) {
      int run = RunAbove(runs, taken, piece);
      if (run < 0) {
        runs.push_back({std::move(piece)});
        taken.push_back(true);
      } else {
        runs[run].push_back(std::move(piece));
        taken[run] = true;
      }
    }
  }
  std::vector<size_t> order;
  for (const auto& run : runs) {
    for (const Piece& piece : run)
      order.insert(order.end(), piece.words.begin(), piece.words.end());
  }
  return order;
}

}  // namespace itapipe
