#include "cli/args.h"

#include <cstdio>
#include <utility>

#include "core/numbers.h"

namespace itapipe {
namespace {

Error Usage(std::string message) { return MakeError(ErrorCode::kInvalidInput, std::move(message)); }

// "-x" and "--x" are options; "-" alone (and "") is an argument, as tools take "-" for stdin.
bool IsOption(std::string_view arg) { return arg.size() > 1 && arg[0] == '-'; }

const OptionSpec* FindOption(const ArgSpec& spec, std::string_view name) {
  for (const OptionSpec& option : spec.options) {
    if (option.name == name) return &option;
    for (const std::string& alias : option.aliases)
      if (alias == name) return &option;
  }
  return nullptr;
}

Status CheckValue(const OptionSpec& option, const std::string& value) {
  if (value.empty()) return Usage(option.name + " needs a value, and it is empty");
  if (option.kind != OptionKind::kInteger) return Status::Ok();
  std::optional<int> n = ParseInteger(value);
  if (n && *n >= option.min && *n <= option.max) return Status::Ok();
  return Usage("bad value '" + value + "' for " + option.name + ": give a whole number from " +
               std::to_string(option.min) + " to " + std::to_string(option.max));
}

// The value of the option at args[i]: after its '=', else the next argument (i then moves to
// it). A next argument that starts with "--" is taken for a forgotten value, not as one:
// "--out --quiet" is a mistake far more often than a folder named "--quiet" (--out=--quiet).
Result<std::string> TakeValue(const std::vector<std::string>& args, std::size_t& i,
                              const std::string& name) {
  std::size_t equals = args[i].find('=');
  if (equals != std::string::npos) return args[i].substr(equals + 1);
  if (i + 1 < args.size() && args[i + 1].rfind("--", 0) != 0) return args[++i];
  return Usage(name + " needs a value");
}

// Adds the option at args[i] (and its value) to parsed.
Status TakeOption(const std::vector<std::string>& args, std::size_t& i, const ArgSpec& spec,
                  ParsedArgs& parsed) {
  const std::string& arg = args[i];
  std::string name = arg.substr(0, arg.find('='));
  const OptionSpec* option = FindOption(spec, name);
  if (option == nullptr) return Usage("unknown option '" + name + "'");
  std::vector<std::string>& values = parsed.options[option->name];
  if (option->kind == OptionKind::kFlag) {
    if (name.size() < arg.size()) return Usage(name + " takes no value");
    return Status::Ok();
  }
  Result<std::string> value = TakeValue(args, i, name);
  if (!value) return value.error();
  if (Status s = CheckValue(*option, *value); !s) return s;
  if (option->kind != OptionKind::kList && !values.empty())
    return Usage(option->name + " is given twice ('" + values.front() + "' and '" + *value +
                 "'); give it once");
  values.push_back(std::move(*value));
  return Status::Ok();
}

Status CheckTooMany(const ParsedArgs& parsed, const ArgSpec& spec) {
  if (parsed.positional.size() <= spec.max_positional) return Status::Ok();
  const std::string& extra = parsed.positional[spec.max_positional];
  if (spec.max_positional == 0) return Usage("unexpected argument '" + extra + "'");
  return Usage("takes " + std::to_string(spec.max_positional) + " " + spec.positional_name +
               ", and '" + extra + "' is one more");
}

Status CheckTooFew(const ParsedArgs& parsed, const ArgSpec& spec) {
  if (parsed.positional.size() >= spec.min_positional) return Status::Ok();
  std::string count = spec.min_positional == 1 ? "one" : std::to_string(spec.min_positional);
  std::string at_least = spec.max_positional > spec.min_positional ? "at least " : "";
  return Usage("needs " + at_least + count + " " + spec.positional_name);
}

// A stray argument is said first: it is often a value whose option was mistyped.
Status CheckComplete(const ParsedArgs& parsed, const ArgSpec& spec) {
  if (Status s = CheckTooMany(parsed, spec); !s) return s;
  for (const OptionSpec& option : spec.options)
    if (option.required && !parsed.Has(option.name)) return Usage(option.name + " is required");
  return CheckTooFew(parsed, spec);
}

}  // namespace

bool ParsedArgs::Has(std::string_view name) const { return options.find(name) != options.end(); }

std::string ParsedArgs::Value(std::string_view name, std::string fallback) const {
  auto it = options.find(name);
  if (it == options.end() || it->second.empty()) return fallback;
  return it->second.front();
}

int ParsedArgs::Integer(std::string_view name, int fallback) const {
  return ParseInteger(Value(name)).value_or(fallback);
}

std::vector<std::string> ParsedArgs::List(std::string_view name) const {
  auto it = options.find(name);
  return it == options.end() ? std::vector<std::string>() : it->second;
}

Result<ParsedArgs> ParseArgs(const std::vector<std::string>& args, const ArgSpec& spec) {
  ParsedArgs parsed;
  bool only_positional = false;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    if (only_positional || !IsOption(arg)) {
      parsed.positional.push_back(arg);
    } else if (arg == "--") {
      only_positional = true;
    } else if (arg == "--help" || arg == "-h") {
      parsed.help = true;
      return parsed;
    } else if (Status s = TakeOption(args, i, spec, parsed); !s) {
      return s.error();
    }
  }
  if (Status s = CheckComplete(parsed, spec); !s) return s.error();
  return parsed;
}

int UsageError(std::string_view command, const Error& error) {
  std::string cmd(command);
  std::fprintf(stderr, "itapipe %s: %s (see 'itapipe %s --help')\n", cmd.c_str(),
               error.message.c_str(), cmd.c_str());
  return 2;
}

}  // namespace itapipe
