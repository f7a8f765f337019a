#include "ocr/ocr_engine.h"

#include <leptonica/allheaders.h>
#include <tesseract/baseapi.h>
#include <tesseract/resultiterator.h>

#include <algorithm>
#include <cmath>
#include <optional>
#include <string>
#include <vector>

#include "core/geometry.h"
#include "layout/cell_finder.h"
#include "ocr/line_words.h"
#include "ocr/number_reading.h"
#include "ocr/page_pixels.h"

namespace itapipe {
namespace {

using Api = tesseract::TessBaseAPI;

// Fewer pixels a side hold no character; Tesseract's thresholding fails on such slivers.
constexpr int kMinAreaPixels = 3;

Result<std::unique_ptr<Api>> LoadModel(const std::string& datapath, const std::string& languages) {
  auto api = std::make_unique<Api>();
  // Tesseract and the Leptonica it calls print warnings (resolution, empty pages, boxes off
  // the page) to stderr; what matters reaches the user as problem codes.
  api->SetVariable("debug_file", "/dev/null");
  setMsgSeverity(L_SEVERITY_NONE);
  const char* path = datapath.empty() ? nullptr : datapath.c_str();
  if (api->Init(path, languages.c_str(), tesseract::OEM_LSTM_ONLY) != 0) {
    return MakeError(ErrorCode::kNotFound,
                     "cannot load the Tesseract model '" + languages + "' from " +
                         (datapath.empty() ? std::string("the default tessdata") : datapath) +
                         " (is tesseract-ocr-tha installed? see scripts/setup.sh)");
  }
  // Without it the numerals model writes every Thai digit as a word of its own.
  api->SetVariable("preserve_interword_spaces", "1");
  // Tesseract reads a line again as white on black when its confidence is low. Reports print
  // no inverted text, and the stamps, borders and check marks that read unsurely paid twice:
  // 9 % of the OCR time of the scanned samples, for not one field more.
  api->SetVariable("tessedit_do_invert", "0");
  return api;
}

std::string TakeText(char* text) {
  std::string s = text ? text : "";
  delete[] text;
  while (!s.empty() && (s.back() == '\n' || s.back() == ' ')) s.pop_back();
  return s;
}

Box IteratorBox(const tesseract::ResultIterator& it, tesseract::PageIteratorLevel level) {
  int left = 0, top = 0, right = 0, bottom = 0;
  it.BoundingBox(level, &left, &top, &right, &bottom);
  return Box{double(left), double(top), double(right), double(bottom)};
}

// A line as Tesseract read it, in pixels.
struct OcrLine {
  Box box;
  std::vector<Word> words;
};

// The lines of the last Recognize, pieces grouped into the words of each line's text.
std::vector<OcrLine> CollectLines(Api& api) {
  std::vector<OcrLine> lines;
  std::unique_ptr<tesseract::ResultIterator> it(api.GetIterator());
  if (!it) return lines;
  std::string line_text;
  std::vector<Word> pieces;
  auto flush = [&] {
    if (!pieces.empty()) lines.back().words = GroupLineWords(line_text, pieces);
    pieces.clear();
  };
  do {
    if (it->IsAtBeginningOf(tesseract::RIL_TEXTLINE)) {
      flush();
      lines.push_back(OcrLine{IteratorBox(*it, tesseract::RIL_TEXTLINE), {}});
      line_text = TakeText(it->GetUTF8Text(tesseract::RIL_TEXTLINE));
    }
    std::string text = TakeText(it->GetUTF8Text(tesseract::RIL_WORD));
    if (text.empty()) continue;
    pieces.push_back(Word{text, IteratorBox(*it, tesseract::RIL_WORD),
                          it->Confidence(tesseract::RIL_WORD) / 100.0});
  } while (it->Next(tesseract::RIL_WORD));
  flush();
  return lines;
}

void SetPixels(Api& api, const PixelBuffer& image) {
  api.SetImage(image.pixels.data(), image.width, image.height, 1, image.width);
  api.SetSourceResolution(static_cast<int>(std::lround(image.dpi)));
}

// Reads the area (pixels) of the image last set, as one block or with layout analysis. An
// area with (almost) nothing of the image in it reads as nothing: areas come from boxes
// found in damaged scans, and Tesseract crashes on a rectangle it cannot use.
std::vector<OcrLine> ReadArea(Api& api, const Box& area, tesseract::PageSegMode mode) {
  Pix* image = api.GetInputImage();
  std::optional<PixelRect> rect;
  if (image) rect = RecognizerRect(area, pixGetWidth(image), pixGetHeight(image), kMinAreaPixels);
  if (!rect) return {};
  api.SetPageSegMode(mode);
  api.SetRectangle(rect->left, rect->top, rect->width, rect->height);
  if (api.Recognize(nullptr) != 0) return {};
  return CollectLines(api);
}

Box Scaled(const Box& b, double factor) {
  return Box{b.left * factor, b.top * factor, b.right * factor, b.bottom * factor};
}

Box Grown(const Box& b, double by) {
  return Box{b.left - by, b.top - by, b.right + by, b.bottom + by};
}

Box Clipped(const Box& b, const PixelBuffer& image) {
  return Box{std::max(0.0, b.left), std::max(0.0, b.top), std::min(double(image.width), b.right),
             std::min(double(image.height), b.bottom)};
}

}  // namespace

OcrEngine::OcrEngine(const OcrOptions& options) : options_(options) {}
OcrEngine::~OcrEngine() = default;

Result<std::unique_ptr<OcrEngine>> OcrEngine::Create(const OcrOptions& options) {
  std::unique_ptr<OcrEngine> engine(new OcrEngine(options));
  Result<std::unique_ptr<Api>> text = LoadModel(options.text_datapath, options.text_languages);
  if (!text) return text.error();
  if (!options.number_language.empty()) {
    Result<std::unique_ptr<Api>> numbers =
        LoadModel(options.number_datapath, options.number_language);
    if (!numbers) return numbers.error();
    engine->numbers_ = std::move(*numbers);
  }
  engine->text_ = std::move(*text);
  return engine;
}

void OcrEngine::ReadDocument(Document& doc) {
  for (Page& page : doc.pages) {
    if (!page.image.pixels.empty()) ReadPage(page);
  }
}

namespace {

constexpr int kBorderInset = 3;    // pixels: what skew leaves of a cell's painted-out border
constexpr int kMinInkPixels = 12;  // fewer dark pixels are scan specks, not a mark or a digit
constexpr double kRulingMargin = 2 + kBorderInset;  // painted out 2 px wide, and skew's rest

// The numerals model's reading of an area of the image last set, when it sees one word.
std::optional<Word> ReadNumber(Api& numbers, const Box& area) {
  std::vector<OcrLine> read = ReadArea(numbers, area, tesseract::PSM_SINGLE_LINE);
  if (read.size() != 1 || read[0].words.size() != 1) return std::nullopt;
  return read[0].words[0];
}

bool WellFormed(const Word& w) { return IsNumberReading(w.text) || IsGradeLetter(w.text); }

// The numerals model's reading of the first area, or, when that reading is unsure (below
// `sure`) or not a number, the surest number read from the others: tighter areas that keep
// a cell border or a neighbour's ink out, which the first, wide enough to lose no digit, lets
// in ("๙๐๗.๖๔" for ๙๓.๖๔ beside a border, 0.33; the word alone reads right at 0.9). A tighter
// area must be clearly surer: two unsure readings a few hundredths apart are a coin toss, and
// a tight area can clip a glyph (a grade B read as 5 at 0.71, as B at 0.68 in the wide one).
std::optional<Word> ReadNumberSurely(Api& numbers, const std::vector<Box>& areas, double sure) {
  constexpr double kClearlySurer = 0.1;
  std::optional<Word> best;
  for (const Box& area : areas) {
    std::optional<Word> read = ReadNumber(numbers, area);
    if (!read) continue;
    bool better = !best || (WellFormed(*read) && !WellFormed(*best)) ||
                  (WellFormed(*read) == WellFormed(*best) &&
                   read->confidence > best->confidence + kClearlySurer);
    if (better) best = read;
    if (WellFormed(*best) && best->confidence >= sure) break;
  }
  return best;
}

std::string Joined(const std::vector<Word>& words) {
  std::string text;
  for (const Word& w : words) text += w.text;
  return text;
}

// A one-line cell that holds a number is read whole: eng splits the Thai digits tha lacks
// into several junk words ("ab ale" for ๗๖.๗๔). True when the cell was read as a number.
bool ReadCellNumber(Api& numbers, const PixelBuffer& image, const Box& area, OcrLine& line,
                    double pad, double sure) {
  std::string text = Joined(line.words);
  double confidence = 1;
  for (const Word& w : line.words) confidence = std::min(confidence, w.confidence);
  if (line.words.empty()) return false;
  // tha reads some fonts' Thai numbers as Thai letters (เรไง for ๘๙.๖๙), unsurely: then only
  // a sure reading by the numerals model counts.
  bool suspect = NeedsCellNumberReading(text);
  bool unsure_letters = !suspect && IsShortUnsureText(text, confidence);
  if (!suspect && !unsure_letters) return false;
  Box ink = Clipped(Grown(line.box, pad), image);
  std::optional<Word> number = ReadNumberSurely(numbers, {area, ink}, sure);
  if (!number || !PreferNumberReading(text, number->text, confidence, number->confidence))
    return false;
  if (unsure_letters && (number->confidence < sure || !IsNumberReading(number->text))) return false;
  line.words = {Word{number->text, line.box, number->confidence}};
  return true;
}

// The area with its sides kept off the vertical rulings (pixels) beside the word: what
// painting a skewed ruling white leaves of it reads as a digit (๙๐๗.๖๔ for ๙๓.๖๔).
Box KeptOffRulings(Box area, const Box& word, const std::vector<Box>& rulings, double margin) {
  double middle = (word.left + word.right) / 2;
  for (const Box& r : rulings) {
    if (r.top >= area.bottom || r.bottom <= area.top) continue;
    if (r.left >= middle) area.right = std::min(area.right, r.left - margin);
    if (r.right <= middle) area.left = std::max(area.left, r.right + margin);
  }
  return area;
}

// Second readings of the words of prose lines the text models may have misread as numbers.
// Their areas are cut down to the rows of their ink and widened to whole glyphs, short of
// the vertical rulings of their cells.
void ReadNumbers(Api& numbers, const PixelBuffer& image, std::vector<OcrLine>& lines,
                 const std::vector<Box>& vertical_rulings, const OcrOptions& options) {
  double pad = options.number_pad_points * image.dpi / 72.0;
  double reach = options.number_reach_points * image.dpi / 72.0;
  for (OcrLine& line : lines) {
    for (size_t i = 0; i < line.words.size(); ++i) {
      Word& word = line.words[i];
      if (!NeedsNumberReading(word.text)) continue;
      auto whole = [&](const Box& area) {
        Box trimmed = TrimmedToInk(image, Clipped(area, image), int(pad));
        Box widened = WidenedToInk(image, trimmed, int(reach), int(pad));
        return KeptOffRulings(widened, word.box, vertical_rulings, kRulingMargin);
      };
      Box wide = whole(NumberArea(line.words, i, line.box, pad, reach));
      Box tight = whole(NumberArea(line.words, i, line.box, pad, 0));
      std::optional<Word> number =
          ReadNumberSurely(numbers, {wide, tight}, options.sure_number_confidence);
      if (!number ||
          !PreferNumberReading(word.text, number->text, word.confidence, number->confidence))
        continue;
      word.text = number->text;
      word.confidence = number->confidence;
    }
  }
}

double MedianHeight(const std::vector<OcrLine>& lines) {
  std::vector<double> heights;
  for (const OcrLine& line : lines) heights.push_back(line.box.height());
  if (heights.empty()) return 0;
  std::nth_element(heights.begin(), heights.begin() + heights.size() / 2, heights.end());
  return heights[heights.size() / 2];
}

// Tesseract sometimes takes the row of Thai marks above a line, or of vowels below it, for a
// line of its own and reads it as junk ("aw al", ขบ under ผู้รับผิด): a line far lower than
// a longer one it touches right below or above it. A short line of its own ("C", a grade)
// stays.
bool IsMarkRow(const OcrLine& line, const std::vector<OcrLine>& lines, double median,
               double min_share) {
  double touch = 0.1 * median;
  for (const OcrLine& other : lines) {
    bool below = other.box.top > line.box.top && other.box.top - line.box.bottom < touch;
    bool above = other.box.bottom < line.box.bottom && line.box.top - other.box.bottom < touch;
    bool over = other.box.left <= line.box.left && other.box.right >= line.box.right;
    bool lower = line.box.height() < min_share * other.box.height();
    if (&other != &line && (below || above) && over && lower) return true;
  }
  return false;
}

void DropMarkRows(std::vector<OcrLine>& lines, double min_share) {
  double median = MedianHeight(lines);
  std::vector<OcrLine> kept;
  for (const OcrLine& line : lines)
    if (!IsMarkRow(line, lines, median, min_share)) kept.push_back(line);
  lines = std::move(kept);
}

void AppendWords(std::vector<OcrLine>& lines, double points_per_pixel, std::vector<Word>& out) {
  for (OcrLine& line : lines) {
    for (Word& word : line.words) {
      word.box = Scaled(word.box, points_per_pixel);
      out.push_back(std::move(word));
    }
  }
}

std::vector<Box> VerticalRulings(const std::vector<Ruling>& rulings, double pixels_per_point) {
  std::vector<Box> boxes;
  for (const Ruling& r : rulings)
    if (!r.horizontal) boxes.push_back(Scaled(r.box, pixels_per_point));
  return boxes;
}

}  // namespace

void OcrEngine::ReadPage(Page& page) {
  PixelBuffer image = std::move(page.image);
  page.image = PixelBuffer{};
  double pixels_per_point = image.dpi / 72.0;
  for (const Ruling& r : page.rulings) PaintWhite(image, Scaled(r.box, pixels_per_point), 2);
  CellOptions cell_options;
  cell_options.min_side = options_.min_cell_points;
  std::vector<Box> cells = FindCells(page.rulings, page.width, page.height, cell_options);

  std::vector<OcrLine> lines;  // prose lines: their number words are read again below
  std::vector<OcrLine> cell_lines;
  SetPixels(*text_, image);
  if (numbers_) SetPixels(*numbers_, image);
  for (const Box& cell : cells) {
    Box area = Clipped(Scaled(cell, pixels_per_point), image);
    // Empty cells (most of a measure table's status columns) cost a recognition call each.
    if (!HasInk(image, area, kBorderInset, kMinInkPixels)) continue;
    // Block mode splits a one-line cell's tone marks into a line of their own.
    bool one_line = cell.height() < options_.max_single_line_points;
    std::vector<OcrLine> read =
        ReadArea(*text_, area, one_line ? tesseract::PSM_SINGLE_LINE : tesseract::PSM_SINGLE_BLOCK);
    bool number = numbers_ && read.size() == 1 &&
                  ReadCellNumber(*numbers_, image, area, read[0],
                                 options_.number_pad_points * pixels_per_point,
                                 options_.sure_number_confidence);
    std::vector<OcrLine>& into = number ? cell_lines : lines;
    into.insert(into.end(), read.begin(), read.end());
  }
  PixelBuffer outside = image;
  for (const Box& cell : cells) PaintWhite(outside, Scaled(cell, pixels_per_point), 0);
  SetPixels(*text_, outside);
  // Reports are set in one column; full layout analysis cut the page's left edge into a
  // column of its own, and with it a grade alone on its line and the ตั of ตัวชี้วัด.
  std::vector<OcrLine> prose = ReadArea(
      *text_, Box{0, 0, double(image.width), double(image.height)}, tesseract::PSM_SINGLE_COLUMN);
  text_->Clear();
  lines.insert(lines.end(), prose.begin(), prose.end());

  DropMarkRows(lines, options_.min_line_height_share);
  if (numbers_)
    ReadNumbers(*numbers_, image, lines, VerticalRulings(page.rulings, pixels_per_point), options_);
  if (numbers_) numbers_->Clear();
  lines.insert(lines.end(), cell_lines.begin(), cell_lines.end());
  page.words.clear();
  AppendWords(lines, 1 / pixels_per_point, page.words);
  page.source = TextSource::kOcr;
}

}  // namespace itapipe
