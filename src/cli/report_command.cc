// `itapipe report`: the comparison of a store as one self-contained HTML file.

#include <iostream>
#include <string>
#include <vector>

#include "cli/args.h"
#include "cli/commands.h"
#include "cli/store_command.h"
#include "compare/html_report.h"
#include "core/result.h"
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

int Run(const StoreCommandArgs& args) {
  Result<Comparison> opened = OpenComparison(args);
  if (!opened) return FailCommand("report", opened.error());
  Comparison& c = *opened;
  Result<long long> kept = CountInScope(c, args.filters);
  if (!kept) return FailCommand("report", kept.error());
  if (*kept == 0) {
    return FailCommand("report", MakeError(ErrorCode::kNotFound,
                                           args.store + " holds no agency-year yet: run "
                                                        "`itapipe extract ... --store` first"));
  }
  if (Status s = WriteHtmlReport(c.source, c.scope, args.out); !s)
    return FailCommand("report", s.error());
  std::cout << "report: " << *kept << " agency-years -> " << args.out << "\n";
  return 0;
}

}  // namespace

int RunReport(const std::vector<std::string>& argv) {
  auto args = ParseStoreCommandArgs(argv, /*takes_xlsx=*/false);
  if (!args) return UsageError("report", args.error());
  if (args->help) {
    std::cout << kUsage;
    return 0;
  }
  return Run(*args);
}

}  // namespace itapipe
