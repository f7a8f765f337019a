#include "extract/page_text.h"

#include <algorithm>
#include <cmath>

#include "layout/table_builder.h"

namespace itapipe {
namespace {

constexpr double kSameLineRatio = 0.4;
constexpr double kShortShare = 0.6;
// Tables of at most this many rows are read down their columns too (ColumnLines).
constexpr int kMaxRowsReadDown = 3;

// Whether the short box lies within the tall one's height, in its lower half: OCR boxes of
// Thai digits cover their ink only, low in a line whose words carry marks above (๑๐๐ beside
// จากคะแนนเต็ม), so their centres sit far below the line's. Junk read from a row of marks
// above the line lies in its upper half and stays apart.
bool Within(const Box& tall, const Box& short_box) {
  return short_box.height() < kShortShare * tall.height() && short_box.top >= tall.top &&
         short_box.bottom <= tall.bottom && short_box.center_y() > tall.center_y();
}

bool SameLine(const Box& line, const Box& word) {
  if (Within(line, word) || Within(word, line)) return true;
  double height = std::min(line.height(), word.height());
  return std::abs(line.center_y() - word.center_y()) <= kSameLineRatio * std::max(height, 0.1);
}

// A line and, when tracked, where each of its words lies in its text.
struct SpannedLine {
  PageLine line;
  std::vector<TextSpan> spans;  // relative to the start of line.text
};

SpannedLine MakeLine(std::vector<const Word*> group, bool track) {
  std::stable_sort(group.begin(), group.end(),
                   [](const Word* a, const Word* b) { return a->box.left < b->box.left; });
  SpannedLine out;
  PageLine& line = out.line;
  for (const Word* w : group) {
    if (!line.text.empty()) line.text += ' ';
    size_t begin = line.text.size();
    line.text += w->text;
    if (track) out.spans.push_back(TextSpan{begin, line.text.size(), w->confidence});
    line.box = Union(line.box, w->box);
    line.confidence = std::min(line.confidence, w->confidence);
  }
  return out;
}

std::vector<SpannedLine> LinesOf(std::vector<const Word*> words, bool track) {
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
  std::vector<SpannedLine> lines;
  for (auto& group : groups) lines.push_back(MakeLine(std::move(group), track));
  return lines;
}

// Appends cell's text to line, a space apart, as a span when tracked.
void AppendCell(const TableCell& cell, bool track, SpannedLine& line) {
  std::string& text = line.line.text;
  if (!text.empty()) text += ' ';
  size_t begin = text.size();
  text += cell.text;
  if (track) line.spans.push_back(TextSpan{begin, text.size(), cell.confidence});
}

// One line per row: the texts of the cells covering it, left to right (a cell merged down
// a column reads in every row it spans), each cell a span when tracked.
std::vector<SpannedLine> RowLines(const Table& table, bool track) {
  std::vector<SpannedLine> lines;
  for (int row = 0; row < table.rows; ++row) {
    SpannedLine line;
    for (int col = 0; col < table.cols; ++col) {
      const TableCell* cell = table.At(row, col);
      if (cell && cell->col == col && !cell->text.empty()) AppendCell(*cell, track, line);
    }
    if (!line.line.text.empty()) lines.push_back(std::move(line));
  }
  return lines;
}

// A table of a few rows read down its columns as well, one line per column: a summary box
// (คะแนนรวม over 75.35, ผลการประเมิน over B) and a transposed score table (names over scores)
// pair each label with the value under it, as a sentence would.
std::vector<SpannedLine> ColumnLines(const Table& table, bool track) {
  std::vector<SpannedLine> lines;
  if (table.rows < 2 || table.rows > kMaxRowsReadDown || table.cols < 2) return lines;
  for (int col = 0; col < table.cols; ++col) {
    SpannedLine line;
    for (int row = 0; row < table.rows; ++row) {
      const TableCell* cell = table.At(row, col);
      bool own = cell && cell->row == row && cell->col_span == 1 && !cell->text.empty();
      if (own) AppendCell(*cell, track, line);
    }
    if (!line.line.text.empty()) lines.push_back(std::move(line));
  }
  return lines;
}

// A block of text that starts at `top`: a line outside the tables, or a whole table.
struct Block {
  double top = 0;
  std::vector<SpannedLine> lines;
};

std::vector<Block> Blocks(const Page& page, const std::vector<Table>& tables, bool track) {
  std::vector<const Word*> outside;
  for (const Word& w : page.words)
    if (!AnyHolds(tables, w.box)) outside.push_back(&w);
  std::vector<Block> blocks;
  for (SpannedLine& line : LinesOf(std::move(outside), track)) {
    double top = line.line.box.center_y();
    blocks.push_back(Block{top, {std::move(line)}});
  }
  for (const Table& table : tables) {
    Block block{table.box.top, RowLines(table, track)};
    for (SpannedLine& line : ColumnLines(table, track)) block.lines.push_back(std::move(line));
    blocks.push_back(std::move(block));
  }
  std::stable_sort(blocks.begin(), blocks.end(),
                   [](const Block& a, const Block& b) { return a.top < b.top; });
  return blocks;
}

double LeastConfidence(const Page& page) {
  double least = 1;
  for (const Word& w : page.words) least = std::min(least, w.confidence);
  return least;
}

// Appends line to content's text, its spans moved to where the line lands.
void Append(const SpannedLine& line, PageContent& content) {
  size_t offset = content.text.size();
  for (const TextSpan& span : line.spans)
    content.spans.push_back(TextSpan{span.begin + offset, span.end + offset, span.confidence});
  content.text += line.line.text;
  content.text += '\n';
}

}  // namespace

std::vector<PageLine> PageLines(const Page& page) {
  std::vector<const Word*> words;
  for (const Word& w : page.words) words.push_back(&w);
  std::vector<PageLine> lines;
  for (SpannedLine& line : LinesOf(std::move(words), false)) lines.push_back(std::move(line.line));
  return lines;
}

std::string PageText(const Page& page) {
  std::string text;
  for (const PageLine& line : PageLines(page)) text += line.text + "\n";
  return text;
}

double ConfidenceOf(const PageContent& page, size_t begin, size_t end) {
  // Spans come in text order without overlapping, so their ends ascend too.
  auto it = std::partition_point(page.spans.begin(), page.spans.end(),
                                 [&](const TextSpan& s) { return s.end <= begin; });
  double least = 1;
  for (; it != page.spans.end() && it->begin < end; ++it) least = std::min(least, it->confidence);
  return least;
}

std::vector<PageContent> DocumentContent(const Document& doc,
                                         const std::vector<PageLayout>& layouts) {
  std::vector<PageContent> pages;
  for (size_t i = 0; i < doc.pages.size(); ++i) {
    const Page& page = doc.pages[i];
    PageContent content{page.number, {}, LeastConfidence(page), {}};
    // A page whose every word is certain needs no spans: ConfidenceOf says 1 without them.
    bool track = content.confidence < 1;
    for (const Block& block : Blocks(page, layouts[i].tables, track)) {
      for (const SpannedLine& line : block.lines) Append(line, content);
    }
    pages.push_back(std::move(content));
  }
  return pages;
}

std::vector<PageContent> DocumentContent(const Document& doc) {
  return DocumentContent(doc, LayOutPages(doc));
}

}  // namespace itapipe
