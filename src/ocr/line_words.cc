#include "ocr/line_words.h"

#include <algorithm>

#include "core/geometry.h"

namespace itapipe {
namespace {

// Bytes of line text a piece may be found after its expected place (three Thai characters).
constexpr size_t kMaxSkip = 9;

bool IsSpace(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }

void Extend(Word& word, const Word& piece) {
  word.text += piece.text;
  word.box = Union(word.box, piece.box);
  word.confidence = std::min(word.confidence, piece.confidence);
}

}  // namespace

std::vector<Word> GroupLineWords(std::string_view line_text, const std::vector<Word>& pieces) {
  std::vector<Word> words;
  size_t pos = 0;
  for (const Word& piece : pieces) {
    if (piece.text.empty()) continue;
    size_t at = line_text.find(piece.text, pos);
    if (at == std::string_view::npos || at - pos > kMaxSkip) {  // misread: it starts here
      at = pos;
      while (at < line_text.size() && IsSpace(line_text[at])) ++at;
    }
    std::string_view before = line_text.substr(pos, at - pos);
    bool spaced = words.empty() || std::any_of(before.begin(), before.end(), IsSpace);
    pos = std::min(line_text.size(), at + piece.text.size());
    if (spaced) words.push_back(Word{"", Box{}, 1.0});
    Extend(words.back(), piece);
  }
  return words;
}

}  // namespace itapipe
