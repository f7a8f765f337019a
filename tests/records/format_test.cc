#include "records/format.h"

#include <doctest/doctest.h>

#include <cmath>
#include <limits>
#include <string>

namespace itapipe {

TEST_CASE("FormatScore writes two decimals, rounding the decimal half away from zero") {
  struct {
    double in;
    const char* want;
  } cases[] = {
      {89, "89.00"},
      {77.98, "77.98"},
      {93.378, "93.38"},
      {60.725, "60.73"},
      {85.59, "85.59"},
      {1.005, "1.01"},
      {2.675, "2.68"},
      {0.125, "0.13"},
      {0.124999, "0.12"},
      {99.995, "100.00"},
      {0, "0.00"},
      {0.001, "0.00"},
      {-0.001, "0.00"},
      {-1.005, "-1.01"},
      {-12.5, "-12.50"},
      {100, "100.00"},
      {0.98, "0.98"},
      {1e-20, "0.00"},
      {123456.785, "123456.79"},
  };
  for (const auto& c : cases) {
    CAPTURE(c.in);
    CHECK(FormatScore(c.in) == c.want);
  }
  CHECK(FormatScore(std::numeric_limits<double>::infinity()) == "inf");
  CHECK(FormatScore(std::nan("")) == "nan");
}

TEST_CASE("ParseScore and ParseInt accept whole numbers only") {
  struct {
    const char* in;
    std::optional<double> want;
  } scores[] = {{"77.98", 77.98},     {"89", 89.0},         {"-1.5", -1.5},      {"", std::nullopt},
                {"7x", std::nullopt}, {" 7", std::nullopt}, {"+7", std::nullopt}};
  for (const auto& c : scores) CHECK(ParseScore(c.in) == c.want);
  struct {
    const char* in;
    std::optional<int> want;
  } ints[] = {{"2565", 2565},
              {"0", 0},
              {"-3", -3},
              {"", std::nullopt},
              {"25.6", std::nullopt},
              {"99999999999", std::nullopt}};
  for (const auto& c : ints) CHECK(ParseInt(c.in) == c.want);
}

TEST_CASE("StatusName and its parsers are inverse") {
  struct {
    MeasureStatus status;
    const char* name;
  } measures[] = {{MeasureStatus::kDone, "done"},
                  {MeasureStatus::kInProgress, "in_progress"},
                  {MeasureStatus::kNotDone, "not_done"},
                  {MeasureStatus::kUnknown, "unknown"}};
  for (const auto& c : measures) {
    CHECK(StatusName(c.status) == c.name);
    CHECK(ParseMeasureStatus(c.name) == c.status);
  }
  struct {
    ReportStatus status;
    const char* name;
  } reports[] = {{ReportStatus::kOk, "ok"},
                 {ReportStatus::kPartial, "partial"},
                 {ReportStatus::kFailed, "failed"}};
  for (const auto& c : reports) {
    CHECK(StatusName(c.status) == c.name);
    CHECK(ParseReportStatus(c.name) == c.status);
  }
  CHECK_FALSE(ParseMeasureStatus("Done").has_value());
  CHECK_FALSE(ParseReportStatus("").has_value());
}

TEST_CASE("Base64 follows RFC 4648") {
  struct {
    std::string in;
    const char* want;
  } cases[] = {{"", ""},        {"f", "Zg=="},          {"fo", "Zm8="},
               {"foo", "Zm9v"}, {"foobar", "Zm9vYmFy"}, {std::string("\xff\x00\xbc", 3), "/wC8"}};
  for (const auto& c : cases) CHECK(Base64(c.in) == c.want);
}

}  // namespace itapipe
