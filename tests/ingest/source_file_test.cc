#include <doctest/doctest.h>

#include <string>

#include "ingest/reader.h"

namespace itapipe {

TEST_CASE("A scanned PDF is read from disk once and each page parsed once, rendering included") {
  std::string path =
      std::string(ITAPIPE_SOURCE_DIR) + "/samples/scanned/scan-03-blur200-hold-02-obj-2563.pdf";
  SourceFile source = SourceFile::Open(path);
  Document doc = source.ReadPages();
  REQUIRE(doc.page_count == 7);
  for (const Page& page : doc.pages) CHECK(page.needs_ocr);
  source.RenderPagesForOcr(doc);
  for (const Page& page : doc.pages) CHECK_FALSE(page.image.pixels.empty());
  CHECK(doc.problems.empty());
  CHECK(source.file_reads() == 1);
  CHECK(source.pages_parsed() == 7);
}

TEST_CASE("A file that cannot be read says why, once, in its Document") {
  SourceFile source = SourceFile::Open("/nonexistent/report.pdf");
  Document doc = source.ReadPages();
  CHECK(doc.problems == std::vector<std::string>{"file_not_found"});
  CHECK(doc.report_id.empty());
  CHECK(doc.source_file == "/nonexistent/report.pdf");
  source.RenderPagesForOcr(doc);
  CHECK(source.pages_parsed() == 0);
}

}  // namespace itapipe
