#include "extract/page_text.h"

#include <algorithm>
#include <cmath>

#include "extract/table_builder.h"

namespace itapipe {
namespace {

constexpr double kSameLineRatio = 0.4;

bool SameLine(const Box& line, const Box& word) {
  double height = std::min(line.height(), word.height());
  return std::abs(line.center_y() - word.center_y()) <= kSameLineRatio * std::max(height, 0.1);
}

PageLine MakeLine(std::vector<const Word*> group) {
  std::stable_sort(group.begin(), group.end(),
                   [](const Word* a, const Word* b) { return a->box.left < b->box.left; });
  PageLine line;
  for (const Word* w : group) {
    line.text += (line.text.empty() ? "" : " ") + w->text;
    line.box = Union(line.box, w->box);
    line.confidence = std::min(line.confidence, w->confidence);
  }
  return line;
}

std::vector<PageLine> LinesOf(std::vector<const Word*> words) {
  std::stable_sort(words.begin(), words.end(), [](const Word* a, const Word* b) {
    return a->box.center_y() < b->box.center_y();
  });
  std::vector<std::vector<const Word*>> groups;
  std::vector<Box> boxes;
  for (const Word* w : words) {
    if (groups.empty() || !SameLine(boxes.back(), w->box)) {
      groups.emplace_back();
      boxes.push_back(w->box);
    }
    groups.back().push_back(w);
  }
  std::vector<PageLine> lines;
  for (auto& group : groups) lines.push_back(MakeLine(std::move(group)));
  return lines;
}

bool InsideAny(const std::vector<Table>& tables, const Box& box) {
  double x = box.center_x(), y = box.center_y();
  return std::any_of(tables.begin(), tables.end(), [&](const Table& t) {
    return x >= t.box.left && x <= t.box.right && y >= t.box.top && y <= t.box.bottom;
  });
}

// One line per row: the texts of the cells covering it, left to right (a cell merged down
// a column reads in every row it spans).
std::vector<std::string> RowLines(const Table& table) {
  std::vector<std::string> lines;
  for (int row = 0; row < table.rows; ++row) {
    std::string line;
    for (int col = 0; col < table.cols; ++col) {
      const TableCell* cell = table.At(row, col);
      if (!cell || cell->col != col || cell->text.empty()) continue;
      line += (line.empty() ? "" : " ") + cell->text;
    }
    if (!line.empty()) lines.push_back(std::move(line));
  }
  return lines;
}

// A block of text that starts at `top`: a line outside the tables, or a whole table.
struct Block {
  double top = 0;
  std::vector<std::string> lines;
};

std::vector<Block> Blocks(const Page& page, const std::vector<Table>& tables, double& confidence) {
  std::vector<const Word*> outside;
  for (const Word& w : page.words) {
    confidence = std::min(confidence, w.confidence);
    if (!InsideAny(tables, w.box)) outside.push_back(&w);
  }
  std::vector<Block> blocks;
  for (PageLine& line : LinesOf(std::move(outside))) {
    blocks.push_back(Block{line.box.center_y(), {std::move(line.text)}});
  }
  for (const Table& table : tables) blocks.push_back(Block{table.box.top, RowLines(table)});
  std::stable_sort(blocks.begin(), blocks.end(),
                   [](const Block& a, const Block& b) { return a.top < b.top; });
  return blocks;
}

}  // namespace

std::vector<PageLine> PageLines(const Page& page) {
  std::vector<const Word*> words;
  for (const Word& w : page.words) words.push_back(&w);
  return LinesOf(std::move(words));
}

std::string PageText(const Page& page) {
  std::string text;
  for (const PageLine& line : PageLines(page)) text += line.text + "\n";
  return text;
}

std::vector<PageContent> DocumentContent(const Document& doc) {
  std::vector<PageContent> pages;
  for (const Page& page : doc.pages) {
    PageContent content{page.number, {}, 1};
    for (const Block& block : Blocks(page, BuildTables(page), content.confidence)) {
      for (const std::string& line : block.lines) content.text += line + "\n";
    }
    pages.push_back(std::move(content));
  }
  return pages;
}

}  // namespace itapipe
