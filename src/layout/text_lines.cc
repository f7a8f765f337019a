#include "layout/text_lines.h"

#include <algorithm>
#include <cmath>

#include "core/utf8.h"

namespace itapipe {
namespace {

bool IsThai(char32_t c) { return c >= 0x0E00 && c <= 0x0E7F; }

// Thai puts no space between words, but one after the repetition mark ๆ and the abbreviation
// mark ฯ; no one puts a space inside brackets or before a comma.
bool SpaceBetween(char32_t before, char32_t after) {
  if (before == U'(' || before == U'[') return false;
  if (after == U',' || after == U')' || after == U']' || after == U';') return false;
  if (before == U'\u0E46' || before == U'\u0E2F') return true;
  return !(IsThai(before) && IsThai(after));
}

bool IsAsciiAlnum(char32_t c) {
  return (c >= U'0' && c <= U'9') || (c >= U'A' && c <= U'Z') || (c >= U'a' && c <= U'z');
}

// A line that ends inside a hyphenated Latin word ("E-" then "Service") goes on without a
// space; a dash after a space ("2565 -") is not part of a word.
bool HyphenatedWord(const std::u32string& tail, char32_t after) {
  size_t n = tail.size();
  return n >= 2 && tail[n - 1] == U'-' && IsAsciiAlnum(tail[n - 2]) && IsAsciiAlnum(after);
}

// A slash is spaced like the word before it: "งาน/" + "การ" is one phrase, and a slash
// typed with a space before it ("งาน /") had one after it too.
bool SlashJoinsWord(const std::u32string& tail) {
  size_t n = tail.size();
  return n >= 2 && tail[n - 1] == U'/' && tail[n - 2] != U' ';
}

bool IsDigit(char32_t c) { return (c >= U'0' && c <= U'9') || (c >= U'\u0E50' && c <= U'\u0E59'); }

// A number a narrow cell broke ("8/25" then "64" for the order number 8/2564): the line ends
// in digits after a slash and the next begins with a digit. Plain numbers on lines of their
// own ("2564", "2565") stay apart.
bool BrokenNumber(const std::u32string& tail, char32_t after) {
  size_t n = tail.size();
  size_t digits = 0;
  while (digits < n && IsDigit(tail[n - 1 - digits])) ++digits;
  return digits > 0 && digits < n && tail[n - 1 - digits] == U'/' && IsDigit(after);
}

// True when the vertical extent of word overlaps line enough to sit on it.
bool OnLine(const Box& line, const Box& word) {
  double shorter = std::min(line.height(), word.height());
  double overlap = Overlap(line.top, line.bottom, word.top, word.bottom);
  return shorter <= 0 ? std::abs(line.center_y() - word.center_y()) < 1 : overlap >= 0.5 * shorter;
}

TextLine MakeLine(const std::vector<const Word*>& words) {
  TextLine line;
  for (const Word* word : words) {
    line.box = Union(line.box, word->box);
    if (word->text.empty()) continue;
    if (!line.text.empty()) line.text += ' ';
    line.text += word->text;
  }
  return line;
}

void SortLeftToRight(std::vector<const Word*>& words) {
  std::sort(words.begin(), words.end(),
            [](const Word* a, const Word* b) { return a->box.left < b->box.left; });
}

}  // namespace

std::vector<std::vector<const Word*>> GroupWordsIntoLines(std::vector<const Word*> words) {
  std::stable_sort(words.begin(), words.end(), [](const Word* a, const Word* b) {
    return a->box.center_y() < b->box.center_y();
  });
  std::vector<std::vector<const Word*>> lines;
  // A word joins the line when it sits on the line's first word, not on the union of the
  // line so far: a union grows with each neighbouring cell's word that sits a little lower,
  // until it reaches the next line of a narrow cell and the two stacked lines merge.
  Box first;
  for (const Word* word : words) {
    if (lines.empty() || !OnLine(first, word->box)) {
      lines.emplace_back();
      first = word->box;
    }
    lines.back().push_back(word);
  }
  for (auto& line : lines) SortLeftToRight(line);
  return lines;
}

std::vector<TextLine> GroupIntoLines(std::vector<const Word*> words) {
  std::vector<TextLine> lines;
  for (const auto& line : GroupWordsIntoLines(std::move(words))) lines.push_back(MakeLine(line));
  return lines;
}

std::string JoinLines(const std::vector<TextLine>& lines) {
  std::string out;
  for (const TextLine& line : lines) {
    if (line.text.empty()) continue;
    if (!out.empty()) {
      std::u32string tail = DecodeUtf8(out.substr(out.size() >= 8 ? out.size() - 8 : 0));
      std::u32string head = DecodeUtf8(line.text.substr(0, 4));
      bool space = SpaceBetween(tail.back(), head.front()) && !HyphenatedWord(tail, head.front()) &&
                   !SlashJoinsWord(tail) && !BrokenNumber(tail, head.front());
      if (space) out += ' ';
    }
    out += line.text;
  }
  return out;
}

}  // namespace itapipe
