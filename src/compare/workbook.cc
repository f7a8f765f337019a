#include "compare/workbook.h"

#include <xlsxwriter.h>

#include <system_error>

#include "compare/table_text.h"

namespace itapipe {
namespace {

// Excel's last row index is 1,048,575; row 0 is the header.
constexpr lxw_row_t kMaxDataRows = 1048575;
// A face with Thai glyphs on Windows and macOS; Excel substitutes where it is missing.
constexpr const char* kFont = "Tahoma";
constexpr double kColumnWidth = 16;

}  // namespace

struct WorkbookSink::State {
  std::filesystem::path path;
  std::filesystem::path temp_path;
  lxw_workbook* workbook = nullptr;
  lxw_worksheet* sheet = nullptr;
  lxw_format* header = nullptr;
  lxw_format* text = nullptr;
  lxw_format* score = nullptr;
  lxw_format* integer = nullptr;
  std::string table;
  std::vector<Column> columns;
  int part = 0;
  lxw_row_t row = 0;
};

namespace {

lxw_format* NewFormat(lxw_workbook* workbook, const char* number_format, bool bold) {
  lxw_format* format = workbook_add_format(workbook);
  format_set_font_name(format, kFont);
  if (number_format != nullptr) format_set_num_format(format, number_format);
  if (bold) format_set_bold(format);
  return format;
}

Error XlsxError(const std::filesystem::path& path, lxw_error error) {
  return MakeError(ErrorCode::kIo, path.string() + ": " + lxw_strerror(error));
}

lxw_format* FormatOf(const WorkbookSink::State& s, ColumnKind kind) {
  switch (kind) {
    case ColumnKind::kScore:
      return s.score;
    case ColumnKind::kInteger:
      return s.integer;
    default:
      return s.text;
  }
}

lxw_error WriteCell(WorkbookSink::State& s, lxw_col_t col, const Cell& cell, ColumnKind kind) {
  if (std::holds_alternative<std::monostate>(cell)) return LXW_NO_ERROR;
  bool numeric = kind == ColumnKind::kScore || kind == ColumnKind::kInteger;
  if (const auto* number = std::get_if<double>(&cell); number && numeric) {
    return worksheet_write_number(s.sheet, s.row, col, *number, FormatOf(s, kind));
  }
  std::string text = PlainCellText(cell, kind);
  return worksheet_write_string(s.sheet, s.row, col, text.c_str(), s.text);
}

}  // namespace

WorkbookSink::WorkbookSink(std::unique_ptr<State> state) : state_(std::move(state)) {}

WorkbookSink::~WorkbookSink() {
  if (state_->workbook != nullptr) {
    workbook_close(state_->workbook);
    std::error_code ec;
    std::filesystem::remove(state_->temp_path, ec);
  }
}

Result<std::unique_ptr<WorkbookSink>> WorkbookSink::Create(const std::filesystem::path& path) {
  auto state = std::make_unique<State>();
  state->path = path;
  state->temp_path = path;
  state->temp_path += ".tmp";
  lxw_workbook_options options{};
  options.constant_memory = LXW_TRUE;
  state->workbook = workbook_new_opt(state->temp_path.c_str(), &options);
  if (state->workbook == nullptr) {
    return MakeError(ErrorCode::kIo, path.string() + ": cannot create workbook");
  }
  state->header = NewFormat(state->workbook, "@", true);
  state->text = NewFormat(state->workbook, "@", false);
  state->score = NewFormat(state->workbook, "0.00", false);
  state->integer = NewFormat(state->workbook, "0", false);
  return std::unique_ptr<WorkbookSink>(new WorkbookSink(std::move(state)));
}

Status WorkbookSink::StartSheet() {
  State& s = *state_;
  std::string name = s.table;
  if (++s.part > 1) name += "_" + std::to_string(s.part);
  s.sheet = workbook_add_worksheet(s.workbook, name.c_str());
  if (s.sheet == nullptr) return MakeError(ErrorCode::kIo, s.path.string() + ": sheet " + name);
  auto last = static_cast<lxw_col_t>(s.columns.size() - 1);
  worksheet_set_column(s.sheet, 0, last, kColumnWidth, nullptr);
  worksheet_freeze_panes(s.sheet, 1, 0);
  for (lxw_col_t c = 0; c <= last; ++c) {
    lxw_error e = worksheet_write_string(s.sheet, 0, c, s.columns[c].name.c_str(), s.header);
    if (e != LXW_NO_ERROR) return XlsxError(s.path, e);
  }
  s.row = 0;
  return Status::Ok();
}

Status WorkbookSink::BeginTable(std::string_view name, const std::vector<Column>& columns) {
  state_->table = std::string(name);
  state_->columns = columns;
  state_->part = 0;
  return StartSheet();
}

Status WorkbookSink::AddRow(const TableRow& row) {
  State& s = *state_;
  if (s.row == kMaxDataRows) {
    if (Status st = StartSheet(); !st) return st;
  }
  ++s.row;
  for (std::size_t c = 0; c < s.columns.size(); ++c) {
    lxw_error e = WriteCell(s, static_cast<lxw_col_t>(c), row[c], s.columns[c].kind);
    if (e != LXW_NO_ERROR) return XlsxError(s.path, e);
  }
  return Status::Ok();
}

Status WorkbookSink::EndTable() { return Status::Ok(); }

Status WorkbookSink::Close() {
  lxw_error e = workbook_close(state_->workbook);
  state_->workbook = nullptr;
  if (e != LXW_NO_ERROR) return XlsxError(state_->path, e);
  std::error_code ec;
  std::filesystem::rename(state_->temp_path, state_->path, ec);
  if (ec) return MakeError(ErrorCode::kIo, state_->path.string() + ": " + ec.message());
  return Status::Ok();
}

}  // namespace itapipe
