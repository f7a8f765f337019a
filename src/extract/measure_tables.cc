#include "extract/measure_tables.h"

#include <algorithm>
#include <optional>
#include <string>

#include "extract/measure_rows.h"
#include "extract/table_continuation.h"
#include "layout/text_lines.h"

namespace itapipe {
namespace {

// The tool a line of text names: an explicit code first (the earliest in the line), else a
// tool title; empty when none.
std::string ToolOfLine(const std::string& text, const MeasureTableRules& rules) {
  std::string spaceless = MatchKey(text);
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

// The tool named by the lowest line of text between y = top and y = bottom outside tables.
std::string ToolBetween(const Page& page, double top, double bottom,
                        const std::vector<Table>& tables, const MeasureTableRules& rules) {
  std::vector<const Word*> words;
  for (const Word& word : page.words) {
    double y = word.box.center_y();
    if (y <= top || y >= bottom) continue;
    if (!AnyHolds(tables, word.box)) words.push_back(&word);
  }
  std::vector<TextLine> lines = GroupIntoLines(std::move(words));
  for (auto line = lines.rbegin(); line != lines.rend(); ++line) {
    std::string tool = ToolOfLine(CleanCellText(line->text, rules), rules);
    if (!tool.empty()) return tool;
  }
  return "";
}

// The tool named by the nearest line above `table` and below any other table above it.
std::string ToolAbove(const Page& page, const Table& table, const std::vector<Table>& tables,
                      const MeasureTableRules& rules) {
  double floor = 0;
  for (const Table& other : tables) {
    if (other.box.bottom <= table.box.top) floor = std::max(floor, other.box.bottom);
  }
  return ToolBetween(page, floor, table.box.top, tables, rules);
}

// The tool named below the page's last table: a title the page break parted from its table.
std::string ToolAtFoot(const Page& page, const std::vector<Table>& tables,
                       const MeasureTableRules& rules) {
  double floor = 0;
  for (const Table& table : tables) floor = std::max(floor, table.box.bottom);
  return ToolBetween(page, floor, page.height > 0 ? page.height : 1e9, tables, rules);
}

// What reading a page leaves for the next.
struct ReadState {
  std::optional<TableTrail> trail;  // the last measure table read
  std::string foot_tool;            // the tool named below the last table of the page before
};

bool Continues(const std::optional<TableTrail>& trail, const Table& table) {
  return trail && (trail->page == table.page || trail->page + 1 == table.page);
}

// What a table on a new page takes over from the measure table on the page before.
struct Carry {
  const TableTrail* trail = nullptr;  // nullptr: the table goes on from no table
  bool cut_row = false;               // its first data row may be the rest of a cut row
  Measure above;                      // the last measure read before the table
};

void ReadTable(const Table& table, const MeasureColumns& columns, const std::string& tool,
               const MeasureTableRules& rules, const Carry& carry, std::vector<Measure>& out) {
  for (int r = columns.first_data_row; r < table.rows; ++r) {
    std::optional<Measure> measure = ReadMeasureRow(table, r, columns, rules);
    if (!measure) continue;
    if (carry.cut_row && r == columns.first_data_row && !out.empty() &&
        (IsSplitRowTail(*measure) || ContinuesCutCells(*carry.trail, table, r, rules))) {
      MergeTail(*measure, out);
      continue;
    }
    if (carry.trail) {
      FillCarriedCells(*carry.trail, table, r, columns, rules, carry.above, *measure);
    }
    measure->tool = tool;
    measure->page = table.page;
    if (!table.ruled)
      measure->confidence = std::min(measure->confidence, rules.borderless_confidence);
    out.push_back(std::move(*measure));
  }
}

// The columns of `table` from its own header (once a header the break cut is stitched back),
// else from the table it continues; nullopt for a table that is not a measure table.
std::optional<MeasureColumns> ColumnsOf(Table& table, bool next_page,
                                        const std::optional<TableTrail>& trail,
                                        const MeasureTableRules& rules) {
  if (next_page) StitchHeader(*trail, table, rules);
  std::optional<MeasureColumns> columns = FindMeasureColumns(table, rules);
  if (!columns && next_page) {
    columns = ContinueColumns(table, RolesByPosition(*trail, table), rules);
  }
  return columns;
}

// Reads the page's tables; a copy, since a header cut by a page break is stitched in place.
void ReadPage(const Page& page, std::vector<Table> tables, const MeasureTableRules& rules,
              ReadState& state, std::vector<Measure>& out) {
  std::optional<TableTrail>& trail = state.trail;
  for (size_t i = 0; i < tables.size(); ++i) {
    Table& table = tables[i];
    bool next_page = i == 0 && trail && ContinuesOnNextPage(*trail, table);
    bool own_header = FindMeasureColumns(table, rules).has_value();
    std::optional<MeasureColumns> columns = ColumnsOf(table, next_page, trail, rules);
    if (!columns) continue;
    bool cut_row = next_page && trail->at_foot && !trail->header_only &&
                   (!own_header || columns->roles == trail->columns.roles);
    std::string tool = ToolAbove(page, table, tables, rules);
    if (tool.empty() && i == 0) tool = state.foot_tool;
    if (tool.empty() && Continues(trail, table)) tool = trail->tool;
    Carry carry;
    if (next_page && !trail->header_only && !out.empty()) {
      carry = Carry{&*trail, cut_row, out.back()};
    }
    ReadTable(table, *columns, tool, rules, carry, out);
    trail = MakeTrail(page, table, *columns, tool);
  }
  state.foot_tool = ToolAtFoot(page, tables, rules);
}

// A header's column roles may lie on this many consecutive lines: a header of narrow cells
// read line by line, as a table without rulings whose columns were not found is.
constexpr size_t kHeaderLines = 10;
// Distinct column roles a header names (issue, approach, measure, owner, period, status).
constexpr size_t kMeasureTableRoles = 4;

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  size_t start = 0;
  for (size_t end; (end = text.find('\n', start)) != std::string::npos; start = end + 1)
    lines.push_back(text.substr(start, end - start));
  if (start < text.size()) lines.push_back(text.substr(start));
  return lines;
}

size_t RolesIn(const std::string& spaceless, const MeasureTableRules& rules) {
  std::vector<ColumnRole> roles;
  for (const HeaderKeyword& keyword : rules.headers) {
    if (keyword.role == ColumnRole::kNone || keyword.role == ColumnRole::kIgnored) continue;
    if (spaceless.find(keyword.text) == std::string::npos) continue;
    if (std::find(roles.begin(), roles.end(), keyword.role) == roles.end())
      roles.push_back(keyword.role);
  }
  return roles.size();
}

bool ShowsMeasureHeader(const PageContent& page, const MeasureTableRules& rules) {
  std::vector<std::string> lines = Lines(page.text);
  for (size_t first = 0; first < lines.size(); ++first) {
    std::string window;
    for (size_t i = first; i < lines.size() && i < first + kHeaderLines; ++i) window += lines[i];
    if (RolesIn(MatchKey(window), rules) >= kMeasureTableRoles) return true;
  }
  return false;
}

}  // namespace

std::vector<int> PagesWithUnreadMeasures(const std::vector<PageContent>& pages,
                                         const std::vector<Measure>& measures,
                                         const MeasureTableRules& rules) {
  std::vector<int> unread;
  for (const PageContent& page : pages) {
    bool read = std::any_of(measures.begin(), measures.end(),
                            [&](const Measure& m) { return m.page == page.page; });
    if (!read && ShowsMeasureHeader(page, rules)) unread.push_back(page.page);
  }
  return unread;
}

std::vector<Measure> ExtractMeasures(const Document& doc, const std::vector<PageLayout>& layouts,
                                     const MeasureTableRules& rules) {
  std::vector<Measure> measures;
  ReadState state;
  for (size_t i = 0; i < doc.pages.size(); ++i)
    ReadPage(doc.pages[i], layouts[i].tables, rules, state, measures);
  return measures;
}

std::vector<Measure> ExtractMeasures(const Document& doc, const MeasureTableRules& rules,
                                     const TableOptions& options) {
  return ExtractMeasures(doc, LayOutPages(doc, options), rules);
}

}  // namespace itapipe
