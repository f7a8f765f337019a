#include "cli/args.h"

#include <doctest/doctest.h>

#include <sstream>
#include <string>
#include <vector>

namespace itapipe {
namespace {

// A command shaped like `extract`: inputs, a required value, an integer, a flag with an
// alias, a list and a value with an alias.
ArgSpec TestSpec() {
  using enum OptionKind;
  return ArgSpec{.options = {{.name = "--out", .required = true},
                             {.name = "--jobs", .kind = kInteger, .min = 1, .max = 64},
                             {.name = "--quiet", .kind = kFlag, .aliases = {"-q"}},
                             {.name = "--tag", .kind = kList},
                             {.name = "--years", .aliases = {"--year"}}},
                 .positional_name = "INPUT",
                 .min_positional = 1,
                 .max_positional = kAnyNumber};
}

std::vector<std::string> Words(const std::string& line) {
  std::istringstream in(line);
  std::vector<std::string> words;
  for (std::string w; in >> w;) words.push_back(w == "''" ? "" : w);
  return words;
}

// The parse of line summarised as "positional|option=value,...", or the error message.
std::string Parse(const std::string& line) {
  Result<ParsedArgs> parsed = ParseArgs(Words(line), TestSpec());
  if (!parsed) return "error: " + parsed.error().message;
  std::string out = parsed->help ? "help" : "";
  for (const std::string& p : parsed->positional) out += (out.empty() ? "" : " ") + p;
  out += "|";
  for (const auto& [name, values] : parsed->options) {
    out += name;
    for (const std::string& v : values) out += "=" + v;
    out += ";";
  }
  return out;
}

TEST_CASE("ParseArgs takes --x v, --x=v, aliases, lists and -- the same way for every command") {
  struct {
    const char* in;
    const char* want;
  } cases[] = {
      {"a.pdf --out o", "a.pdf|--out=o;"},
      {"--out=o a.pdf b.pdf", "a.pdf b.pdf|--out=o;"},
      {"a.pdf --out o --jobs 4 -q", "a.pdf|--jobs=4;--out=o;--quiet;"},
      {"a.pdf --out o --jobs=064", "a.pdf|--jobs=064;--out=o;"},
      {"a.pdf --out o --year 2566", "a.pdf|--out=o;--years=2566;"},
      {"a.pdf --out o --tag x --tag=y", "a.pdf|--out=o;--tag=x=y;"},
      {"a.pdf --out o --quiet --quiet", "a.pdf|--out=o;--quiet;"},
      {"--out o -- --quiet -x --", "--quiet -x --|--out=o;"},
      {"- --out o", "-|--out=o;"},
      {"'' --out o", "|--out=o;"},
      {"--out o --out=a=b a", "error: --out is given twice ('o' and 'a=b'); give it once"},
      {"--out=a=b a", "a|--out=a=b;"},
      {"--help --bogus", "help|"},
      {"-h", "help|"},
      {"--out o -- --help", "--help|--out=o;"},
  };
  for (auto c : cases) CHECK_MESSAGE(Parse(c.in) == c.want, c.in);
}

TEST_CASE("ParseArgs refuses a mistake with a message that says what to give") {
  struct {
    const char* in;
    const char* want;
  } cases[] = {
      {"a --out o --bogus", "unknown option '--bogus'"},
      {"a --out o --bogus=1", "unknown option '--bogus'"},
      {"a --out o -x", "unknown option '-x'"},
      {"a --out", "--out needs a value"},
      {"a --out --quiet", "--out needs a value"},
      {"a --out=", "--out needs a value, and it is empty"},
      {"a --out ''", "--out needs a value, and it is empty"},
      {"a --out o --jobs abc", "bad value 'abc' for --jobs: give a whole number from 1 to 64"},
      {"a --out o --jobs=0", "bad value '0' for --jobs: give a whole number from 1 to 64"},
      {"a --out o --jobs 2x", "bad value '2x' for --jobs: give a whole number from 1 to 64"},
      {"a --out o --jobs 65", "bad value '65' for --jobs: give a whole number from 1 to 64"},
      {"a --out o --jobs +2", "bad value '+2' for --jobs: give a whole number from 1 to 64"},
      {"a --out o --jobs", "--jobs needs a value"},
      {"a --out o --quiet=yes", "--quiet takes no value"},
      {"a", "--out is required"},
      {"--out o", "needs at least one INPUT"},
      {"", "--out is required"},
  };
  for (auto c : cases) CHECK_MESSAGE(Parse(c.in) == std::string("error: ") + c.want, c.in);
}

TEST_CASE("ParseArgs counts positional arguments against the spec") {
  ArgSpec one_file{
      .options = {}, .positional_name = "FILE", .min_positional = 1, .max_positional = 1};
  ArgSpec none{.options = {{.name = "--store", .required = true}}};
  struct {
    const ArgSpec* spec;
    const char* in;
    const char* want;  // "" when the parse succeeds
  } cases[] = {
      {&one_file, "a.pdf", ""},
      {&one_file, "", "needs one FILE"},
      {&one_file, "a.pdf b.pdf", "takes 1 FILE, and 'b.pdf' is one more"},
      {&none, "--store s", ""},
      {&none, "--store s x", "unexpected argument 'x'"},
      {&none, "x", "unexpected argument 'x'"},
      {&none, "", "--store is required"},
  };
  for (auto c : cases) {
    Result<ParsedArgs> parsed = ParseArgs(Words(c.in), *c.spec);
    std::string got = parsed ? "" : parsed.error().message;
    CHECK_MESSAGE(got == c.want, c.in);
    if (!parsed) CHECK(parsed.error().code == ErrorCode::kInvalidInput);
  }
}

TEST_CASE("ParsedArgs gives values, integers and lists with fallbacks") {
  Result<ParsedArgs> parsed =
      ParseArgs({"a", "--out", "o", "--jobs", "8", "--tag", "x", "--tag", "y"}, TestSpec());
  REQUIRE(parsed.has_value());
  CHECK(parsed->Value("--out") == "o");
  CHECK(parsed->Value("--years", "all") == "all");
  CHECK(parsed->Integer("--jobs", 1) == 8);
  CHECK(parsed->Integer("--missing", 3) == 3);
  CHECK(parsed->List("--tag") == std::vector<std::string>{"x", "y"});
  CHECK(parsed->List("--years").empty());
  CHECK(parsed->Has("--out"));
  CHECK_FALSE(parsed->Has("--quiet"));
}

}  // namespace
}  // namespace itapipe
