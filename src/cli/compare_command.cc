// `itapipe compare`: every comparison table of a store at once, as CSV files and a workbook.

#include <filesystem>
#include <iostream>
#include <optional>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "compare/csv_tables.h"
#include "compare/scope.h"
#include "compare/workbook.h"
#include "core/result.h"
#include "extract/knowledge.h"
#include "pipeline/document_pipeline.h"
#include "store/compare_source.h"

namespace itapipe {
namespace {

constexpr const char* kUsage =
    "usage: itapipe compare --store FILE --out DIR [--agency NAME] [--province NAME]\n"
    "                       [--years A-B] [--xlsx FILE] [--models DIR]\n"
    "\n"
    "Writes into DIR (created when missing) changes.csv, ranking.csv, provinces.csv,\n"
    "measures_status.csv, agencies.csv and conflicts.csv; see ../shared/spec/records.md.\n"
    "\n"
    "  --store FILE     reports stored by `itapipe extract --store FILE`\n"
    "  --agency NAME    one agency: full name, abbreviation (ทม.ปากช่อง) or part of a name\n"
    "  --province NAME  one province: ชลบุรี, จังหวัดชลบุรี or จ.ชลบุรี\n"
    "  --years A-B      fiscal years A to B (or one year), Thai or Arabic digits\n"
    "                   (ranks are still over every agency of a year)\n"
    "  --xlsx FILE      also the same tables as one workbook, one sheet each\n"
    "  --models DIR     methodology and rules (default: the built-in models/)\n";

struct CompareArgs {
  std::string store;
  std::string out;
  std::string xlsx;
  std::string models = DefaultModelsDir();
  TypedFilters filters;
  bool help = false;
};

Error Usage(const std::string& message) { return MakeError(ErrorCode::kInvalidInput, message); }

bool SetOption(const std::string& name, const std::string& value, CompareArgs& args) {
  std::pair<const char*, std::string*> options[] = {{"--store", &args.store},
                                                    {"--out", &args.out},
                                                    {"--xlsx", &args.xlsx},
                                                    {"--models", &args.models},
                                                    {"--agency", &args.filters.agency},
                                                    {"--province", &args.filters.province},
                                                    {"--years", &args.filters.years},
                                                    {"--year", &args.filters.years}};
  for (auto [option, field] : options) {
    if (name == option) {
      *field = value;
      return true;
    }
  }
  return false;
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
  if (args.store.empty()) return Usage("--store is required");
  if (args.out.empty()) return Usage("--out is required");
  return args;
}

// Says which filter matched nothing, rather than writing empty tables.
Status CheckScope(const CompareSource& source, const CompareScope& scope,
                  const TypedFilters& typed) {
  Result<long long> kept = source.CountAgencyYears(scope);
  if (!kept) return kept.error();
  if (*kept > 0) return Status::Ok();
  std::string what;
  for (auto [flag, value] : {std::pair{"--agency", typed.agency},
                             {"--province", typed.province},
                             {"--years", typed.years}}) {
    if (!value.empty()) what += std::string(" ") + flag + " " + value;
  }
  if (what.empty()) return Status::Ok();
  return MakeError(ErrorCode::kNotFound, "no stored agency-year matches" + what);
}

Status WriteTables(const CompareArgs& args, const CompareSource& source,
                   const CompareScope& scope) {
  std::error_code ec;
  std::filesystem::create_directories(args.out, ec);
  if (ec) return MakeError(ErrorCode::kIo, args.out + ": cannot create folder: " + ec.message());
  CsvTableSink csv(args.out);
  std::vector<TableSink*> sinks{&csv};
  std::unique_ptr<WorkbookSink> workbook;
  if (!args.xlsx.empty()) {
    auto created = WorkbookSink::Create(args.xlsx);
    if (!created) return created.error();
    workbook = std::move(*created);
    sinks.push_back(workbook.get());
  }
  TeeSink tee(sinks);
  for (const std::string& table : CompareSource::CompareTables()) {
    if (Status s = source.Stream(table, scope, tee); !s) return s;
    std::cout << "compare: " << table << ".csv " << csv.rows() << " rows\n";
  }
  return workbook ? workbook->Close() : Status::Ok();
}

int Fail(const Error& error) {
  std::cerr << "itapipe compare: " << error.message << "\n";
  return error.code == ErrorCode::kInvalidInput ? 2 : 1;
}

int Run(const CompareArgs& args) {
  auto knowledge = Knowledge::Load(args.models);
  if (!knowledge) return Fail(knowledge.error());
  auto scope = ResolveScope(args.filters, knowledge->rules.agency_types(), knowledge->provinces);
  if (!scope) return Fail(scope.error());
  auto source = CompareSource::Open(args.store, knowledge->methodologies);
  if (!source) return Fail(source.error());
  if (Status s = CheckScope(*source, *scope, args.filters); !s) return Fail(s.error());
  if (Status s = WriteTables(args, *source, *scope); !s) return Fail(s.error());
  std::cout << "compare: -> " << args.out << (args.xlsx.empty() ? "" : " and " + args.xlsx) << "\n";
  return 0;
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
  return Run(*args);
}

}  // namespace itapipe
