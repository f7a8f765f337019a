// `itapipe compare`: every comparison table of a store at once, as CSV files and a workbook.

#include <filesystem>
#include <iostream>
#include <string>
#include <vector>

#include "cli/args.h"
#include "cli/commands.h"
#include "cli/store_command.h"
#include "compare/csv_tables.h"
#include "compare/scope.h"
#include "compare/workbook.h"
#include "core/result.h"
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

Status WriteTables(const StoreCommandArgs& args, const CompareSource& source,
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

int Run(const StoreCommandArgs& args) {
  Result<Comparison> opened = OpenComparison(args);
  if (!opened) return FailCommand("compare", opened.error());
  Comparison& c = *opened;
  if (Result<long long> kept = CountInScope(c, args.filters); !kept)
    return FailCommand("compare", kept.error());
  if (Status s = WriteTables(args, c.source, c.scope); !s) return FailCommand("compare", s.error());
  std::cout << "compare: -> " << args.out << (args.xlsx.empty() ? "" : " and " + args.xlsx) << "\n";
  return 0;
}

}  // namespace

int RunCompare(const std::vector<std::string>& argv) {
  auto args = ParseStoreCommandArgs(argv, /*takes_xlsx=*/true);
  if (!args) return UsageError("compare", args.error());
  if (args->help) {
    std::cout << kUsage;
    return 0;
  }
  return Run(*args);
}

}  // namespace itapipe
