// `itapipe report`: the comparison of a store as one self-contained HTML file.

#include <iostream>
#include <optional>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "compare/html_report.h"
#include "compare/scope.h"
#include "core/result.h"
#include "extract/knowledge.h"
#include "pipeline/document_pipeline.h"
#include "store/compare_source.h"

namespace itapipe {
namespace {

constexpr const char* kUsage =
    "usage: itapipe report --store FILE --out FILE.html [--agency NAME] [--province NAME]\n"
    "                      [--years A-B] [--models DIR]\n"
    "\n"
    "One HTML file that opens offline: per province the distribution of totals, the provinces\n"
    "table and the latest year's ranking (click a header to sort, type to filter), and per\n"
    "agency the trend of its total and IIT/EIT/OIT. Filters as for `itapipe compare`.\n";

struct ReportArgs {
  std::string store;
  std::string out;
  std::string models = DefaultModelsDir();
  TypedFilters filters;
};

Error Usage(const std::string& message) { return MakeError(ErrorCode::kInvalidInput, message); }

Result<ReportArgs> ParseArgs(const std::vector<std::string>& argv) {
  ReportArgs args;
  for (std::size_t i = 0; i < argv.size(); ++i) {
    std::string name = argv[i];
    if (i + 1 >= argv.size()) return Usage(name + " needs a value");
    const std::string& value = argv[++i];
    if (name == "--store") {
      args.store = value;
    } else if (name == "--out") {
      args.out = value;
    } else if (name == "--models") {
      args.models = value;
    } else if (name == "--agency") {
      args.filters.agency = value;
    } else if (name == "--province") {
      args.filters.province = value;
    } else if (name == "--years" || name == "--year") {
      args.filters.years = value;
    } else {
      return Usage("unknown argument: " + name);
    }
  }
  if (args.store.empty() || args.out.empty()) return Usage("--store and --out are required");
  return args;
}

int Fail(const Error& error) {
  std::cerr << "itapipe report: " << error.message << "\n";
  return error.code == ErrorCode::kInvalidInput ? 2 : 1;
}

int Run(const ReportArgs& args) {
  auto knowledge = Knowledge::Load(args.models);
  if (!knowledge) return Fail(knowledge.error());
  auto scope = ResolveScope(args.filters, knowledge->rules.agency_types(), knowledge->provinces);
  if (!scope) return Fail(scope.error());
  auto source = CompareSource::Open(args.store, knowledge->methodologies);
  if (!source) return Fail(source.error());
  Result<long long> kept = source->CountAgencyYears(*scope);
  if (!kept) return Fail(kept.error());
  if (*kept == 0) return Fail(MakeError(ErrorCode::kNotFound, "no stored agency-year in scope"));
  if (Status s = WriteHtmlReport(*source, *scope, args.out); !s) return Fail(s.error());
  std::cout << "report: " << *kept << " agency-years -> " << args.out << "\n";
  return 0;
}

}  // namespace

int RunReport(const std::vector<std::string>& argv) {
  if (!argv.empty() && (argv[0] == "--help" || argv[0] == "-h")) {
    std::cout << kUsage;
    return 0;
  }
  auto args = ParseArgs(argv);
  if (!args) {
    std::cerr << "itapipe report: " << args.error().message
              << "\n(run 'itapipe report --help' for usage)\n";
    return 2;
  }
  return Run(*args);
}

}  // namespace itapipe
