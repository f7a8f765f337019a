#include "records/csv.h"

#include <cstddef>
#include <utility>

namespace itapipe {
namespace {

// A plain loop: find_first_of calls memchr once per character, which dominated long rows.
bool NeedsQuotes(std::string_view field) {
  for (char c : field) {
    if (c == '"' || c == ',' || c == '\r' || c == '\n') return true;
  }
  return false;
}

void AppendField(std::string_view field, std::string& out) {
  if (!NeedsQuotes(field)) {
    out.append(field);
    return;
  }
  out.push_back('"');
  for (char c : field) {
    if (c == '"') out.push_back('"');
    out.push_back(c);
  }
  out.push_back('"');
}

// Walks the text once; fields and rows accumulate as the state machine goes.
class CsvParser {
 public:
  explicit CsvParser(std::string_view text) : text_(text) {}

  Result<std::vector<std::vector<std::string>>> Run() {
    while (pos_ < text_.size()) {
      if (!ParseField()) {
        return MakeError(ErrorCode::kInvalidInput,
                         "csv: line " + std::to_string(quote_line_) + ": unterminated quote");
      }
      EndField();
    }
    return std::move(rows_);
  }

 private:
  // Reads one field and the separator after it; false on an unterminated quote.
  bool ParseField() {
    if (text_[pos_] == '"') {
      if (!ParseQuoted()) return false;
    }
    while (pos_ < text_.size()) {
      char c = text_[pos_++];
      if (c == ',') return true;
      if (c == '\n' || (c == '\r' && Peek('\n'))) {
        if (c == '\r') ++pos_;
        ++line_;
        end_row_ = true;
        return true;
      }
      field_.push_back(c);
    }
    end_row_ = true;
    return true;
  }

  bool ParseQuoted() {
    quote_line_ = line_;
    ++pos_;
    while (pos_ < text_.size()) {
      char c = text_[pos_++];
      if (c == '"') {
        if (!Peek('"')) return true;
        ++pos_;
      } else if (c == '\n') {
        ++line_;
      }
      field_.push_back(c);
    }
    return false;
  }

  void EndField() {
    row_.push_back(std::move(field_));
    field_.clear();
    bool trailing_separator = !end_row_ && pos_ == text_.size();
    if (trailing_separator) row_.emplace_back();  // "a," ends with an empty field
    if (!end_row_ && !trailing_separator) return;
    rows_.push_back(std::move(row_));
    row_.clear();
    end_row_ = false;
  }

  bool Peek(char c) const { return pos_ < text_.size() && text_[pos_] == c; }

  std::string_view text_;
  std::size_t pos_ = 0;
  int line_ = 1;
  int quote_line_ = 1;
  bool end_row_ = false;
  std::string field_;
  std::vector<std::string> row_;
  std::vector<std::vector<std::string>> rows_;
};

}  // namespace

std::string SpreadsheetSafe(std::string_view text) {
  std::string out;
  if (!text.empty() && std::string_view("=+-@\t\r").find(text[0]) != std::string_view::npos)
    out.push_back('\'');
  out.append(text);
  return out;
}

std::string FromSpreadsheetSafe(std::string_view cell) {
  bool neutralised = cell.size() >= 2 && cell[0] == '\'' &&
                     std::string_view("=+-@\t\r").find(cell[1]) != std::string_view::npos;
  return std::string(neutralised ? cell.substr(1) : cell);
}

std::string CsvRow(const std::vector<std::string>& fields) {
  std::string out;
  for (std::size_t i = 0; i < fields.size(); ++i) {
    if (i > 0) out.push_back(',');
    AppendField(fields[i], out);
  }
  out.append("\r\n");
  return out;
}

Result<std::vector<std::vector<std::string>>> ParseCsv(std::string_view text) {
  if (text.substr(0, kUtf8Bom.size()) == kUtf8Bom) text.remove_prefix(kUtf8Bom.size());
  return CsvParser(text).Run();
}

}  // namespace itapipe
