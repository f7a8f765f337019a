#pragma once
// The pipeline stage: one input file to a Report, each step once, in order: read the file,
// gate its text layer, render and OCR the pages that need it, normalize, extract.

#include <memory>
#include <string>

#include "core/document.h"
#include "core/report.h"

namespace itapipe {

class OcrEngine;
struct Knowledge;

struct PipelineOptions {
  std::string models_dir;  // methodology, rules and models/ocr
  bool ocr = true;
  std::string ocr_languages = "tha+eng";
  bool number_pass = true;  // re-read numbers with models/ocr/thnum.traineddata
};

// What the last Read cost the file system and the PDF parser: once each is the design.
struct ReadCounts {
  int file_reads = 0;
  int pages_parsed = 0;
};

// Holds what one thread keeps from file to file: its OCR engine, made on first need.
class DocumentPipeline {
 public:
  explicit DocumentPipeline(PipelineOptions options);
  ~DocumentPipeline();

  // The file's pages, normalized: ingest reads the file once, normalize gates the text layer,
  // ingest renders the pages the gate or a missing text layer sent to OCR from the same open
  // file, OCR reads them, and every page is normalized once. When OCR cannot be had the pages
  // stay unread and doc.problems says ocr_unavailable.
  Document Read(const std::string& path);

  // Read, then extract the records.
  Report Extract(const std::string& path, const Knowledge& knowledge);

  const ReadCounts& last_read_counts() const { return last_read_counts_; }

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
  ReadCounts last_read_counts_;
};

// models/ beside the sources, or $ITAPIPE_MODELS.
std::string DefaultModelsDir();

}  // namespace itapipe
