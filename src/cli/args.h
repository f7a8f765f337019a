#pragma once
// The command line of every itapipe command, parsed one way: options declared as data, given
// as `--name value` or `--name=value`; `--` ends the options; `-h`/`--help` asks for help.

#include <cstddef>
#include <limits>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"

namespace itapipe {

enum class OptionKind {
  kFlag,     // present or not; takes no value
  kValue,    // one non-empty value
  kInteger,  // one whole decimal number in [min, max]
  kList,     // a non-empty value, repeatable; every value kept in order
};

// One option a command takes.
struct OptionSpec {
  std::string name;  // "--jobs"
  OptionKind kind = OptionKind::kValue;
  std::vector<std::string> aliases = {};  // other spellings: "-q", "--year"
  int min = 0;                            // kInteger only
  int max = 0;                            // kInteger only
  bool required = false;
};

// For ArgSpec::max_positional: no upper bound.
inline constexpr std::size_t kAnyNumber = std::numeric_limits<std::size_t>::max();

// What a command takes: its options, and how many positional arguments (named in messages).
struct ArgSpec {
  std::vector<OptionSpec> options;
  std::string positional_name = "argument";  // "INPUT", "FILE"
  std::size_t min_positional = 0;
  std::size_t max_positional = 0;  // or kAnyNumber
};

// A parsed command line. Options are keyed by their declared name, whichever alias was typed.
struct ParsedArgs {
  bool help = false;  // --help or -h came before any error; nothing else is checked then
  std::vector<std::string> positional;
  std::map<std::string, std::vector<std::string>, std::less<>> options;

  bool Has(std::string_view name) const;
  // The value of a kValue option, or fallback when it was not given.
  std::string Value(std::string_view name, std::string fallback = "") const;
  // The value of a kInteger option (already checked), or fallback when it was not given.
  int Integer(std::string_view name, int fallback) const;
  // Every value of a kList option, in the order given.
  std::vector<std::string> List(std::string_view name) const;

  bool operator==(const ParsedArgs&) const = default;
};

// Parses args against spec. An unknown option, a missing, empty or bad value, a single-valued
// option given twice, a missing required option or a wrong number of positional arguments is
// kInvalidInput with a message saying which and what is expected.
Result<ParsedArgs> ParseArgs(const std::vector<std::string>& args, const ArgSpec& spec);

// Prints "itapipe COMMAND: message (see 'itapipe COMMAND --help')" and returns 2, the usage
// exit status.
int UsageError(std::string_view command, const Error& error);

}  // namespace itapipe
