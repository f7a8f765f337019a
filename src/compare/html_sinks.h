#pragma once
// The parts of the HTML report, each a TableSink fed by one of the store's streams and
// writing HTML as the rows come.

#include <ostream>
#include <string>
#include <vector>

#include "compare/svg_charts.h"
#include "core/table.h"

namespace itapipe {

// text with &, <, >, " and ' escaped for HTML text and attribute values.
std::string HtmlEscape(const std::string& text);

// A table (class "data", id "t-<id>") with a filter box above it.
class HtmlTableSink : public TableSink {
 public:
  HtmlTableSink(std::ostream& out, std::string id) : out_(out), id_(std::move(id)) {}
  Status BeginTable(std::string_view name, const std::vector<Column>& columns) override;
  Status AddRow(const TableRow& row) override;
  Status EndTable() override;

 private:
  std::ostream& out_;
  std::string id_;
  std::vector<Column> columns_;
};

// One card per province with the distribution of totals (the "distribution" stream).
class ProvinceDistributionSink : public TableSink {
 public:
  explicit ProvinceDistributionSink(std::ostream& out) : out_(out) {}
  Status BeginTable(std::string_view name, const std::vector<Column>& columns) override;
  Status AddRow(const TableRow& row) override;
  Status EndTable() override;

 private:
  void Flush();

  std::ostream& out_;
  std::string province_;
  std::vector<BandCount> counts_;
};

// One card per agency with its trend (the "trends" stream, sorted by agency).
class AgencyTrendSink : public TableSink {
 public:
  explicit AgencyTrendSink(std::ostream& out) : out_(out) {}
  Status BeginTable(std::string_view name, const std::vector<Column>& columns) override;
  Status AddRow(const TableRow& row) override;
  Status EndTable() override;

 private:
  void Flush();

  std::ostream& out_;
  std::string key_;
  std::string name_;
  std::string province_;
  std::vector<TrendPoint> points_;
  std::vector<std::string> grades_;
};

// Writes nothing; remembers the latest fiscal year of the "trends" stream.
class LatestYearSink : public TableSink {
 public:
  Status BeginTable(std::string_view, const std::vector<Column>&) override { return {}; }
  Status AddRow(const TableRow& row) override;
  Status EndTable() override { return {}; }
  int year() const { return year_; }

 private:
  int year_ = 0;
};

}  // namespace itapipe
