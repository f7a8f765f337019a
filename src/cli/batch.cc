#include "cli/batch.h"

#include <cstdio>
#include <filesystem>
#include <memory>
#include <system_error>
#include <utility>

#include "cli/worker_pool.h"
#include "core/sha256.h"
#include "ingest/input_files.h"
#include "knowledge/knowledge.h"
#include "records/format.h"
#include "records/journal.h"
#include "records/report_line.h"
#include "store/record_store.h"

namespace itapipe {
namespace {

namespace fs = std::filesystem;

// The models' identity: a digest of every file of the models folder, names and bytes.
std::string ModelsHash(const std::string& dir) {
  std::vector<std::string> files;
  std::error_code ec;
  for (fs::recursive_directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    if (it->is_regular_file(ec)) files.push_back(it->path().lexically_relative(dir).string());
  }
  std::sort(files.begin(), files.end());
  std::string all;
  for (const std::string& file : files) {
    all += file + '\0' + ContentHash((fs::path(dir) / file).string()).value_or("") + '\0';
  }
  return Sha256Hex(all);
}

// What a report depends on besides its file: this very build of itapipe (the version alone
// would let a rebuilt binary reuse reports of the old code), the models and the options that
// change what is read.
std::string RunIdentity(const BatchOptions& options) {
  const PipelineOptions& p = options.pipeline;
  return std::string(ITAPIPE_VERSION) + '\0' + ContentHash("/proc/self/exe").value_or("") + '\0' +
         ModelsHash(p.models_dir) + '\0' + (p.ocr ? "ocr" : "no-ocr") + '\0' + p.ocr_languages +
         '\0' + (p.number_pass ? "numbers" : "no-numbers");
}

// A file's journal key: its name, its bytes and the run's identity. Empty for a file that
// cannot be read: reading it again costs nothing, and it may have become readable.
std::string DocumentKey(const std::string& path, const std::string& content_hash,
                        const std::string& identity) {
  if (content_hash.empty()) return {};
  return Sha256Hex(path + '\0' + content_hash + '\0' + identity);
}

// In each worker: a pipeline kept from file to file (its OCR engine is costly to make); the
// answer for file i is "OCR_PAGES OCR_SECONDS REPORT_LINE".
WorkerSetup Setup(const std::vector<std::string>& files, const Knowledge& knowledge,
                  const PipelineOptions& options) {
  return [&files, &knowledge, options] {
    auto pipeline = std::make_shared<DocumentPipeline>(options);
    return std::function<std::string(std::size_t)>([pipeline, &files, &knowledge](std::size_t i) {
      int pages = pipeline->ocr_pages();
      double seconds = pipeline->ocr_seconds();
      Report report = pipeline->Extract(files[i], knowledge);
      char head[64];
      std::snprintf(head, sizeof head, "%d %.6f ", pipeline->ocr_pages() - pages,
                    pipeline->ocr_seconds() - seconds);
      return head + ReportLine(report);
    });
  };
}

Report FailedReport(const std::string& path, const std::string& content_hash,
                    const std::string& problem) {
  Report report;
  report.report_id = content_hash.substr(0, 16);
  report.source_file = path;
  report.status = ReportStatus::kFailed;
  report.problems = {problem};
  return report;
}

// The report a worker's outcome gives for file i; adds its OCR work to result.
Report ReportOf(const WorkerOutcome& outcome, const std::string& path, const std::string& hash,
                BatchResult& result) {
  if (outcome.kind == WorkerOutcome::Kind::kOutOfMemory)
    return FailedReport(path, hash, "too_large");
  int pages = 0, used = 0;
  double seconds = 0;
  if (outcome.kind != WorkerOutcome::Kind::kAnswered ||
      std::sscanf(outcome.answer.c_str(), "%d %lf %n", &pages, &seconds, &used) != 2 || used == 0)
    return FailedReport(path, hash, "crashed");
  Result<Report> report = ParseReportLine(std::string_view(outcome.answer).substr(used));
  if (!report) return FailedReport(path, hash, "crashed");
  result.ocr_pages += pages;
  result.ocr_seconds += seconds;
  // Every input that is not ok says why.
  if (report->status == ReportStatus::kFailed && report->problems.empty())
    report->problems.push_back("unreadable_document");
  return std::move(*report);
}

void PrintProgress(std::size_t done, std::size_t total, const Report& r) {
  std::fprintf(stderr, "[%zu/%zu] %s: %s%s%s\n", done, total, r.source_file.c_str(),
               StatusName(r.status).c_str(), r.problems.empty() ? "" : " ",
               r.problems.empty() ? "" : r.problems.front().c_str());
}

}  // namespace

Result<BatchResult> RunBatch(const std::vector<std::string>& files, const Knowledge& knowledge,
                             const BatchOptions& options, Journal& journal, RecordStore* store) {
  BatchResult result;
  result.reports.resize(files.size());
  std::string identity = RunIdentity(options);
  result.identity = Sha256Hex(identity);
  std::vector<std::string> hashes(files.size()), keys(files.size());
  std::vector<std::size_t> todo;
  std::vector<Report> journaled;
  for (std::size_t i = 0; i < files.size(); ++i) {
    hashes[i] = ContentHash(files[i]).value_or("");
    keys[i] = DocumentKey(files[i], hashes[i], identity);
    const Report* done = keys[i].empty() ? nullptr : journal.Find(keys[i]);
    if (done == nullptr) todo.push_back(i);
    if (done != nullptr) journaled.push_back(result.reports[i] = *done);
  }
  result.from_journal = journaled.size();
  // A run killed between its store and its journal, or run without --store, may have left
  // the store behind the journal.
  if (store && !journaled.empty()) {
    if (Status s = store->Put(journaled); !s) return s.error();
  }
  if (!options.quiet && !journaled.empty())
    std::fprintf(stderr, "itapipe: %zu files already read (journal), %zu to read\n",
                 journaled.size(), todo.size());
  Status kept;
  std::size_t finished = 0;
  auto on_done = [&](std::size_t i, const WorkerOutcome& outcome) {
    Report report = ReportOf(outcome, files[i], hashes[i], result);
    if (kept && store) kept = store->Put({report});
    if (kept && !keys[i].empty()) kept = journal.Append(keys[i], report);
    if (!options.quiet) PrintProgress(++finished, todo.size(), report);
    result.reports[i] = std::move(report);
  };
  Status ran = RunInWorkers(todo, WorkerPoolOptions{options.workers, options.worker_memory_bytes},
                            Setup(files, knowledge, options.pipeline), on_done);
  if (!ran) return ran.error();
  if (!kept) return kept.error();
  return result;
}

}  // namespace itapipe
