#include "ingest/pdf_reader.h"

#include <doctest/doctest.h>

#include <cmath>

namespace itapipe {
namespace {

TEST_CASE("PageTooLarge looks at a page's size in points before it is rendered") {
  struct {
    double width, height;
    bool want;
  } cases[] = {
      {595, 842, false},    // A4
      {2384, 3370, false},  // A0: 139 megapixels at 300 dpi
      {14400, 14400, true}, {14400, 10, false}, {std::nan(""), 842, true}, {INFINITY, 842, true},
  };
  for (const auto& c : cases) {
    CAPTURE(c.width);
    CHECK(PageTooLarge(c.width, c.height, 300, 200) == c.want);
  }
}

TEST_CASE("ReadPdf names a PDF with no pages") {
  const char pdf[] =
      "%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n"
      "2 0 obj <</Type /Pages /Kids [] /Count 0>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n";
  Document doc = ReadPdf(pdf);
  CHECK(doc.problems == std::vector<std::string>{"empty_document"});
}

}  // namespace
}  // namespace itapipe
