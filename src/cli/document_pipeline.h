#pragma once
// The stages from an input file to a normalized Document, as the CLI commands run them.

#include <memory>
#include <string>

#include "core/document.h"

namespace itapipe {

class OcrEngine;

struct PipelineOptions {
  std::string models_dir;  // methodology, rules and models/ocr
  bool ocr = true;
  std::string ocr_languages = "tha+eng";
  bool number_pass = true;  // re-read numbers with models/ocr/thnum.traineddata
};

// Holds what one thread keeps from file to file: its OCR engine, made on first need.
class DocumentPipeline {
 public:
  explicit DocumentPipeline(PipelineOptions options);
  ~DocumentPipeline();

  // ingest -> normalize (which gates the text layer) -> ingest renders the pages the gate
  // or a missing text layer sent to OCR -> ocr -> normalize the OCR words. When OCR cannot
  // be had the pages stay unread and doc.problems says ocr_unavailable.
  Document Read(const std::string& path);

  // Time spent in recognition (the OCR stage alone: not decoding, rendering or clean-up)
  // and the pages it read, over every Read so far.
  double ocr_seconds() const { return ocr_seconds_; }
  int ocr_pages() const { return ocr_pages_; }

 private:
  OcrEngine* Ocr();

  PipelineOptions options_;
  std::unique_ptr<OcrEngine> ocr_;
  bool ocr_failed_ = false;
  double ocr_seconds_ = 0;
  int ocr_pages_ = 0;
};

// models/ beside the sources, or $ITAPIPE_MODELS.
std::string DefaultModelsDir();

}  // namespace itapipe
