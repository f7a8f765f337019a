#include "compare/html_sinks.h"

#include <algorithm>

#include "compare/table_text.h"
#include "records/format.h"

namespace itapipe {
namespace {

// Columns of the "trends" stream (store/compare_queries.h).
enum Trend { kKey, kName, kProvince, kYear, kTotal, kIit, kEit, kOit, kGrade, kMethodology };

std::string Text(const Cell& cell) { return PlainCellText(cell, ColumnKind::kText); }

std::optional<double> Score(const Cell& cell) {
  if (const auto* n = std::get_if<double>(&cell)) return *n;
  return std::nullopt;
}

int Year(const Cell& cell) { return static_cast<int>(Score(cell).value_or(0)); }

constexpr const char* kLegend =
    "<p class=\"legend\"><span><i style=\"background:#1f4e9c\"></i>คะแนนรวม (total)</span>"
    "<span><i style=\"background:#2e9c5a\"></i>IIT</span><span><i "
    "style=\"background:#d08a1c\"></i>EIT</span><span><i style=\"background:#b0397a\"></i>OIT"
    "</span><span>- - - เปลี่ยนวิธีประเมิน (change of method)</span></p>\n";

}  // namespace

std::string HtmlEscape(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

Status HtmlTableSink::BeginTable(std::string_view, const std::vector<Column>& columns) {
  columns_ = columns;
  out_ << "<div><input class=\"filter\" data-target=\"#t-" << id_
       << " tbody tr\" placeholder=\"กรอง (filter)\"></div>\n<div class=\"scroll\"><table "
          "class=\"data\" id=\"t-"
       << id_ << "\"><thead><tr>";
  for (const auto& c : columns) out_ << "<th>" << HtmlEscape(c.name) << "</th>";
  out_ << "</tr></thead><tbody>\n";
  return Status::Ok();
}

Status HtmlTableSink::AddRow(const TableRow& row) {
  out_ << "<tr>";
  for (std::size_t i = 0; i < columns_.size(); ++i) {
    bool number = std::holds_alternative<double>(row[i]);
    out_ << (number ? "<td class=\"n\">" : "<td>")
         << HtmlEscape(PlainCellText(row[i], columns_[i].kind)) << "</td>";
  }
  out_ << "</tr>\n";
  return Status::Ok();
}

Status HtmlTableSink::EndTable() {
  out_ << "</tbody></table></div>\n";
  return Status::Ok();
}

Status ProvinceDistributionSink::BeginTable(std::string_view, const std::vector<Column>&) {
  out_ << "<h2>การกระจายของคะแนนรวมรายจังหวัด (distribution of totals)</h2>\n"
       << "<div><input class=\"filter\" data-target=\"div.province\" "
          "placeholder=\"กรองจังหวัด (filter)\"></div>\n<div class=\"cards\">\n";
  return Status::Ok();
}

Status ProvinceDistributionSink::AddRow(const TableRow& row) {
  std::string province = Text(row[0]);
  if (province != province_) Flush();
  province_ = province;
  counts_.push_back({Year(row[1]), Year(row[2]), static_cast<long long>(Year(row[3]))});
  return Status::Ok();
}

void ProvinceDistributionSink::Flush() {
  if (counts_.empty()) return;
  out_ << "<div class=\"card province\"><h3>" << HtmlEscape(province_) << "</h3>"
       << DistributionSvg(counts_) << "</div>\n";
  counts_.clear();
}

Status ProvinceDistributionSink::EndTable() {
  Flush();
  out_ << "</div>\n";
  return Status::Ok();
}

Status AgencyTrendSink::BeginTable(std::string_view, const std::vector<Column>&) {
  out_ << "<h2>แนวโน้มรายหน่วยงาน (trend of each agency)</h2>\n"
       << kLegend
       << "<div><input class=\"filter\" data-target=\"section.agency\" "
          "placeholder=\"กรองหน่วยงาน (filter)\"></div>\n<div class=\"cards\">\n";
  return Status::Ok();
}

Status AgencyTrendSink::AddRow(const TableRow& row) {
  std::string key = Text(row[kKey]);
  if (key != key_) Flush();
  key_ = key;
  name_ = Text(row[kName]);
  province_ = Text(row[kProvince]);
  points_.push_back({Year(row[kYear]), Score(row[kTotal]), Score(row[kIit]), Score(row[kEit]),
                     Score(row[kOit]), Text(row[kMethodology])});
  grades_.push_back(Text(row[kGrade]));
  return Status::Ok();
}

void AgencyTrendSink::Flush() {
  if (points_.empty()) return;
  out_ << "<section class=\"agency card\" data-agency=\"" << HtmlEscape(key_) << "\"><h3>"
       << HtmlEscape(name_) << " <small>จ." << HtmlEscape(province_) << "</small></h3>"
       << TrendSvg(points_) << "<div class=\"tick\">";
  for (std::size_t i = 0; i < points_.size(); ++i) {
    out_ << (i > 0 ? " · " : "") << points_[i].fiscal_year << " " << FormatScore(points_[i].total)
         << " " << HtmlEscape(grades_[i]);
  }
  out_ << "</div></section>\n";
  points_.clear();
  grades_.clear();
}

Status AgencyTrendSink::EndTable() {
  Flush();
  out_ << "</div>\n";
  return Status::Ok();
}

Status LatestYearSink::AddRow(const TableRow& row) {
  year_ = std::max(year_, Year(row[kYear]));
  return Status::Ok();
}

}  // namespace itapipe
