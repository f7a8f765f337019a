#include "normalize/normalize_document.h"

#include <algorithm>
#include <cassert>
#include <string>
#include <utility>
#include <vector>

#include "core/geometry.h"
#include "core/utf8.h"
#include "layout/reading_order.h"
#include "normalize/text_gate.h"
#include "normalize/thai_chars.h"
#include "normalize/thai_text.h"

namespace itapipe {
namespace {

// The gate reads the words down each column: a word a narrow table cell wraps ("ยุทธศาส"
// over "ตร์และ") is whole there, where across the page other cells' words part its pieces.
void GateWords(Page& page) {
  std::vector<std::string> raw;
  raw.reserve(page.words.size());
  for (size_t i : ColumnReadingOrder(page)) raw.push_back(page.words[i].text);
  TextLayerVerdict verdict = AssessTextLayer(raw);
  // Ingest may already have recorded damage; keep it and stay sorted and unique.
  page.damage.insert(page.damage.end(), verdict.damage.begin(), verdict.damage.end());
  std::sort(page.damage.begin(), page.damage.end());
  page.damage.erase(std::unique(page.damage.begin(), page.damage.end()), page.damage.end());
  page.needs_ocr = page.needs_ocr || verdict.needs_ocr;
}

// A split-off piece lies on the line of the word before, at most this many heights after it.
constexpr double kMaxSplitGap = 1.0;

// True when `after` sits right after `before` on its line: what a split word leaves, where a
// piece that begins a line of another table cell, far to the right, does not.
bool Adjacent(const Box& before, const Box& after) {
  double height = std::min(before.height(), after.height());
  double gap = after.left - before.right;
  return Overlap(before.top, before.bottom, after.top, after.bottom) >= height / 2 &&
         gap >= -height && gap <= kMaxSplitGap * height;
}

// Text layers split words before a mark or following vowel ("ป่ าแดด", "การป" + "้องกัน"):
// such a word joins the one before when ContinuesWord says so, it sits right after that one
// and that one was not itself split off, the rule AssessTextLayer counts as repairable.
// REQUIRES: no word's text is empty.
void JoinSplitWords(std::vector<Word>& words) {
  std::vector<Word> joined;
  joined.reserve(words.size());
  bool previous_detached = true;
  for (Word& word : words) {
    assert(!word.text.empty());
    char32_t first = DecodeUtf8(word.text).front();
    bool detached = CannotBeginWord(first);
    if (detached && !previous_detached && Adjacent(joined.back().box, word.box) &&
        ContinuesWord(DecodeUtf8(joined.back().text).back(), first)) {
      Word& before = joined.back();
      before.text = NormalizeText(before.text + word.text);
      before.box = Union(before.box, word.box);
      before.confidence = std::min(before.confidence, word.confidence);
    } else {
      joined.push_back(std::move(word));
    }
    previous_detached = detached;
  }
  words = std::move(joined);
}

void NormalizeWords(std::vector<Word>& words) {
  for (Word& word : words) word.text = NormalizeText(word.text);
  words.erase(std::remove_if(words.begin(), words.end(),
                             [](const Word& word) { return word.text.empty(); }),
              words.end());
  JoinSplitWords(words);
}

}  // namespace

void GateTextLayer(Page& page) {
  if (page.source == TextSource::kTextLayer) GateWords(page);
}

void NormalizeWords(Page& page) { NormalizeWords(page.words); }

Document NormalizeDocument(Document doc) {
  for (Page& page : doc.pages) {
    GateTextLayer(page);
    NormalizeWords(page);
  }
  return doc;
}

}  // namespace itapipe
