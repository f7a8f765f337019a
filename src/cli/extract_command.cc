#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <optional>
#include <string>
#include <system_error>
#include <thread>
#include <vector>

#include "cli/args.h"
#include "cli/batch.h"
#include "cli/commands.h"
#include "ingest/input_files.h"
#include "ingest/shards.h"
#include "knowledge/knowledge.h"
#include "pipeline/document_pipeline.h"
#include "records/journal.h"
#include "records/output_set.h"
#include "records/shard_info.h"
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
    "  --jobs N        files read in parallel, each in a worker process of its own\n"
    "                  (default: number of cores)\n"
    "  --max-memory MB memory each worker may use (default: 4096); a file that needs more\n"
    "                  is failed with too_large\n"
    "  --no-ocr        do not OCR scanned pages; report them as needs_ocr:N instead\n"
    "  --ocr-languages L  Tesseract models for text (default: tha+eng)\n"
    "  --no-number-pass   read numbers with the text models only (stock Tesseract, which\n"
    "                     cannot output the Thai digits 4 6 7 8 9): for comparison\n"
    "  --shard I/N     read only shard I (1 to N) of N: inputs are dealt to shards by a hash\n"
    "                  of their path below the INPUT that named them; DIR also gets\n"
    "                  .itapipe-shard.json, and 'itapipe merge' puts N shards together\n"
    "  --fresh         forget DIR's journal: read every file again\n"
    "  --quiet         no progress lines on stderr\n"
    "\n"
    "Options also take their value as --out=DIR; after -- every argument is an INPUT.\n"
    "Each finished file is kept at once in DIR/.itapipe-journal.jsonl (and the store): the\n"
    "same command run again after an interruption reads only the files not yet finished.\n"
    "\n"
    "exit status: 0 all ok, 1 error, 2 usage, 3 finished with some files partial or failed\n";

struct ExtractOptions {
  std::vector<std::string> inputs;
  std::string out_dir;
  std::string store;
  std::string models_dir;
  unsigned jobs = std::max(1u, std::thread::hardware_concurrency());
  std::uint64_t max_memory_mb = 4096;
  bool quiet = false;
  bool fresh = false;
  bool ocr = true;
  std::string ocr_languages = "tha+eng";
  bool number_pass = true;
  std::optional<Shard> shard;
};

ArgSpec ExtractArgSpec() {
  using enum OptionKind;
  return ArgSpec{.options = {{.name = "--out", .required = true},
                             {.name = "--store"},
                             {.name = "--models"},
                             {.name = "--ocr-languages"},
                             {.name = "--jobs", .kind = kInteger, .min = 1, .max = 1024},
                             {.name = "--max-memory", .kind = kInteger, .min = 64, .max = 1 << 30},
                             {.name = "--quiet", .kind = kFlag, .aliases = {"-q"}},
                             {.name = "--no-ocr", .kind = kFlag},
                             {.name = "--fresh", .kind = kFlag},
                             {.name = "--no-number-pass", .kind = kFlag},
                             {.name = "--shard"}},
                 .positional_name = "INPUT",
                 .min_positional = 1,
                 .max_positional = kAnyNumber};
}

ExtractOptions ToOptions(const ParsedArgs& args) {
  ExtractOptions options;
  options.inputs = args.positional;
  options.out_dir = args.Value("--out");
  options.store = args.Value("--store");
  options.models_dir = args.Value("--models", DefaultModelsDir());
  options.jobs = static_cast<unsigned>(args.Integer("--jobs", static_cast<int>(options.jobs)));
  options.max_memory_mb = static_cast<std::uint64_t>(
      args.Integer("--max-memory", static_cast<int>(options.max_memory_mb)));
  options.quiet = args.Has("--quiet");
  options.fresh = args.Has("--fresh");
  options.ocr = !args.Has("--no-ocr");
  options.ocr_languages = args.Value("--ocr-languages", options.ocr_languages);
  options.number_pass = !args.Has("--no-number-pass");
  return options;
}

// Checks the output folder (created if needed) and takes its journal, before any document is
// read; finishes or removes what a killed run left there.
Result<Journal> PrepareOutput(const std::string& dir, bool fresh) {
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  if (ec || !std::filesystem::is_directory(dir, ec))
    return MakeError(ErrorCode::kIo, dir + ": cannot create the output folder" +
                                         (ec ? ": " + ec.message() : std::string()));
  if (::access(dir.c_str(), W_OK | X_OK) != 0)
    return MakeError(ErrorCode::kIo, dir + ": the output folder is not writable");
  Result<Journal> journal = Journal::Open(dir, fresh);
  if (!journal) return journal;
  if (Status s = FinishOrCleanUp(dir); !s) return s.error();
  return journal;
}

int Summarize(const BatchResult& batch, const ExtractOptions& options, double seconds,
              size_t skipped) {
  const std::vector<Report>& reports = batch.reports;
  int counts[3] = {0, 0, 0};
  int pages = 0;
  for (const Report& r : reports) {
    ++counts[static_cast<int>(r.status)];
    pages += r.pages;
  }
  std::string ocr_note;
  if (batch.ocr_pages > 0) {
    char note[96];
    std::snprintf(note, sizeof note, " (OCR of %d pages: %.1f s of worker time)", batch.ocr_pages,
                  batch.ocr_seconds);
    ocr_note = note;
  }
  std::printf(
      "itapipe: %zu files (%d ok, %d partial, %d failed), %d pages in %.1f s%s -> %s%s\n",
      reports.size(), counts[0], counts[1], counts[2], pages, seconds, ocr_note.c_str(),
      options.out_dir.c_str(),
      skipped ? (", " + std::to_string(skipped) + " non-document files skipped").c_str() : "");
  return counts[1] + counts[2] > 0 ? 3 : 0;
}

// The inputs of this run: all of them, or those of its shard (places says which they are).
std::vector<std::string> ChooseFiles(const InputList& inputs, const std::optional<Shard>& shard,
                                     std::vector<std::size_t>& places) {
  if (!shard) return inputs.files;
  places = ShardPlaces(inputs.relative, *shard);
  std::vector<std::string> files;
  for (std::size_t i : places) files.push_back(inputs.files[i]);
  return files;
}

// A shard's description, published in the set with its records.
std::vector<OutputFile> ShardFiles(const InputList& inputs, const std::optional<Shard>& shard,
                                   const std::vector<std::size_t>& places,
                                   const BatchResult& batch) {
  if (!shard) return {};
  ShardInfo info{shard->index,
                 shard->count,
                 inputs.files.size(),
                 InputsDigest(inputs.files),
                 ITAPIPE_VERSION,
                 batch.identity,
                 ShardRows(batch.reports, places)};
  return {{kShardFileName, ShardJson(info)}};
}

int Fail(const Error& error) {
  std::fprintf(stderr, "itapipe extract: %s\n", error.message.c_str());
  return 1;
}

}  // namespace

int RunExtract(const std::vector<std::string>& argv) {
  Result<ParsedArgs> args = ParseArgs(argv, ExtractArgSpec());
  if (!args) return UsageError("extract", args.error());
  if (args->help) {
    std::fputs(kExtractHelp, stdout);
    return 0;
  }
  ExtractOptions options = ToOptions(*args);
  if (args->Has("--shard") && !(options.shard = ParseShard(args->Value("--shard"))))
    return UsageError("extract",
                      MakeError(ErrorCode::kInvalidInput, "bad value '" + args->Value("--shard") +
                                                              "' for --shard: I/N, 1 <= I <= N"));
  auto start = std::chrono::steady_clock::now();
  Result<Journal> journal = PrepareOutput(options.out_dir, options.fresh);
  if (!journal) return Fail(journal.error());
  std::optional<RecordStore> store;
  if (!options.store.empty()) {
    Result<RecordStore> opened = RecordStore::Open(options.store);
    if (!opened) return Fail(opened.error());
    store.emplace(std::move(*opened));
  }
  Result<Knowledge> knowledge = Knowledge::Load(options.models_dir);
  if (!knowledge) return Fail(knowledge.error());
  InputList inputs = ExpandInputs(options.inputs);
  std::vector<std::size_t> places;
  std::vector<std::string> files = ChooseFiles(inputs, options.shard, places);
  BatchOptions batch_options{
      PipelineOptions{options.models_dir, options.ocr, options.ocr_languages, options.number_pass},
      options.jobs, options.max_memory_mb << 20, options.quiet};
  Result<BatchResult> batch =
      RunBatch(files, *knowledge, batch_options, *journal, store ? &*store : nullptr);
  if (!batch) return Fail(batch.error());
  Status written = PublishRecords(batch->reports, options.out_dir, ITAPIPE_VERSION,
                                  ShardFiles(inputs, options.shard, places, *batch));
  if (!written) return Fail(written.error());
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return Summarize(*batch, options, seconds, inputs.skipped.size());
}

}  // namespace itapipe
