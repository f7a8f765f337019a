#include "cli/store_command.h"

#include <iostream>
#include <utility>

#include "cli/args.h"
#include "pipeline/document_pipeline.h"

namespace itapipe {
namespace {

ArgSpec StoreArgSpec(bool takes_xlsx) {
  ArgSpec spec{.options = {{.name = "--store", .required = true},
                           {.name = "--out", .required = true},
                           {.name = "--models"},
                           {.name = "--agency"},
                           {.name = "--province"},
                           {.name = "--years", .aliases = {"--year"}}}};
  if (takes_xlsx) spec.options.push_back({.name = "--xlsx"});
  return spec;
}

}  // namespace

Result<StoreCommandArgs> ParseStoreCommandArgs(const std::vector<std::string>& argv,
                                               bool takes_xlsx) {
  Result<ParsedArgs> parsed = ParseArgs(argv, StoreArgSpec(takes_xlsx));
  if (!parsed) return parsed.error();
  StoreCommandArgs args;
  args.help = parsed->help;
  args.store = parsed->Value("--store");
  args.out = parsed->Value("--out");
  args.xlsx = parsed->Value("--xlsx");
  args.models = parsed->Value("--models", DefaultModelsDir());
  args.filters = {.agency = parsed->Value("--agency"),
                  .province = parsed->Value("--province"),
                  .years = parsed->Value("--years")};
  return args;
}

Result<Comparison> OpenComparison(const StoreCommandArgs& args) {
  Result<Knowledge> knowledge = Knowledge::Load(args.models);
  if (!knowledge) return knowledge.error();
  Result<CompareScope> scope =
      ResolveScope(args.filters, knowledge->rules.agency_types(), knowledge->provinces);
  if (!scope) return scope.error();
  Result<CompareSource> source = CompareSource::Open(args.store, knowledge->methodologies);
  if (!source) return source.error();
  return Comparison{std::move(*knowledge), std::move(*scope), std::move(*source)};
}

Result<long long> CountInScope(const Comparison& c, const TypedFilters& typed) {
  Result<long long> kept = c.source.CountAgencyYears(c.scope);
  if (!kept || *kept > 0) return kept;
  std::string what;
  for (auto [flag, value] : {std::pair{"--agency", typed.agency},
                             {"--province", typed.province},
                             {"--years", typed.years}}) {
    if (!value.empty()) what += std::string(" ") + flag + " " + value;
  }
  if (what.empty()) return kept;
  return MakeError(ErrorCode::kNotFound, "no stored agency-year matches" + what);
}

int FailCommand(const char* command, const Error& error) {
  std::cerr << "itapipe " << command << ": " << error.message << "\n";
  return error.code == ErrorCode::kInvalidInput ? 2 : 1;
}

}  // namespace itapipe
