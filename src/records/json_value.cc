#include "records/json_value.h"

#include <cstddef>

#include "core/utf8.h"

namespace itapipe {
namespace {

// Nesting deeper than this is not something itapipe writes; refusing it bounds recursion.
constexpr int kMaxDepth = 64;

class Parser {
 public:
  explicit Parser(std::string_view text) : text_(text) {}

  Result<JsonValue> ParseAll() {
    JsonValue value;
    if (!Value(value, 0)) return Failure();
    SkipSpace();
    if (pos_ != text_.size()) return Failure();
    return value;
  }

 private:
  Error Failure() const {
    return MakeError(ErrorCode::kInvalidInput,
                     "JSON: unexpected text at offset " + std::to_string(pos_));
  }

  void SkipSpace() {
    while (pos_ < text_.size() && (text_[pos_] == ' ' || text_[pos_] == '\t' ||
                                   text_[pos_] == '\n' || text_[pos_] == '\r'))
      ++pos_;
  }

  bool Literal(std::string_view word) {
    if (text_.substr(pos_, word.size()) != word) return false;
    pos_ += word.size();
    return true;
  }

  bool Value(JsonValue& out, int depth) {
    SkipSpace();
    if (pos_ >= text_.size() || depth > kMaxDepth) return false;
    char c = text_[pos_];
    if (c == '{') return Object(out, depth);
    if (c == '[') return Array(out, depth);
    if (c == '"') {
      out.type = JsonValue::Type::kString;
      return String(out.text);
    }
    if (Literal("null")) return true;
    out.type = JsonValue::Type::kBool;
    if (Literal("true")) return out.boolean = true;
    if (Literal("false")) return true;
    return Number(out);
  }

  bool Number(JsonValue& out) {
    std::size_t start = pos_;
    while (pos_ < text_.size() &&
           std::string_view("+-.eE0123456789").find(text_[pos_]) != std::string_view::npos)
      ++pos_;
    out.type = JsonValue::Type::kNumber;
    out.text = std::string(text_.substr(start, pos_ - start));
    return pos_ > start;
  }

  bool Array(JsonValue& out, int depth) {
    out.type = JsonValue::Type::kArray;
    ++pos_;
    SkipSpace();
    if (Literal("]")) return true;
    for (;;) {
      out.items.emplace_back();
      if (!Value(out.items.back(), depth + 1)) return false;
      SkipSpace();
      if (Literal("]")) return true;
      if (!Literal(",")) return false;
    }
  }

  bool Object(JsonValue& out, int depth) {
    out.type = JsonValue::Type::kObject;
    ++pos_;
    SkipSpace();
    if (Literal("}")) return true;
    for (;;) {
      SkipSpace();
      std::string key;
      if (!Literal("\"") || (--pos_, !String(key))) return false;
      SkipSpace();
      if (!Literal(":")) return false;
      out.members.emplace_back(std::move(key), JsonValue{});
      if (!Value(out.members.back().second, depth + 1)) return false;
      SkipSpace();
      if (Literal("}")) return true;
      if (!Literal(",")) return false;
    }
  }

  bool String(std::string& out) {
    ++pos_;  // the opening quote
    while (pos_ < text_.size()) {
      char c = text_[pos_++];
      if (c == '"') return true;
      if (static_cast<unsigned char>(c) < 0x20) return false;
      if (c != '\\') {
        out.push_back(c);
      } else if (!Escape(out)) {
        return false;
      }
    }
    return false;
  }

  bool Escape(std::string& out) {
    if (pos_ >= text_.size()) return false;
    char c = text_[pos_++];
    constexpr std::string_view kFrom = "\"\\/bfnrt", kTo = "\"\\/\b\f\n\r\t";
    if (std::size_t i = kFrom.find(c); i != std::string_view::npos) {
      out.push_back(kTo[i]);
      return true;
    }
    if (c != 'u') return false;
    char32_t unit = 0;
    if (!Hex4(unit)) return false;
    if (unit >= 0xD800 && unit <= 0xDBFF && Literal("\\u")) {
      char32_t low = 0;
      if (!Hex4(low) || low < 0xDC00 || low > 0xDFFF) return false;
      unit = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00);
    }
    AppendUtf8(unit, out);
    return true;
  }

  bool Hex4(char32_t& unit) {
    if (pos_ + 4 > text_.size()) return false;
    for (int i = 0; i < 4; ++i) {
      char c = text_[pos_++];
      int digit = c >= '0' && c <= '9'   ? c - '0'
                  : c >= 'a' && c <= 'f' ? c - 'a' + 10
                  : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                         : -1;
      if (digit < 0) return false;
      unit = unit * 16 + static_cast<char32_t>(digit);
    }
    return true;
  }

  std::string_view text_;
  std::size_t pos_ = 0;
};

}  // namespace

const JsonValue* JsonValue::Find(std::string_view key) const {
  for (const auto& [name, value] : members) {
    if (name == key) return &value;
  }
  return nullptr;
}

Result<JsonValue> ParseJson(std::string_view text) { return Parser(text).ParseAll(); }

}  // namespace itapipe
