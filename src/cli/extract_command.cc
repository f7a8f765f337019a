#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "cli/commands.h"
#include "extract/knowledge.h"
#include "extract/report_builder.h"
#include "ingest/input_files.h"
#include "pipeline/document_pipeline.h"
#include "records/format.h"
#include "records/writers.h"
#include "store/record_store.h"

namespace itapipe {
namespace {

constexpr const char* kExtractHelp =
    "usage: itapipe extract INPUT... --out DIR [options]\n"
    "\n"
    "Reads ITA reports (PDF with a text layer or scanned, PNG, JPEG, TIFF; folders are\n"
    "searched recursively) and writes DIR/reports.csv, indicators.csv, measures.csv and\n"
    "records.jsonl. Every input gets a row in reports.csv, with status ok, partial or failed\n"
    "and the problems found.\n"
    "\n"
    "options:\n"
    "  --out DIR       where to write the records (required)\n"
    "  --store FILE    also keep the records in this SQLite store, for 'itapipe compare'\n"
    "  --models DIR    methodology, rules and OCR models (default: the built-in models/)\n"
    "  --jobs N        files read in parallel (default: number of cores)\n"
    "  --no-ocr        do not OCR scanned pages; report them as needs_ocr:N instead\n"
    "  --ocr-languages L  Tesseract models for text (default: tha+eng)\n"
    "  --no-number-pass   read numbers with the text models only (stock Tesseract, which\n"
    "                     cannot output the Thai digits 4 6 7 8 9): for comparison\n"
    "  --quiet         no progress lines on stderr\n"
    "\n"
    "exit status: 0 all ok, 1 error, 2 usage, 3 finished with some files partial or failed\n";

struct ExtractOptions {
  std::vector<std::string> inputs;
  std::string out_dir;
  std::string store;
  std::string models_dir;
  unsigned jobs = std::max(1u, std::thread::hardware_concurrency());
  bool quiet = false;
  bool ocr = true;
  std::string ocr_languages = "tha+eng";
  bool number_pass = true;
};

// Returns -1 when the options are complete, else the exit status to return now.
int ParseOptions(const std::vector<std::string>& args, ExtractOptions& options) {
  options.models_dir = DefaultModelsDir();
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    bool has_value = i + 1 < args.size();
    if (a == "--help" || a == "-h") {
      std::fputs(kExtractHelp, stdout);
      return 0;
    } else if (a == "--quiet" || a == "-q") {
      options.quiet = true;
    } else if (a == "--no-ocr") {
      options.ocr = false;
    } else if (a == "--no-number-pass") {
      options.number_pass = false;
    } else if (a == "--ocr-languages" && has_value) {
      options.ocr_languages = args[++i];
    } else if ((a == "--out" || a == "--store" || a == "--models" || a == "--jobs") && has_value) {
      const std::string& v = args[++i];
      if (a == "--out") options.out_dir = v;
      if (a == "--store") options.store = v;
      if (a == "--models") options.models_dir = v;
      if (a == "--jobs") options.jobs = std::max(1, std::atoi(v.c_str()));
    } else if (a.rfind("--", 0) == 0) {
      std::fprintf(stderr, "itapipe extract: unknown or incomplete option '%s'\n", a.c_str());
      return 2;
    } else {
      options.inputs.push_back(a);
    }
  }
  if (options.inputs.empty() || options.out_dir.empty()) {
    std::fputs("itapipe extract: needs at least one INPUT and --out DIR (see --help)\n", stderr);
    return 2;
  }
  return -1;
}

// Recognition time summed over the workers, and the pages it read.
struct OcrTotals {
  double seconds = 0;
  int pages = 0;
};

// Reads the files on `jobs` threads; reports come back in input order.
std::vector<Report> ProcessAll(const std::vector<std::string>& files, const Knowledge& knowledge,
                               const ExtractOptions& options, OcrTotals& ocr) {
  std::vector<Report> reports(files.size());
  std::atomic<size_t> next{0};
  std::atomic<size_t> done{0};
  std::mutex progress;
  auto work = [&] {
    DocumentPipeline pipeline(PipelineOptions{options.models_dir, options.ocr,
                                              options.ocr_languages, options.number_pass});
    for (size_t i = next++; i < files.size(); i = next++) {
      reports[i] = pipeline.Extract(files[i], knowledge);
      std::lock_guard<std::mutex> lock(progress);
      if (!options.quiet)
        std::fprintf(stderr, "[%zu/%zu] %s: %s%s%s\n", ++done, files.size(), files[i].c_str(),
                     StatusName(reports[i].status).c_str(), reports[i].problems.empty() ? "" : " ",
                     reports[i].problems.empty() ? "" : reports[i].problems.front().c_str());
    }
    std::lock_guard<std::mutex> lock(progress);
    ocr.seconds += pipeline.ocr_seconds();
    ocr.pages += pipeline.ocr_pages();
  };
  std::vector<std::thread> workers;
  unsigned count = std::min<unsigned>(options.jobs, std::max<size_t>(1, files.size()));
  for (unsigned i = 1; i < count; ++i) workers.emplace_back(work);
  work();
  for (std::thread& t : workers) t.join();
  return reports;
}

Status SaveToStore(const std::string& path, const std::vector<Report>& reports) {
  Result<RecordStore> store = RecordStore::Open(path);
  if (!store) return store.error();
  return store->Put(reports);
}

int Summarize(const std::vector<Report>& reports, const ExtractOptions& options, double seconds,
              const OcrTotals& ocr, size_t skipped) {
  int counts[3] = {0, 0, 0};
  int pages = 0;
  for (const Report& r : reports) {
    ++counts[static_cast<int>(r.status)];
    pages += r.pages;
  }
  std::string ocr_note;
  if (ocr.pages > 0) {
    char note[96];
    std::snprintf(note, sizeof note, " (OCR of %d pages: %.1f s of worker time)", ocr.pages,
                  ocr.seconds);
    ocr_note = note;
  }
  std::printf(
      "itapipe: %zu files (%d ok, %d partial, %d failed), %d pages in %.1f s%s -> %s%s\n",
      reports.size(), counts[0], counts[1], counts[2], pages, seconds, ocr_note.c_str(),
      options.out_dir.c_str(),
      skipped ? (", " + std::to_string(skipped) + " non-document files skipped").c_str() : "");
  return counts[1] + counts[2] > 0 ? 3 : 0;
}

}  // namespace

int RunExtract(const std::vector<std::string>& args) {
  ExtractOptions options;
  if (int status = ParseOptions(args, options); status >= 0) return status;
  auto start = std::chrono::steady_clock::now();
  Result<Knowledge> knowledge = Knowledge::Load(options.models_dir);
  if (!knowledge) {
    std::fprintf(stderr, "itapipe extract: %s\n", knowledge.error().message.c_str());
    return 1;
  }
  InputList inputs = ExpandInputs(options.inputs);
  OcrTotals ocr;
  std::vector<Report> reports = ProcessAll(inputs.files, *knowledge, options, ocr);
  Status written = WriteRecords(reports, options.out_dir, ITAPIPE_VERSION);
  if (written && !options.store.empty()) written = SaveToStore(options.store, reports);
  if (!written) {
    std::fprintf(stderr, "itapipe extract: %s\n", written.error().message.c_str());
    return 1;
  }
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return Summarize(reports, options, seconds, ocr, inputs.skipped.size());
}

}  // namespace itapipe
