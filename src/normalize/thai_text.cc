#include "normalize/thai_text.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cstdint>
#include <utility>

#include "core/utf8.h"
#include "normalize/thai_chars.h"
#include "normalize/thai_pua.h"

namespace itapipe {
namespace {

constexpr char32_t kSaraAa = 0x0E32;
constexpr char32_t kSaraAm = 0x0E33;
constexpr char32_t kNikhahit = 0x0E4D;
constexpr char32_t kThaiDigitZero = 0x0E50;
constexpr char32_t kThaiDigitNine = 0x0E59;

bool IsAsciiSpace(char32_t c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

bool IsAscii(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return (c & 0x80) == 0; });
}

bool IsWhitespace(char32_t c) {
  if (c < 0x80) return IsAsciiSpace(c);
  return !IsThaiBlock(c) && u_isUWhiteSpace(static_cast<UChar32>(c));
}

// Marks and ำ start a cluster that belongs to the base before them.
bool AttachesLeft(char32_t c) { return IsThaiCombiningMark(c) || c == kSaraAm; }

// A space before a character no Thai word begins with is an extraction artifact ("ดังนี ้",
// "ป่ า"). ะ, า and ๅ join only a Thai character, so "x า" keeps its space.
bool JoinsAcrossSpace(char32_t c, std::u32string_view before) {
  if (AttachesLeft(c)) return true;
  return IsFollowingVowel(c) && !before.empty() && IsThaiBlock(before.back());
}

// Canonical order inside one cluster: upper vowels, phinthu, lower vowels, tones, thanthakhat.
// Phinthu (ccc 9) before sara u/uu (ccc 103) before tones (ccc 107) keeps the result in NFC.
int MarkRank(char32_t c) {
  if (c == 0x0E3A) return 1;
  if (c == 0x0E38 || c == 0x0E39) return 2;
  if (c >= 0x0E48 && c <= 0x0E4B) return 3;
  if (c == 0x0E4C || c == 0x0E4E) return 4;
  return 0;
}

// ASCII text needs only whitespace work, so digits, codes and English skip decoding.
std::string CollapseAsciiSpaces(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool pending_space = false;
  for (char c : s) {
    if (IsAsciiSpace(static_cast<unsigned char>(c))) {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out.push_back(' ');
    pending_space = false;
    out.push_back(c);
  }
  return out;
}

// One pass of per-character rules; tells whether anything outside ASCII, Latin-1 and Thai is
// left, since only such text can change under NFC: Thai has no canonical compositions, and
// OrderMarks puts its marks in an order that NFC keeps.
std::u32string MapCharacters(std::u32string_view in, bool& needs_nfc) {
  std::u32string out;
  out.reserve(in.size());
  for (char32_t c : in) {
    c = RepairThaiPua(c);
    if (IsZeroWidth(c)) continue;
    if (IsWhitespace(c)) c = ' ';
    if (c >= kThaiDigitZero && c <= kThaiDigitNine) c = U'0' + (c - kThaiDigitZero);
    if (c >= 0x300 && !IsThaiBlock(c)) needs_nfc = true;
    out.push_back(c);
  }
  return out;
}

void ApplyNfc(std::u32string& s) {
  // A library-owned singleton; ICU documents it as immutable and thread-safe.
  static const icu::Normalizer2* const nfc = [] {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* instance = icu::Normalizer2::getNFCInstance(status);
    return U_SUCCESS(status) ? instance : nullptr;
  }();
  if (nfc == nullptr) return;
  icu::UnicodeString text;
  for (char32_t c : s) text.append(static_cast<UChar32>(c));
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString composed = nfc->normalize(text, status);
  if (U_FAILURE(status)) return;
  s.clear();
  for (int32_t i = 0; i < composed.length(); i = composed.moveIndex32(i, 1)) {
    s.push_back(static_cast<char32_t>(composed.char32At(i)));
  }
}

// Poppler's physical order and some producers put a space between a base and its marks.
std::u32string JoinDetachedMarks(std::u32string_view s) {
  std::u32string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == ' ') {
      size_t j = i;
      while (j < s.size() && s[j] == ' ') ++j;
      if (j < s.size() && JoinsAcrossSpace(s[j], out)) {
        i = j - 1;
        continue;
      }
    }
    out.push_back(s[i]);
  }
  return out;
}

size_t TakeMarks(std::u32string_view s, size_t i, std::u32string& marks) {
  for (; i < s.size() && IsThaiCombiningMark(s[i]); ++i) marks.push_back(s[i]);
  return i;
}

// Whether s[i], after the marks in `marks`, is (or with them becomes) sara am.
bool MakesSaraAm(std::u32string_view s, size_t i, std::u32string_view marks) {
  if (i >= s.size()) return false;
  return s[i] == kSaraAm || (s[i] == kSaraAa && marks.find(kNikhahit) != std::u32string::npos);
}

void SortUniqueMarks(std::u32string& marks) {
  std::sort(marks.begin(), marks.end(), [](char32_t a, char32_t b) {
    return MarkRank(a) != MarkRank(b) ? MarkRank(a) < MarkRank(b) : a < b;
  });
  marks.erase(std::unique(marks.begin(), marks.end()), marks.end());
}

// Emits the cluster of marks starting at s[i] (a mark or ำ) in canonical form and returns the
// index after it. Nikhahit before า, and marks typed after ำ, are folded into (marks)ำ; marks
// after ำ that lead to another ำ belong to that one, which keeps the result a fixed point.
size_t EmitCluster(std::u32string_view s, size_t i, std::u32string& out) {
  std::u32string marks;
  size_t end = TakeMarks(s, i, marks);
  bool sara_am = MakesSaraAm(s, end, marks);
  if (sara_am) {
    std::u32string trailing;
    size_t after = TakeMarks(s, end + 1, trailing);
    bool owned = !MakesSaraAm(s, after, trailing);
    if (owned) marks += trailing;
    end = owned ? after : end + 1;
    marks.erase(std::remove(marks.begin(), marks.end(), kNikhahit), marks.end());
  }
  SortUniqueMarks(marks);
  out += marks;
  if (sara_am) out.push_back(kSaraAm);
  return end;
}

std::u32string OrderMarks(std::u32string_view s) {
  std::u32string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    if (AttachesLeft(s[i])) {
      i = EmitCluster(s, i, out);
    } else {
      out.push_back(s[i++]);
    }
  }
  return out;
}

// Marks of other scripts interleave with Thai marks under NFC, and the join and the Thai
// reordering can each undo the other's order, so repeat all three until nothing changes.
std::u32string CanonicalWithForeignMarks(std::u32string text) {
  constexpr int kMaxRounds = 8;
  for (int round = 0; round < kMaxRounds; ++round) {
    std::u32string next = text;
    ApplyNfc(next);
    next = OrderMarks(JoinDetachedMarks(next));
    if (next == text) break;
    text = std::move(next);
  }
  return text;
}

std::string EncodeCollapsingSpaces(std::u32string_view s) {
  std::string out;
  out.reserve(s.size() * 3);
  bool pending_space = false;
  for (char32_t c : s) {
    if (c == ' ') {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out.push_back(' ');
    pending_space = false;
    AppendUtf8(c, out);
  }
  return out;
}

}  // namespace

std::string NormalizeText(std::string_view raw) {
  if (IsAscii(raw)) return CollapseAsciiSpaces(raw);
  bool needs_nfc = false;
  std::u32string text = MapCharacters(DecodeUtf8(raw), needs_nfc);
  if (!needs_nfc) return EncodeCollapsingSpaces(OrderMarks(JoinDetachedMarks(text)));
  return EncodeCollapsingSpaces(CanonicalWithForeignMarks(std::move(text)));
}

std::string ThaiDigitsToAscii(std::string_view s) {
  // ๐-๙ are U+0E50-U+0E59, encoded E0 B9 90 to E0 B9 99; no other sequence contains that.
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    bool digit = i + 2 < s.size() && static_cast<unsigned char>(s[i]) == 0xE0 &&
                 static_cast<unsigned char>(s[i + 1]) == 0xB9 &&
                 static_cast<unsigned char>(s[i + 2]) >= 0x90 &&
                 static_cast<unsigned char>(s[i + 2]) <= 0x99;
    if (digit) {
      out.push_back(static_cast<char>('0' + (static_cast<unsigned char>(s[i + 2]) - 0x90)));
      i += 2;
    } else {
      out.push_back(s[i]);
    }
  }
  return out;
}

}  // namespace itapipe
