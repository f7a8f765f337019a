#include "normalize/normalize_document.h"

#include <doctest/doctest.h>

#include <string>
#include <utility>
#include <vector>

namespace itapipe {
namespace {

Word MakeWord(const char* text, double left) {
  return Word{.text = text, .box = Box{left, 10, left + 20, 22}, .confidence = 1.0};
}

Page MakePage(TextSource source, std::vector<Word> words) {
  Page page;
  page.number = 1;
  page.width = 595;
  page.height = 842;
  page.source = source;
  page.words = std::move(words);
  return page;
}

Document OnePage(Page page) {
  Document doc;
  doc.source_file = "a.pdf";
  doc.report_id = "0123456789abcdef";
  doc.kind = InputKind::kPdf;
  doc.page_count = 1;
  doc.pages = {std::move(page)};
  doc.problems = {"kept_as_is"};
  return doc;
}

}  // namespace

TEST_CASE("NormalizeDocument gates text-layer pages and normalizes their words") {
  struct {
    const char* name;
    Page in;
    Page want;
  } cases[] = {
      {"pua repaired, zero-width word dropped",
       MakePage(TextSource::kTextLayer,
                {MakeWord("ที\uF705", 0), MakeWord("\u200B", 30), MakeWord("๗๗.๙๘", 60)}),
       MakePage(TextSource::kTextLayer, {MakeWord("ที่", 0), MakeWord("77.98", 60)})},
      {"no words", MakePage(TextSource::kTextLayer, {}), MakePage(TextSource::kTextLayer, {})},
      {"mojibake", MakePage(TextSource::kTextLayer, {MakeWord("ÊÓ¹¡Ñ§Ò¹", 0)}),
       MakePage(TextSource::kTextLayer, {MakeWord("ÊÓ¹¡Ñ§Ò¹", 0)})},
      {"ocr page only normalized",
       MakePage(TextSource::kOcr, {MakeWord("ด\u0E4D\u0E32เนินการ", 0), MakeWord("ÊÓ¹¡Ñ§Ò¹", 30)}),
       MakePage(TextSource::kOcr, {MakeWord("ดำเนินการ", 0), MakeWord("ÊÓ¹¡Ñ§Ò¹", 30)})},
      {"page without text source", MakePage(TextSource::kNone, {MakeWord(" a\u00A0 b ", 0)}),
       MakePage(TextSource::kNone, {MakeWord("a b", 0)})},
  };
  cases[0].want.damage = {"pua_repaired"};
  cases[1].want.damage = {"no_text"};
  cases[1].want.needs_ocr = true;
  cases[2].want.damage = {"latin1_mojibake"};
  cases[2].want.needs_ocr = true;
  for (const auto& c : cases) {
    std::string name = c.name;
    CAPTURE(name);
    Document want = OnePage(c.want);
    CHECK(NormalizeDocument(OnePage(c.in)) == want);
  }
}

TEST_CASE("NormalizeDocument joins words split before a mark or following vowel") {
  struct {
    std::vector<const char*> in;
    std::vector<const char*> want;
  } cases[] = {
      {{"บ้านโป\u0E48", "าแดด"}, {"บ้านโป่าแดด"}},
      {{"ดังนี", "\u0E49", "ต่อไป"}, {"ดังนี้", "ต่อไป"}},
      {{"การป", "\u0E49องกัน"}, {"การป้องกัน"}},
      {{"\u0E49", "ก"}, {"\u0E49", "ก"}},                      // nothing before it
      {{"ITA", "\u0E49"}, {"ITA", "\u0E49"}},                  // not after Thai
      {{"นี", "\u0E48", "\u0E49"}, {"นี่", "\u0E49"}},            // a run of lone marks stays apart
      {{"ที", "\u200B", "\uF70A"}, {"ที่"}},                      // after repair and removal
      {{"ตัวชีว\u0E49", "\u0E31ด"}, {"ตัวชีว\u0E49", "\u0E31ด"}},  // displaced, not split
  };
  for (const auto& c : cases) {
    std::vector<Word> words;
    for (const char* text : c.in) {  // one space apart; a zero-width character has no width
      words.push_back(MakeWord(text, words.empty() ? 0 : words.back().box.right + 4));
      if (std::string(text) == "\u200B") words.back().box.right = words.back().box.left;
    }
    Document out = NormalizeDocument(OnePage(MakePage(TextSource::kOcr, words)));
    std::vector<std::string> got;
    for (const Word& word : out.pages[0].words) got.push_back(word.text);
    std::string first = c.in[0];
    CAPTURE(first);
    CHECK(got == std::vector<std::string>(c.want.begin(), c.want.end()));
  }
}

TEST_CASE("NormalizeDocument joins a split-off piece only right after the word before") {
  struct {
    const char* name;
    Box piece;
    size_t want_words;
  } cases[] = {
      {"same line, one space after", Box{25, 10, 45, 22}, 1},
      {"same line, touching", Box{20, 10, 40, 22}, 1},
      {"same line, another table cell", Box{120, 10, 140, 22}, 2},
      {"next line", Box{0, 24, 20, 36}, 2},
  };
  for (const auto& c : cases) {
    std::string name = c.name;
    CAPTURE(name);
    Word piece{.text = "าร", .box = c.piece, .confidence = 1.0};
    Document out =
        NormalizeDocument(OnePage(MakePage(TextSource::kOcr, {MakeWord("สวัสดิก", 0), piece})));
    CHECK(out.pages[0].words.size() == c.want_words);
  }
}

TEST_CASE("NormalizeDocument gates the words of narrow table cells cell by cell") {
  // Three cells side by side whose words wrap mid-word; read across the page, the other
  // cells' words part the pieces, which the dictionary then finds broken.
  const std::vector<std::vector<const char*>> cells = {
      {"เทศบา", "ลเมือง", "ปากช่อ", "ง", "เทศบา", "ลเมือง", "ปากช่อ", "ง"},
      {"ประชาสั", "มพันธ์ให้", "ยุทธศาส", "ตร์และ", "ประชาสั", "มพันธ์ให้", "ยุทธศาส", "ตร์และ"},
      {"สวัสดิกา", "รสังคม", "กองสาธา", "รณสุข", "สวัสดิกา", "รสังคม", "กองสาธา", "รณสุข"}};
  std::vector<Word> words;
  for (int line = 0; line < 8; ++line) {
    double top = 100 + 16 * line;
    for (size_t c = 0; c < cells.size(); ++c) {
      double left = 50 + 120 * c;
      words.push_back(Word{cells[c][line], Box{left, top, left + 40, top + 12}, 1.0});
    }
  }
  Document out = NormalizeDocument(OnePage(MakePage(TextSource::kTextLayer, words)));
  CHECK_FALSE(out.pages[0].needs_ocr);
}

TEST_CASE("NormalizeDocument unites the boxes of joined words") {
  Word left = MakeWord("ดังนี", 0);
  Word mark = MakeWord("\u0E49", 15);
  mark.confidence = 0.5;
  Document out = NormalizeDocument(OnePage(MakePage(TextSource::kTextLayer, {left, mark})));
  REQUIRE(out.pages[0].words.size() == 1);
  CHECK(out.pages[0].words[0].box == Box{0, 10, 35, 22});
  CHECK(out.pages[0].words[0].confidence == 0.5);
}

TEST_CASE("NormalizeDocument keeps damage that ingest recorded") {
  Page page = MakePage(TextSource::kTextLayer, {MakeWord("ที\uF705", 0)});
  page.damage = {"rotated", "pua_repaired"};
  Document out = NormalizeDocument(OnePage(page));
  REQUIRE(out.pages.size() == 1);
  CHECK(out.pages[0].damage == std::vector<std::string>{"pua_repaired", "rotated"});
  CHECK_FALSE(out.pages[0].needs_ocr);
}

TEST_CASE("NormalizeDocument is idempotent on its words") {
  Page page =
      MakePage(TextSource::kTextLayer, {MakeWord("ด\u0E4D\u0E32", 0), MakeWord("ดังนี \u0E49", 30)});
  Document once = NormalizeDocument(OnePage(page));
  Document twice = NormalizeDocument(once);
  CHECK(twice.pages[0].words == once.pages[0].words);
}

}  // namespace itapipe
