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

}  // namespace

std::vector<TextLine> PageLines(const Page& page) {
  std::vector<const Word*> words;
  for (const Word& w : page.words) words.push_back(&w);
  std::stable_sort(words.begin(), words.end(),
                   [](const Word* a, const Word* b) { return a->box.center_y() < b->box.center_y(); });
  std::vector<std::vector<const Word*>> groups;
  std::vector<Box> boxes;
  for (const Word* w : words) {
    if (groups.empty() || !SameLine(boxes.back(), w->box)) {
      groups.emplace_back();
      boxes.push_back(w->box);
    }
    groups.back().push_back(w);
  }
  std::vector<TextLine> lines;
  for (auto& group : groups) {
    std::stable_sort(group.begin(), group.end(),
                     [](const Word* a, const Word* b) { return a->box.left < b->box.left; });
    TextLine line;
    for (const Word* w : group) {
      line.text += (line.text.empty() ? "" : " ") + w->text;
      line.box = Union(line.box, w->box);
      line.confidence = std::min(line.confidence, w->confidence);
    }
    lines.push_back(std::move(line));
  }
  return lines;
}

std::string PageText(const Page& page) {
  std::string text;
  for (const TextLine& line : PageLines(page)) text += line.text + "\n";
  return text;
}

std::string TableRowsText(const Page& page) {
  std::string text;
  for (const Table& table : BuildTables(page)) {
    for (int row = 0; row < table.rows; ++row) {
      std::string line;
      for (int col = 0; col < table.cols; ++col) {
        const TableCell* cell = table.At(row, col);
        if (!cell || cell->col != col || cell->text.empty()) continue;
        line += (line.empty() ? "" : " ") + cell->text;
      }
      if (!line.empty()) text += line + "\n";
    }
  }
  return text;
}

std::vector<PageContent> DocumentContent(const Document& doc) {
  std::vector<PageContent> pages;
  for (const Page& page : doc.pages) {
    PageContent content{page.number, {}, 1};
    for (const TextLine& line : PageLines(page)) {
      content.text += line.text + "\n";
      content.confidence = std::min(content.confidence, line.confidence);
    }
    content.text += TableRowsText(page);
    pages.push_back(std::move(content));
  }
  return pages;
}

}  // namespace itapipe
