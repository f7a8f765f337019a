#include "ingest/glyph_layout.h"

#include <algorithm>
#include <cmath>

#include "core/utf8.h"

namespace itapipe {
namespace {

// A gap wider than this share of the line height separates two Thai letters into two words:
// a space is about a quarter of it; a tone mark over a tall consonant leaves up to an eighth
// inside a word ("บ้านโป่ง" split before ง at 0.12, "ปักธงชัย" after ปั at 0.14).
constexpr double kThaiWordGapRatio = 0.18;
// The same where either side is not a Thai letter (a dash, a digit, Latin): no mark shifts
// those, and fonts with tall line boxes leave a space of a sixth only (Kanit: "- พัฒนา" read
// as "-พัฒนา" at 0.18).
constexpr double kWordGapRatio = 0.12;
// Glyphs whose vertical centres differ by less than this share of their height share a line.
constexpr double kSameLineRatio = 0.4;
// Marks look for their base on lines whose centre is within this share of the line height.
constexpr double kMarkLineRatio = 0.6;

struct Base {
  const Glyph* glyph;
  std::vector<const Glyph*> marks;
  double right = 0;  // of the base and its marks: a tone mark before ำ takes half its width
};

struct Line {
  double center_y = 0;
  double height = 0;
  std::vector<Base> bases;
};

bool IsSpace(char32_t c) { return c == U' ' || c == U'\u00A0' || c == U'\t' || c == U'\u3000'; }

// Legacy fonts map marks to Private Use code points (U+F700..U+F71A, U+F884..U+F89E); all
// but two of those are marks, and marks are drawn with no advance.
bool IsMark(const Glyph& g) {
  if (IsThaiCombiningMark(g.code)) return true;
  if (g.code == 0xF700 || g.code == 0xF70F) return false;
  if ((g.code >= 0xF700 && g.code <= 0xF71A) || (g.code >= 0xF884 && g.code <= 0xF89E)) return true;
  return g.box.width() <= 0.01 * std::max(1.0, g.box.height()) && !IsSpace(g.code);
}

std::vector<Line> GroupLines(const std::vector<const Glyph*>& bases) {
  std::vector<const Glyph*> sorted = bases;
  std::stable_sort(sorted.begin(), sorted.end(), [](const Glyph* a, const Glyph* b) {
    return a->box.center_y() < b->box.center_y();
  });
  std::vector<Line> lines;
  for (const Glyph* g : sorted) {
    double h = std::max(g->box.height(), 0.1);
    if (lines.empty() || std::abs(g->box.center_y() - lines.back().center_y) >
                             kSameLineRatio * std::min(h, lines.back().height)) {
      lines.push_back(Line{g->box.center_y(), h, {}});
    }
    lines.back().bases.push_back(Base{g, {}, g->box.right});
  }
  for (Line& line : lines)
    std::stable_sort(line.bases.begin(), line.bases.end(), [](const Base& a, const Base& b) {
      return a.glyph->box.left < b.glyph->box.left;
    });
  return lines;
}

// The base, on a line near the mark's height, whose right edge is nearest to where the mark
// starts; table cells side by side put several lines at about the same height.
Base* FindBase(std::vector<Line>& lines, const Glyph& mark) {
  Base* best = nullptr;
  double best_distance = 0;
  for (Line& line : lines) {
    double dy = std::abs(line.center_y - mark.box.center_y());
    if (dy > kMarkLineRatio * line.height) continue;
    for (Base& base : line.bases) {
      double d = std::abs(base.glyph->box.right - mark.box.left) + dy;
      if (!best || d < best_distance) best = &base, best_distance = d;
    }
  }
  return best;
}

void EmitWord(std::vector<Base>::const_iterator first, std::vector<Base>::const_iterator last,
              std::vector<Word>& words) {
  Word word;
  for (auto it = first; it != last; ++it) {
    AppendUtf8(it->glyph->code, word.text);
    word.box = Union(word.box, it->glyph->box);
    for (const Glyph* mark : it->marks) AppendUtf8(mark->code, word.text);
  }
  if (!word.text.empty()) words.push_back(std::move(word));
}

bool IsThaiLetter(char32_t c) { return c >= 0x0E01 && c <= 0x0E4E; }

double GapRatio(const Glyph& before, const Glyph& after) {
  bool thai = IsThaiLetter(before.code) && IsThaiLetter(after.code);
  return thai ? kThaiWordGapRatio : kWordGapRatio;
}

void SplitWords(const Line& line, std::vector<Word>& words) {
  auto start = line.bases.begin();
  for (auto it = line.bases.begin(); it != line.bases.end(); ++it) {
    bool space = IsSpace(it->glyph->code);
    bool gap = it != start && it->glyph->box.left - std::prev(it)->right >
                                  GapRatio(*std::prev(it)->glyph, *it->glyph) * line.height;
    if (space || gap) {
      EmitWord(start, it, words);
      start = space ? std::next(it) : it;
    }
  }
  EmitWord(start, line.bases.end(), words);
}

}  // namespace

std::vector<Word> AssembleWords(const std::vector<Glyph>& glyphs) {
  std::vector<const Glyph*> bases;
  std::vector<const Glyph*> marks;
  for (const Glyph& g : glyphs) (IsMark(g) ? marks : bases).push_back(&g);
  std::vector<Line> lines = GroupLines(bases);
  for (const Glyph* mark : marks) {
    // A mark with no base near it (a stray accent) is dropped: there is nothing to carry it.
    if (Base* base = FindBase(lines, *mark)) {
      base->marks.push_back(mark);
      base->right = std::max(base->right, mark->box.right);
    }
  }
  std::vector<Word> words;
  for (const Line& line : lines) SplitWords(line, words);
  return words;
}

}  // namespace itapipe
