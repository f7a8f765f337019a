#include "records/csv.h"

#include <doctest/doctest.h>

namespace itapipe {

using Rows = std::vector<std::vector<std::string>>;

TEST_CASE("CsvRow quotes only fields that need it") {
  struct {
    std::vector<std::string> in;
    std::string want;
  } cases[] = {
      {{}, "\r\n"},
      {{"a"}, "a\r\n"},
      {{"a", "", "b"}, "a,,b\r\n"},
      {{"x,y"}, "\"x,y\"\r\n"},
      {{"say \"hi\""}, "\"say \"\"hi\"\"\"\r\n"},
      {{"two\nlines", "cr\r"}, "\"two\nlines\",\"cr\r\"\r\n"},
      {{"เทศบาลเมือง ปากช่อง", "77.98"}, "เทศบาลเมือง ปากช่อง,77.98\r\n"},
  };
  for (const auto& c : cases) CHECK(CsvRow(c.in) == c.want);
}

TEST_CASE("ParseCsv reads rows with BOM, quotes and both line ends") {
  struct {
    std::string in;
    Rows want;
  } cases[] = {
      {"", {}},
      {"a", {{"a"}}},
      {"a,b\r\nc,d\r\n", {{"a", "b"}, {"c", "d"}}},
      {"a,b\nc,d", {{"a", "b"}, {"c", "d"}}},
      {"\xEF\xBB\xBFid,name\r\n", {{"id", "name"}}},
      {"a,\r\n,b\r\n", {{"a", ""}, {"", "b"}}},
      {"a,", {{"a", ""}}},
      {"\"x,y\",\"say \"\"hi\"\"\"\r\n", {{"x,y", "say \"hi\""}}},
      {"\"two\r\nlines\",z\r\n", {{"two\r\nlines", "z"}}},
      {"\r\n", {{""}}},
      {"\"\"", {{""}}},
      {"ก,๒๕๖๖\n", {{"ก", "๒๕๖๖"}}},
  };
  for (const auto& c : cases) {
    auto rows = ParseCsv(c.in);
    REQUIRE(rows.has_value());
    CHECK(*rows == c.want);
  }
}

TEST_CASE("ParseCsv reads back what CsvRow writes") {
  std::vector<std::string> fields = {"", "a\"b", "c,d", "e\r\nf", "g\nh", "ไทย"};
  auto rows = ParseCsv(CsvRow(fields) + CsvRow({"x"}));
  REQUIRE(rows.has_value());
  CHECK(*rows == Rows{fields, {"x"}});
}

TEST_CASE("ParseCsv reports an unterminated quote with its line") {
  struct {
    std::string in;
    std::string want;
  } cases[] = {
      {"\"abc", "csv: line 1: unterminated quote"},
      {"a,b\r\nc,\"d\ne", "csv: line 2: unterminated quote"},
  };
  for (const auto& c : cases) {
    auto rows = ParseCsv(c.in);
    REQUIRE_FALSE(rows.has_value());
    CHECK(rows.error().code == ErrorCode::kInvalidInput);
    CHECK(rows.error().message == c.want);
  }
}

TEST_CASE("SpreadsheetSafe neutralises what a spreadsheet would run as a formula") {
  struct {
    const char* in;
    const char* want;
  } cases[] = {{"", ""},       {"=1+1", "'=1+1"}, {"+66 81", "'+66 81"}, {"-", "'-"},
               {"@x", "'@x"},  {"\tx", "'\tx"},   {"\rx", "'\rx"},       {"a=1", "a=1"},
               {"ผ่าน", "ผ่าน"}, {" =1", " =1"}};
  for (const auto& c : cases) {
    CHECK(SpreadsheetSafe(c.in) == c.want);
    CHECK(FromSpreadsheetSafe(SpreadsheetSafe(c.in)) == c.in);
  }
  CHECK(FromSpreadsheetSafe("'quoted'") == "'quoted'");  // not one of ours: kept
}

}  // namespace itapipe
