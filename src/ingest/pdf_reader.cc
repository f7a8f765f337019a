#include "ingest/pdf_reader.h"

#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-image.h>
#include <poppler/cpp/poppler-page-renderer.h>
#include <poppler/cpp/poppler-page.h>

#include <climits>
#include <cstring>
#include <memory>

#include "ingest/glyph_layout.h"
#include "ingest/ruling_detector.h"

namespace itapipe {
namespace {

// Poppler reports syntax trouble on stderr; the damage that matters reaches the user as
// problem codes instead.
void IgnorePopplerMessage(const std::string&, void*) {}

std::unique_ptr<poppler::document> OpenPdf(std::string_view bytes) {
  poppler::set_debug_error_function(IgnorePopplerMessage, nullptr);
  if (bytes.empty() || bytes.size() > static_cast<size_t>(INT_MAX)) return nullptr;
  return std::unique_ptr<poppler::document>(
      poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
}

Box ToBox(const poppler::rectf& r) {
  return Box{r.x(), r.y(), r.x() + r.width(), r.y() + r.height()};
}

bool IsHighSurrogate(char32_t c) { return c >= 0xD800 && c <= 0xDBFF; }
bool IsLowSurrogate(char32_t c) { return c >= 0xDC00 && c <= 0xDFFF; }

// Poppler's strings are UTF-16 with one box per code unit. A surrogate without its partner
// (a damaged ToUnicode map) is U+FFFD: combined blindly it made code points past U+10FFFF
// and words that were not UTF-8 (seen writing the fuzz target's UTF-8 check).
void AppendGlyphs(const poppler::text_box& text_box, std::vector<Glyph>& glyphs) {
  poppler::ustring text = text_box.text();
  for (size_t i = 0; i < text.size(); ++i) {
    char32_t c = text[i];
    Box box = ToBox(text_box.char_bbox(i));
    if (IsHighSurrogate(c) && i + 1 < text.size() && IsLowSurrogate(text[i + 1])) {
      c = 0x10000 + ((c - 0xD800) << 10) + (text[i + 1] - 0xDC00);
      ++i;
    } else if (IsHighSurrogate(c) || IsLowSurrogate(c)) {
      c = 0xFFFD;
    }
    glyphs.push_back(Glyph{c, box});
  }
}

PixelBuffer Render(const poppler::page& page, double dpi) {
  poppler::page_renderer renderer;
  renderer.set_image_format(poppler::image::format_gray8);
  poppler::image image = renderer.render_page(&page, dpi, dpi);
  PixelBuffer buffer{image.width(), image.height(), dpi, {}};
  if (!image.is_valid() || image.format() != poppler::image::format_gray8) return PixelBuffer{};
  buffer.pixels.resize(static_cast<size_t>(buffer.width) * buffer.height);
  for (int y = 0; y < buffer.height; ++y)
    std::memcpy(buffer.pixels.data() + static_cast<size_t>(y) * buffer.width,
                image.const_data() + static_cast<size_t>(y) * image.bytes_per_row(), buffer.width);
  return buffer;
}

Page ReadPage(const poppler::page& source, int number, const PdfOptions& options) {
  Page page;
  page.number = number;
  Box size = ToBox(source.page_rect());
  page.width = size.width();
  page.height = size.height();
  std::vector<Glyph> glyphs;
  for (const poppler::text_box& text_box : source.text_list()) AppendGlyphs(text_box, glyphs);
  page.words = AssembleWords(glyphs);
  page.source = page.words.empty() ? TextSource::kNone : TextSource::kTextLayer;
  page.needs_ocr = page.words.empty();
  // The size is checked before rendering: a 14400-point page took 1.2 GB to find rulings in.
  if (!PageTooLarge(page.width, page.height, options.ocr_dpi, options.max_megapixels))
    page.rulings = DetectRulings(Render(source, options.ruling_dpi));
  return page;
}

}  // namespace

struct PdfFile::Parsed {
  std::shared_ptr<const std::string> bytes;  // Poppler reads them in place
  std::unique_ptr<poppler::document> pdf;
  std::vector<std::unique_ptr<poppler::page>> pages;  // null until parsed
};

void PdfFile::Closer::operator()(Parsed* parsed) const { delete parsed; }

PdfFile::PdfFile(std::shared_ptr<const std::string> bytes) : parsed_(new Parsed) {
  parsed_->pdf = OpenPdf(*bytes);
  parsed_->bytes = std::move(bytes);
  if (parsed_->pdf && !parsed_->pdf->is_locked()) parsed_->pages.resize(parsed_->pdf->pages());
}

PdfFile::~PdfFile() = default;

Document PdfFile::ReadPages(const PdfOptions& options) {
  Document doc;
  doc.kind = InputKind::kPdf;
  const auto& pdf = parsed_->pdf;
  if (!pdf) {
    doc.problems.push_back("unreadable_pdf");
    return doc;
  }
  if (pdf->is_locked()) {
    doc.problems.push_back("encrypted_pdf");
    return doc;
  }
  doc.page_count = pdf->pages();
  if (doc.page_count <= 0 || doc.page_count > options.max_pages) {
    doc.problems.push_back(doc.page_count <= 0 ? "empty_document" : "too_many_pages");
    return doc;
  }
  for (int i = 0; i < doc.page_count; ++i) {
    if (!parsed_->pages[i]) {
      parsed_->pages[i].reset(pdf->create_page(i));
      ++pages_parsed_;
    }
    if (!parsed_->pages[i]) {
      doc.problems.push_back("unreadable_page:" + std::to_string(i + 1));
      continue;
    }
    doc.pages.push_back(ReadPage(*parsed_->pages[i], i + 1, options));
    const Page& read = doc.pages.back();
    if (PageTooLarge(read.width, read.height, options.ocr_dpi, options.max_megapixels))
      doc.problems.push_back("page_too_large:" + std::to_string(i + 1));
  }
  return doc;
}

bool PageTooLarge(double width, double height, double dpi, double max_megapixels) {
  double pixels = (width / 72 * dpi) * (height / 72 * dpi);
  return !(pixels <= max_megapixels * 1e6);  // NaN too
}

Result<PixelBuffer> PdfFile::RenderPage(int page_number, double dpi) {
  auto& pages = parsed_->pages;
  if (page_number < 1 || page_number > static_cast<int>(pages.size()))
    return MakeError(ErrorCode::kInvalidInput, "no page " + std::to_string(page_number));
  auto& page = pages[page_number - 1];
  if (!page) {
    page.reset(parsed_->pdf->create_page(page_number - 1));
    ++pages_parsed_;
  }
  if (!page) return MakeError(ErrorCode::kInvalidInput, "no page " + std::to_string(page_number));
  PixelBuffer buffer = Render(*page, dpi);
  if (buffer.pixels.empty())
    return MakeError(ErrorCode::kInternal,
                     "page " + std::to_string(page_number) + ": rendering failed");
  return buffer;
}

Document ReadPdf(std::string_view bytes, const PdfOptions& options) {
  PdfFile pdf(std::make_shared<const std::string>(bytes));
  return pdf.ReadPages(options);
}

}  // namespace itapipe
