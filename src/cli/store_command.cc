#include "cli/store_command.h"

#include <iostream>
#include <optional>
#include <utility>

#include "pipeline/document_pipeline.h"

namespace itapipe {
namespace {

Error Usage(const std::string& message) { return MakeError(ErrorCode::kInvalidInput, message); }

bool SetOption(const std::string& name, const std::string& value, bool takes_xlsx,
               StoreCommandArgs& args) {
  std::pair<const char*, std::string*> options[] = {{"--store", &args.store},
                                                    {"--out", &args.out},
                                                    {"--models", &args.models},
                                                    {"--agency", &args.filters.agency},
                                                    {"--province", &args.filters.province},
                                                    {"--years", &args.filters.years},
                                                    {"--year", &args.filters.years},
                                                    {"--xlsx", takes_xlsx ? &args.xlsx : nullptr}};
  for (auto [option, field] : options) {
    if (name == option && field) {
      *field = value;
      return true;
    }
  }
  return false;
}

}  // namespace

Result<StoreCommandArgs> ParseStoreCommandArgs(const std::vector<std::string>& argv,
                                               bool takes_xlsx) {
  StoreCommandArgs args;
  args.models = DefaultModelsDir();
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
    if (!SetOption(name, *value, takes_xlsx, args)) return Usage("unknown argument: " + name);
  }
  if (args.store.empty()) return Usage("--store is required");
  if (args.out.empty()) return Usage("--out is required");
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
