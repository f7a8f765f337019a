#include "extract/measure_tables.h"

#include <algorithm>
#include <optional>
#include <string>

#include "extract/measure_rows.h"
#include "extract/text_lines.h"

namespace itapipe {
namespace {

bool Inside(const Box& outer, double x, double y) {
  return x >= outer.left && x <= outer.right && y >= outer.top && y <= outer.bottom;
}

// The tool a line of text names: an explicit code first (the earliest in the line), else a
// tool title; empty when none.
std::string ToolOfLine(const std::string& text, const MeasureTableRules& rules) {
  std::string spaceless = WithoutSpaces(text);
  size_t best = std::string::npos;
  std::string tool;
  for (const auto& [code, name] : rules.tool_codes) {
    size_t at = spaceless.find(code);
    if (at < best) {
      best = at;
      tool = name;
    }
  }
  for (const auto& [title, name] : rules.tool_titles) {
    if (tool.empty() && spaceless.find(title) != std::string::npos) tool = name;
  }
  return tool;
}

// The tool named by the nearest line above `table` and below any other table above it.
std::string ToolAbove(const Page& page, const Table& table, const std::vector<Table>& tables,
                      const MeasureTableRules& rules) {
  double floor = 0;
  for (const Table& other : tables) {
    if (other.box.bottom <= table.box.top) floor = std::max(floor, other.box.bottom);
  }
  std::vector<const Word*> words;
  for (const Word& word : page.words) {
    double y = word.box.center_y();
    if (y <= floor || y >= table.box.top) continue;
    bool in_table = false;
    for (const Table& other : tables) in_table |= Inside(other.box, word.box.center_x(), y);
    if (!in_table) words.push_back(&word);
  }
  std::vector<TextLine> lines = GroupIntoLines(std::move(words));
  for (auto line = lines.rbegin(); line != lines.rend(); ++line) {
    std::string tool = ToolOfLine(CleanCellText(line->text, rules), rules);
    if (!tool.empty()) return tool;
  }
  return "";
}

// A table that ends this close to the foot of its page (share of the page height) may have
// been cut by the page break.
constexpr double kFootShare = 0.2;

// The last measure table read, which a table without header or title may continue.
struct Previous {
  int page = 0;
  int cols = 0;
  bool at_foot = false;  // ends near the foot of its page
  MeasureColumns columns;
  std::string tool;
};

bool Continues(const std::optional<Previous>& previous, const Table& table) {
  return previous && (previous->page == table.page || previous->page + 1 == table.page);
}

// True when `table`, the first on its page, may go on with the previous measure table.
bool ContinuesOnNextPage(const std::optional<Previous>& previous, const Table& table, size_t i) {
  return previous && i == 0 && previous->page + 1 == table.page && previous->cols == table.cols;
}

bool AtFoot(const Page& page, const Table& table) {
  return page.height <= 0 || page.height - table.box.bottom < kFootShare * page.height;
}

// A row cut by a page break continues at the top of the next page without its short cells
// (owner, period, a check mark), which sit at the top of the row on the first page.
bool IsSplitRowTail(const Measure& m) {
  return m.owner.empty() && m.period.empty() &&
         (m.status == MeasureStatus::kUnknown || !m.result.empty());
}

void Append(std::string& field, const std::string& tail) {
  if (tail.empty()) return;
  field = JoinLines({TextLine{Box{}, field}, TextLine{Box{}, tail}});
}

// Appends the tail's texts to the last measure and, for a merged cell whose text was cut,
// to the rows before it that share the cut value.
void MergeTail(const Measure& tail, std::vector<Measure>& out) {
  std::string Measure::*fields[] = {&Measure::issue, &Measure::approach, &Measure::measure,
                                    &Measure::owner, &Measure::period,   &Measure::result};
  for (auto field : fields) {
    std::string cut = out.back().*field;
    for (size_t i = out.size(); i-- > 0 && out[i].*field == cut;) {
      Append(out[i].*field, tail.*field);
      if (cut.empty()) break;
    }
  }
  if (out.back().status == MeasureStatus::kUnknown) out.back().status = tail.status;
}

void ReadTable(const Table& table, const MeasureColumns& columns, const std::string& tool,
               const MeasureTableRules& rules, bool may_continue_row, std::vector<Measure>& out) {
  for (int r = columns.first_data_row; r < table.rows; ++r) {
    std::optional<Measure> measure = ReadMeasureRow(table, r, columns, rules);
    if (!measure) continue;
    if (may_continue_row && r == columns.first_data_row && !out.empty() &&
        IsSplitRowTail(*measure)) {
      MergeTail(*measure, out);
      continue;
    }
    measure->tool = tool;
    measure->page = table.page;
    out.push_back(std::move(*measure));
  }
}

void ReadPage(const Page& page, const MeasureTableRules& rules, const TableOptions& options,
              std::optional<Previous>& previous, std::vector<Measure>& out) {
  std::vector<Table> tables = BuildTables(page, options);
  for (size_t i = 0; i < tables.size(); ++i) {
    const Table& table = tables[i];
    std::optional<MeasureColumns> columns = FindMeasureColumns(table, rules);
    bool next_page = ContinuesOnNextPage(previous, table, i);
    if (!columns && next_page) {
      columns = previous->columns;
      columns->first_data_row = 0;
    }
    if (!columns) continue;
    bool cut_row = next_page && previous->at_foot && columns->roles == previous->columns.roles;
    std::string tool = ToolAbove(page, table, tables, rules);
    if (tool.empty() && Continues(previous, table)) tool = previous->tool;
    ReadTable(table, *columns, tool, rules, cut_row, out);
    previous = Previous{table.page, table.cols, AtFoot(page, table), *columns, tool};
  }
}

}  // namespace

std::vector<Measure> ExtractMeasures(const Document& doc, const MeasureTableRules& rules,
                                     const TableOptions& options) {
  std::vector<Measure> measures;
  std::optional<Previous> previous;
  for (const Page& page : doc.pages) ReadPage(page, rules, options, previous, measures);
  return measures;
}

}  // namespace itapipe
