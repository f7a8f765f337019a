#include "core/tsv_file.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace itapipe {

TEST_CASE("ParseTsv splits record lines at every tab, skipping comments and blank lines") {
  using Lines = std::vector<TsvLine>;
  struct {
    const char* in;
    Lines want;
  } cases[] = {
      {"", {}},
      {"a\tb\n", {{1, {"a", "b"}}}},
      {"a\tb", {{1, {"a", "b"}}}},
      {"# comment\n\na\n", {{3, {"a"}}}},
      {"a\t\tc\t\n", {{1, {"a", "", "c", ""}}}},
      {"a\r\nb\tc\r\n", {{1, {"a"}}, {2, {"b", "c"}}}},
      {"\r\n#x\tno\n \n", {{3, {" "}}}},
      {"ชื่อ\tค่า\n", {{1, {"ชื่อ", "ค่า"}}}},
      {" # not a comment\n", {{1, {" # not a comment"}}}},
  };
  for (const auto& c : cases) CHECK_MESSAGE(ParseTsv(c.in) == c.want, c.in);
}

}  // namespace itapipe
