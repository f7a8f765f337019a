#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <optional>
#include <string>
#include <system_error>
#include <vector>

#include "cli/args.h"
#include "cli/commands.h"
#include "records/merge.h"
#include "records/output_set.h"
#include "store/record_store.h"

namespace itapipe {
namespace {

namespace fs = std::filesystem;

constexpr const char* kMergeHelp =
    "usage: itapipe merge SHARD_DIR... --out DIR [--store FILE.db --shard-store A.db ...]\n"
    "\n"
    "Puts together the output folders of the N shards of one batch (each written by\n"
    "'itapipe extract INPUT... --out SHARD_DIR --shard I/N' with the same INPUTs) into DIR:\n"
    "reports.csv, indicators.csv, measures.csv and records.jsonl exactly as one run over every\n"
    "input writes them, rows in that run's order, published as one set.\n"
    "\n"
    "options:\n"
    "  --out DIR           where to write the merged records (required; not a shard folder)\n"
    "  --store FILE        also put every report of the shards' stores into this store\n"
    "  --shard-store FILE  the store of one shard (given to its extract as --store): one\n"
    "                      per shard folder, with --store\n"
    "\n"
    "exit status: 0 merged, 1 error (a shard missing, given twice, unfinished, of another\n"
    "batch or another itapipe), 2 usage\n";

struct MergeOptions {
  std::vector<std::string> shard_dirs;
  std::string out_dir;
  std::string store;
  std::vector<std::string> shard_stores;
};

int Fail(const Error& error) {
  std::fprintf(stderr, "itapipe merge: %s\n", error.message.c_str());
  return 1;
}

ArgSpec MergeArgSpec() {
  using enum OptionKind;
  return ArgSpec{.options = {{.name = "--out", .required = true},
                             {.name = "--store"},
                             {.name = "--shard-store", .kind = kList}},
                 .positional_name = "SHARD_DIR",
                 .min_positional = 1,
                 .max_positional = kAnyNumber};
}

// The options, or kInvalidInput when the stores do not go together.
Result<MergeOptions> ToOptions(const ParsedArgs& args) {
  MergeOptions options{args.positional, args.Value("--out"), args.Value("--store"),
                       args.List("--shard-store")};
  if (!options.store.empty() && options.shard_stores.size() != options.shard_dirs.size())
    return MakeError(ErrorCode::kInvalidInput,
                     "--store needs one --shard-store per shard folder (" +
                         std::to_string(options.shard_dirs.size()) + ")");
  if (!options.shard_stores.empty() && options.store.empty())
    return MakeError(ErrorCode::kInvalidInput,
                     "--shard-store needs --store FILE for the merged store");
  return options;
}

// The output folder, created if needed: writable, and none of the shards (whose files it
// would replace while they are read).
Status PrepareOutput(const MergeOptions& options) {
  std::error_code ec;
  fs::create_directories(options.out_dir, ec);
  if (ec || !fs::is_directory(options.out_dir, ec))
    return MakeError(ErrorCode::kIo, options.out_dir + ": cannot create the output folder");
  if (::access(options.out_dir.c_str(), W_OK | X_OK) != 0)
    return MakeError(ErrorCode::kIo, options.out_dir + ": the output folder is not writable");
  for (const std::string& dir : options.shard_dirs) {
    if (fs::equivalent(dir, options.out_dir, ec))
      return MakeError(ErrorCode::kInvalidInput,
                       options.out_dir + ": is a shard folder; merge into another folder");
  }
  return FinishOrCleanUp(options.out_dir);
}

// Every report of the shards' stores, each opened and read before the merged store is
// touched: a missing or damaged shard store leaves it as it was.
Result<std::vector<Report>> LoadShardStores(const MergeOptions& options) {
  std::vector<Report> all;
  for (const std::string& path : options.shard_stores) {
    std::error_code ec;
    if (!fs::is_regular_file(path, ec))
      return MakeError(ErrorCode::kNotFound, path + ": no such store");
    Result<RecordStore> shard = RecordStore::Open(path);
    if (!shard) return shard.error();
    Result<std::vector<Report>> reports = shard->LoadAll();
    if (!reports) return reports.error();
    all.insert(all.end(), reports->begin(), reports->end());
  }
  return all;
}

// The shards' reports put into the merged store, in one transaction.
Status MergeStores(const MergeOptions& options) {
  if (options.store.empty()) return Status::Ok();
  Result<std::vector<Report>> reports = LoadShardStores(options);
  if (!reports) return reports.error();
  Result<RecordStore> merged = RecordStore::Open(options.store);
  if (!merged) return merged.error();
  return merged->Put(*reports);
}

}  // namespace

int RunMerge(const std::vector<std::string>& argv) {
  Result<ParsedArgs> args = ParseArgs(argv, MergeArgSpec());
  if (!args) return UsageError("merge", args.error());
  if (args->help) {
    std::fputs(kMergeHelp, stdout);
    return 0;
  }
  Result<MergeOptions> parsed = ToOptions(*args);
  if (!parsed) return UsageError("merge", parsed.error());
  const MergeOptions& options = *parsed;
  std::vector<ShardFolder> shards;
  for (const std::string& dir : options.shard_dirs) {
    Result<ShardFolder> shard = ReadShardFolder(dir);
    if (!shard) return Fail(shard.error());
    shards.push_back(std::move(*shard));
  }
  Result<std::vector<OutputFile>> files = MergeShards(shards);
  if (!files) return Fail(files.error());
  if (Status s = PrepareOutput(options); !s) return Fail(s.error());
  if (Status s = MergeStores(options); !s) return Fail(s.error());
  if (Status s = PublishFiles(*files, options.out_dir); !s) return Fail(s.error());
  std::printf("itapipe merge: %zu shards, %zu inputs -> %s\n", shards.size(),
              shards.front().info.inputs, options.out_dir.c_str());
  return 0;
}

}  // namespace itapipe
