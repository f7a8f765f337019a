#include "pipeline/document_pipeline.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>

#include "extract/report_builder.h"
#include "ingest/reader.h"
#include "knowledge/knowledge.h"
#include "normalize/normalize_document.h"
#include "ocr/ocr_engine.h"

namespace itapipe {
namespace {

bool NeedsOcr(const Document& doc) {
  return std::any_of(doc.pages.begin(), doc.pages.end(), [](const Page& p) { return p.needs_ocr; });
}

}  // namespace

std::string DefaultModelsDir() {
  if (const char* env = std::getenv("ITAPIPE_MODELS")) return env;
  return ITAPIPE_DEFAULT_MODELS;
}

DocumentPipeline::DocumentPipeline(PipelineOptions options) : options_(std::move(options)) {
  if (options_.models_dir.empty()) options_.models_dir = DefaultModelsDir();
}

DocumentPipeline::~DocumentPipeline() = default;

OcrEngine* DocumentPipeline::Ocr() {
  if (ocr_ || ocr_failed_) return ocr_.get();
  OcrOptions ocr_options;
  ocr_options.text_languages = options_.ocr_languages;
  ocr_options.number_datapath = options_.models_dir + "/ocr";
  if (!options_.number_pass) ocr_options.number_language.clear();
  Result<std::unique_ptr<OcrEngine>> engine = OcrEngine::Create(ocr_options);
  if (engine) {
    ocr_ = std::move(*engine);
  } else {
    ocr_failed_ = true;
    std::fprintf(stderr, "itapipe: OCR unavailable: %s\n", engine.error().message.c_str());
  }
  return ocr_.get();
}

Document DocumentPipeline::Read(const std::string& path) {
  SourceFile source = SourceFile::Open(path);
  Document doc = source.ReadPages();
  for (Page& page : doc.pages) GateTextLayer(page);
  if (options_.ocr && NeedsOcr(doc)) {
    if (OcrEngine* ocr = Ocr()) {
      source.RenderPagesForOcr(doc);
      ocr_pages_ +=
          static_cast<int>(std::count_if(doc.pages.begin(), doc.pages.end(),
                                         [](const Page& p) { return !p.image.pixels.empty(); }));
      auto start = std::chrono::steady_clock::now();
      ocr->ReadDocument(doc);
      ocr_seconds_ +=
          std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    } else {
      doc.problems.push_back("ocr_unavailable");
    }
  }
  for (Page& page : doc.pages) NormalizeWords(page);
  last_read_counts_ = {source.file_reads(), source.pages_parsed()};
  return doc;
}

Report DocumentPipeline::Extract(const std::string& path, const Knowledge& knowledge) {
  return ExtractReport(Read(path), knowledge);
}

}  // namespace itapipe
