// `itapipe compare`: loads stored reports and writes one comparison as CSV.

#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "compare/compare.h"
#include "core/result.h"
#include "records/atomic_file.h"
#include "records/format.h"
#include "records/readers.h"
#include "store/record_store.h"

namespace itapipe {
namespace {

constexpr const char* kUsage =
    "usage: itapipe compare (--store FILE.sqlite | --records DIR) --by year|agency\n"
    "                       [--province NAME] [--year N] --out FILE.csv\n"
    "\n"
    "  --store FILE     reports stored by `itapipe extract --store FILE`\n"
    "  --records DIR    reports.csv and indicators.csv written by `itapipe extract --out DIR`\n"
    "  --by year        each agency's change between consecutive fiscal years (total, grade,\n"
    "                   IIT/EIT/OIT and every indicator); --year N keeps pairs ending in N\n"
    "  --by agency      ranking of agencies within fiscal year --year N (required)\n"
    "  --province NAME  only agencies of this province (Thai name as in reports.csv)\n"
    "  --out FILE       the CSV to write (UTF-8 with BOM, replaced atomically)\n";

struct CompareArgs {
  std::string store;
  std::string records;
  std::string by;
  std::string out;
  CompareFilter filter;
  bool help = false;
};

Error Usage(const std::string& message) { return MakeError(ErrorCode::kInvalidInput, message); }

// Stores the value of one option; false when the option is unknown.
bool SetOption(const std::string& name, const std::string& value, CompareArgs& args) {
  if (name == "--store")
    args.store = value;
  else if (name == "--records")
    args.records = value;
  else if (name == "--by")
    args.by = value;
  else if (name == "--out")
    args.out = value;
  else if (name == "--province")
    args.filter.province = value;
  else if (name == "--year")
    args.filter.fiscal_year = ParseInt(value).value_or(-1);
  else
    return false;
  return true;
}

Status Validate(const CompareArgs& args) {
  if (args.store.empty() == args.records.empty()) {
    return Usage("give exactly one of --store and --records");
  }
  if (args.by != "year" && args.by != "agency") return Usage("--by must be year or agency");
  if (args.out.empty()) return Usage("--out is required");
  if (args.filter.fiscal_year && *args.filter.fiscal_year < 0) {
    return Usage("--year must be a fiscal year such as 2566");
  }
  if (args.by == "agency" && !args.filter.fiscal_year) return Usage("--by agency needs --year");
  return Status::Ok();
}

Result<CompareArgs> ParseArgs(const std::vector<std::string>& argv) {
  CompareArgs args;
  for (std::size_t i = 0; i < argv.size(); ++i) {
    std::string name = argv[i];
    if (name == "--help" || name == "-h") {
      args.help = true;
      return args;
    }
    std::optional<std::string> value;
    if (auto eq = name.find('='); name.rfind("--", 0) == 0 && eq != std::string::npos) {
      value = name.substr(eq + 1);
      name.resize(eq);
    } else if (i + 1 < argv.size()) {
      value = argv[++i];
    }
    if (!value) return Usage(name + " needs a value");
    if (!SetOption(name, *value, args)) return Usage("unknown argument: " + name);
  }
  if (Status s = Validate(args); !s) return s.error();
  return args;
}

Result<std::string> ReadText(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  if (in) text << in.rdbuf();
  if (!in) return MakeError(ErrorCode::kIo, path.string() + ": cannot read");
  return text.str();
}

Result<std::vector<Report>> LoadFromRecords(const std::filesystem::path& dir) {
  auto reports = ReadText(dir / "reports.csv");
  if (!reports) return reports.error();
  auto indicators = ReadText(dir / "indicators.csv");
  if (!indicators) return indicators.error();
  auto parsed = ReadReportsCsv(*reports, *indicators);
  if (!parsed) return MakeError(parsed.error().code, dir.string() + ": " + parsed.error().message);
  return parsed;
}

Result<std::vector<Report>> LoadReports(const CompareArgs& args) {
  if (!args.records.empty()) return LoadFromRecords(args.records);
  if (!std::filesystem::exists(args.store)) {
    return MakeError(ErrorCode::kNotFound, args.store + ": no such store");
  }
  auto store = RecordStore::Open(args.store);
  if (!store) return store.error();
  return store->LoadAll();
}

// Runs the comparison; returns the CSV and a one-line description of it.
std::pair<std::string, std::string> Compare(const CompareArgs& args,
                                            const std::vector<Report>& reports) {
  std::string from = " from " + std::to_string(reports.size()) + " reports";
  if (args.by == "year") {
    auto rows = CompareYears(reports, args.filter);
    return {YearOverYearCsv(rows), std::to_string(rows.size()) + " year-over-year pairs" + from};
  }
  auto rows = RankAgencies(reports, args.filter);
  return {RankingCsv(rows), std::to_string(rows.size()) + " agencies ranked for " +
                                std::to_string(*args.filter.fiscal_year) + from};
}

int Fail(const Error& error) {
  std::cerr << "itapipe compare: " << error.message << "\n";
  return 1;
}

}  // namespace

int RunCompare(const std::vector<std::string>& argv) {
  auto args = ParseArgs(argv);
  if (!args) {
    std::cerr << "itapipe compare: " << args.error().message
              << "\n(run 'itapipe compare --help' for usage)\n";
    return 2;
  }
  if (args->help) {
    std::cout << kUsage;
    return 0;
  }
  auto reports = LoadReports(*args);
  if (!reports) return Fail(reports.error());
  auto [csv, summary] = Compare(*args, *reports);
  if (Status s = WriteFileAtomically(args->out, csv); !s) return Fail(s.error());
  std::cout << "compare: " << summary << " -> " << args->out << "\n";
  return 0;
}

}  // namespace itapipe
