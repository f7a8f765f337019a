#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <exception>
#include <string>
#include <vector>

#include "cli/commands.h"

namespace {

constexpr const char* kUsage =
    "usage: itapipe <command> [options]\n"
    "\n"
    "commands:\n"
    "  extract INPUT... --out DIR   read ITA reports (PDF, PNG, JPEG, TIFF, folders) into\n"
    "                               reports.csv, indicators.csv, measures.csv, records.jsonl\n"
    "  merge SHARD_DIR... --out DIR put the outputs of 'extract --shard I/N' together\n"
    "  compare --store DB --out DIR every comparison table of a store (CSV, and a workbook)\n"
    "  report --store DB --out F    the comparison as one HTML file with charts\n"
    "  text FILE                    print the canonical text the extraction rules see\n"
    "\n"
    "Run 'itapipe <command> --help' for the options of a command.\n";

// Tesseract's OpenMP threads cost far more than they give here (12-27 s a page with two
// threads, 2.5 s with one): itapipe runs one single-threaded engine per core instead. libgomp
// reads OMP_THREAD_LIMIT once, when it is loaded, before main; so when the variable is not
// set, set it and start the program again. Should exec fail, the run goes on, only slower.
void LimitOpenMpThreads(char** argv) {
  if (std::getenv("OMP_THREAD_LIMIT") != nullptr) return;
  setenv("OMP_THREAD_LIMIT", "1", 1);
  execv("/proc/self/exe", argv);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2 || std::strcmp(argv[1], "--help") == 0 || std::strcmp(argv[1], "-h") == 0) {
    std::fputs(kUsage, argc < 2 ? stderr : stdout);
    return argc < 2 ? 2 : 0;
  }
  if (std::strcmp(argv[1], "--version") == 0) {
    std::printf("itapipe %s\n", ITAPIPE_VERSION);
    return 0;
  }
  if (std::strcmp(argv[1], "extract") == 0 || std::strcmp(argv[1], "text") == 0) {
    LimitOpenMpThreads(argv);
  }
  std::vector<std::string> args(argv + 2, argv + argc);
  try {
    if (std::strcmp(argv[1], "extract") == 0) return itapipe::RunExtract(args);
    if (std::strcmp(argv[1], "compare") == 0) return itapipe::RunCompare(args);
    if (std::strcmp(argv[1], "report") == 0) return itapipe::RunReport(args);
    if (std::strcmp(argv[1], "text") == 0) return itapipe::RunText(args);
    if (std::strcmp(argv[1], "merge") == 0) return itapipe::RunMerge(args);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "itapipe: internal error: %s\n", e.what());
    return 1;
  }
  std::fprintf(stderr, "itapipe: unknown command '%s'\n\n%s", argv[1], kUsage);
  return 2;
}
