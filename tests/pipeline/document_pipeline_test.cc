#include "pipeline/document_pipeline.h"

#include <doctest/doctest.h>

#include <string>

#include "knowledge/knowledge.h"

namespace itapipe {

TEST_CASE("The pipeline reads a born-digital report once and extracts every field") {
  auto knowledge = Knowledge::Load(ITAPIPE_MODELS_DIR);
  REQUIRE(knowledge.has_value());
  DocumentPipeline pipeline(PipelineOptions{ITAPIPE_MODELS_DIR, false, "tha+eng", true});
  std::string path =
      std::string(ITAPIPE_SOURCE_DIR) + "/samples/born-digital/gen-01-tessaban-mueang-2564.pdf";
  Report r = pipeline.Extract(path, *knowledge);
  CHECK(pipeline.last_read_counts().file_reads == 1);
  CHECK(pipeline.last_read_counts().pages_parsed == 5);
  CHECK(r.pages == 5);
  CHECK(r.ocr_pages == 0);
  // The values of samples/truth/gen-01-tessaban-mueang-2564.tsv.
  CHECK(r.agency_name == "เทศบาลเมืองบ้านโป่ง");
  CHECK(r.agency_type == "town_municipality");
  CHECK(r.district == "บ้านโป่ง");
  CHECK(r.province == "ราชบุรี");
  CHECK(r.fiscal_year == 2564);
  CHECK(r.total_score == doctest::Approx(84.03));
  CHECK(r.grade == "C");
  CHECK(r.tool_scores.at("IIT") == doctest::Approx(89.79));
  CHECK(r.tool_scores.at("EIT") == doctest::Approx(82.65));
  CHECK(r.tool_scores.at("OIT") == doctest::Approx(80.74));
  CHECK(r.status == ReportStatus::kPartial);
  CHECK(r.problems == std::vector<std::string>{"grade_mismatch"});
  CHECK(r.indicators.size() == 10);
}

TEST_CASE("Without OCR a scanned page stays unread and is named, not guessed") {
  auto knowledge = Knowledge::Load(ITAPIPE_MODELS_DIR);
  REQUIRE(knowledge.has_value());
  DocumentPipeline pipeline(PipelineOptions{ITAPIPE_MODELS_DIR, false, "tha+eng", true});
  std::string path =
      std::string(ITAPIPE_SOURCE_DIR) + "/samples/scanned/scan-03-blur200-hold-02-obj-2563.pdf";
  Report r = pipeline.Extract(path, *knowledge);
  CHECK(r.status == ReportStatus::kFailed);
  CHECK(r.problems.front() == "needs_ocr:1");
  CHECK(pipeline.last_read_counts().file_reads == 1);
  CHECK(pipeline.last_read_counts().pages_parsed == 7);
}

}  // namespace itapipe
