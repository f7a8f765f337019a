#pragma once
// What `itapipe compare` and `itapipe report` share: their options (--store, --out, the
// filters, --models, and --xlsx where the command takes it) and the opening of a store's
// comparison in the scope the filters name.

#include <string>
#include <vector>

#include "compare/scope.h"
#include "core/result.h"
#include "extract/knowledge.h"
#include "store/compare_source.h"

namespace itapipe {

struct StoreCommandArgs {
  std::string store;
  std::string out;
  std::string xlsx;  // only when the command takes --xlsx
  std::string models;
  TypedFilters filters;
  bool help = false;
};

// Parses the options with ParseArgs (cli/args.h); --help or -h stops and sets help. An unknown
// option, one without a value, or a missing --store or --out is kInvalidInput saying which.
Result<StoreCommandArgs> ParseStoreCommandArgs(const std::vector<std::string>& argv,
                                               bool takes_xlsx);

// A store opened for comparison, with the scope its filters resolve to.
struct Comparison {
  Knowledge knowledge;
  CompareScope scope;
  CompareSource source;
};

// Loads the models, resolves the filters (a province that is none is kInvalidInput) and opens
// the store.
Result<Comparison> OpenComparison(const StoreCommandArgs& args);

// The agency-years in scope; kNotFound naming the filters when they match nothing (an empty
// store without filters is 0, not an error).
Result<long long> CountInScope(const Comparison& comparison, const TypedFilters& typed);

// Prints "itapipe COMMAND: message" and returns the exit status: 2 for a usage mistake, 1 else.
int FailCommand(const char* command, const Error& error);

}  // namespace itapipe
