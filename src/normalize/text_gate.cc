#include "normalize/text_gate.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <memory>
#include <string_view>

#include "core/utf8.h"
#include "normalize/thai_chars.h"
#include "normalize/thai_pua.h"
#include "normalize/thai_text.h"

namespace itapipe {
namespace {

constexpr char32_t kReplacement = 0xFFFD;
constexpr char32_t kThoNenWord = 0x0E13;  // ณ ("at") is a word of one letter

// TIS-620 puts Thai at 0xA1-0xFB; read as Latin-1 those bytes become these characters, and
// 0xA1-0xBF (ก to ฟ, most consonants) become symbols that real European words never use.
bool IsTis620ByteChar(char32_t c) { return c >= 0xA1 && c <= 0xFB; }
bool IsLatin1Symbol(char32_t c) { return c >= 0xA1 && c <= 0xBF; }

struct WordFacts {
  bool empty = true;
  bool thai = false;
  bool pua = false;
  bool replacement = false;
  bool detached_start = false;  // begins with a mark or following vowel
  bool foreign_mark = false;    // a Thai mark right after a non-Thai character
  char32_t first = 0;
  char32_t last = 0;
  bool mojibake = false;
};

bool HasForeignMark(std::u32string_view w) {
  for (size_t i = 1; i < w.size(); ++i) {
    if (IsThaiCombiningMark(w[i]) && !IsThaiBlock(w[i - 1])) return true;
  }
  return false;
}

bool LooksLikeMojibake(std::u32string_view w) {
  size_t high = std::count_if(w.begin(), w.end(), IsTis620ByteChar);
  bool symbol = std::any_of(w.begin(), w.end(), IsLatin1Symbol);
  return high >= 2 && symbol && high * 2 >= w.size();
}

WordFacts ExamineWord(std::string_view raw) {
  WordFacts facts;
  std::u32string w;
  for (char32_t c : DecodeUtf8(raw)) {
    facts.pua = facts.pua || IsLegacyThaiPua(c);
    c = RepairThaiPua(c);
    if (IsZeroWidth(c) || u_isUWhiteSpace(static_cast<UChar32>(c))) continue;
    w.push_back(c);
  }
  facts.empty = w.empty();
  facts.thai = std::any_of(w.begin(), w.end(), IsThaiLetter);
  facts.replacement = w.find(kReplacement) != std::u32string::npos;
  facts.detached_start = !w.empty() && CannotBeginWord(w.front());
  facts.foreign_mark = HasForeignMark(w);
  facts.first = w.empty() ? 0 : w.front();
  facts.last = w.empty() ? 0 : w.back();
  facts.mojibake = LooksLikeMojibake(w);
  return facts;
}

struct PageFacts {
  int words = 0;
  int thai_words = 0;
  int orphan_words = 0;
  int lone_orphan_words = 0;  // orphans that joining to the word before cannot repair
  int mojibake_words = 0;
  bool pua = false;
  bool replacement_near_thai = false;
};

// A detached start that continues the word before is a split word NormalizeDocument joins
// back ("ป่ าแดด"); at a page start, after a non-Thai word or another orphan it is not.
bool IsLoneOrphan(const WordFacts& w, const WordFacts* previous) {
  bool joinable =
      previous != nullptr && !previous->detached_start && ContinuesWord(previous->last, w.first);
  return w.foreign_mark || (w.detached_start && !joinable);
}

PageFacts GatherFacts(const std::vector<WordFacts>& words) {
  PageFacts page;
  const WordFacts* previous = nullptr;
  for (size_t i = 0; i < words.size(); ++i) {
    const WordFacts& w = words[i];
    if (w.empty) continue;
    ++page.words;
    page.thai_words += w.thai ? 1 : 0;
    page.orphan_words += (w.detached_start || w.foreign_mark) ? 1 : 0;
    page.lone_orphan_words += IsLoneOrphan(w, previous) ? 1 : 0;
    page.mojibake_words += w.mojibake ? 1 : 0;
    page.pua = page.pua || w.pua;
    bool near_thai =
        w.thai || (i > 0 && words[i - 1].thai) || (i + 1 < words.size() && words[i + 1].thai);
    page.replacement_near_thai = page.replacement_near_thai || (w.replacement && near_thai);
    previous = &w;
  }
  return page;
}

struct SegmentStats {
  int segments = 0;
  int broken = 0;
  int consonants = 0;
  int marks = 0;
};

// A dictionary segment that no clean Thai produces: one bare consonant (not an abbreviation
// like "ก."), or a piece starting with a mark or a following vowel. Dropped marks leave
// consonant runs the dictionary can only cut into such pieces.
bool IsBrokenSegment(const icu::UnicodeString& text, int32_t start, int32_t end) {
  UChar32 first = text.char32At(start);
  if (CannotBeginWord(first)) return true;
  bool single = text.moveIndex32(start, 1) == end;
  bool abbreviation = end < text.length() && text.charAt(end) == '.';
  return single && IsThaiConsonant(first) && first != kThoNenWord && !abbreviation;
}

void CountLetters(const icu::UnicodeString& text, SegmentStats& stats) {
  for (int32_t i = 0; i < text.length(); ++i) {
    char16_t c = text.charAt(i);
    stats.consonants += IsThaiConsonant(c) ? 1 : 0;
    stats.marks += IsThaiCombiningMark(c) ? 1 : 0;
  }
}

SegmentStats MeasureThai(const icu::UnicodeString& text) {
  SegmentStats stats;
  CountLetters(text, stats);
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> words(
      icu::BreakIterator::createWordInstance(icu::Locale("th"), status));
  if (U_FAILURE(status) || words == nullptr) return stats;
  words->setText(text);
  int32_t start = words->first();
  for (int32_t end = words->next(); end != icu::BreakIterator::DONE; end = words->next()) {
    if (IsThaiLetter(text.char32At(start))) {
      ++stats.segments;
      stats.broken += IsBrokenSegment(text, start, end) ? 1 : 0;
    }
    start = end;
  }
  return stats;
}

bool IsImplausible(const SegmentStats& stats, const TextGateOptions& options) {
  bool broken = stats.segments >= options.min_thai_segments && stats.broken >= 2 &&
                stats.broken > options.max_broken_segment_share * stats.segments;
  bool bare = stats.consonants >= options.min_thai_letters_for_density &&
              stats.marks < options.min_mark_density * stats.consonants;
  return broken || bare;
}

// The page's Thai words in canonical form, so that fixable damage (PUA, mark order) does not
// look implausible to the dictionary. Consecutive Thai words are joined without a space:
// Thai puts spaces only between phrases, and text layers often split a word ("กันยาย น"),
// which the dictionary then reads whole.
icu::UnicodeString ThaiText(const std::vector<std::string>& raw_words,
                            const std::vector<WordFacts>& facts) {
  icu::UnicodeString text;
  for (size_t i = 0; i < raw_words.size(); ++i) {
    if (!facts[i].thai) {
      text.append(u' ');
      continue;
    }
    text.append(icu::UnicodeString::fromUTF8(NormalizeText(raw_words[i])));
  }
  return text;
}

void Flag(TextLayerVerdict& verdict, const char* code, bool needs_ocr) {
  verdict.damage.emplace_back(code);
  verdict.needs_ocr = verdict.needs_ocr || needs_ocr;
}

}  // namespace

TextLayerVerdict AssessTextLayer(const std::vector<std::string>& raw_words,
                                 const TextGateOptions& options) {
  std::vector<WordFacts> facts;
  facts.reserve(raw_words.size());
  for (const std::string& word : raw_words) facts.push_back(ExamineWord(word));
  PageFacts page = GatherFacts(facts);
  TextLayerVerdict verdict;
  if (page.words == 0) {
    Flag(verdict, "no_text", true);
    return verdict;
  }
  if (page.pua) Flag(verdict, "pua_repaired", false);
  if (page.replacement_near_thai) Flag(verdict, "replacement_char", true);
  if (page.orphan_words > 0) {
    int thai_words = std::max(page.thai_words, 1);
    Flag(verdict, "orphan_mark",
         page.lone_orphan_words > options.max_orphan_share * thai_words ||
             page.orphan_words > options.max_joined_orphan_share * thai_words);
  }
  if (page.mojibake_words >= options.min_mojibake_words ||
      (page.mojibake_words > 0 && page.mojibake_words >= options.min_mojibake_share * page.words)) {
    Flag(verdict, "latin1_mojibake", true);
  }
  if (page.thai_words > 0 && IsImplausible(MeasureThai(ThaiText(raw_words, facts)), options)) {
    Flag(verdict, "implausible_thai", true);
  }
  std::sort(verdict.damage.begin(), verdict.damage.end());
  return verdict;
}

}  // namespace itapipe
