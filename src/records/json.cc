#include "records/json.h"

#include <cstddef>

namespace itapipe {
namespace {

void AppendEscaped(char c, std::string& out) {
  switch (c) {
    case '"':
      out += "\\\"";
      return;
    case '\\':
      out += "\\\\";
      return;
    case '\b':
      out += "\\b";
      return;
    case '\f':
      out += "\\f";
      return;
    case '\n':
      out += "\\n";
      return;
    case '\r':
      out += "\\r";
      return;
    case '\t':
      out += "\\t";
      return;
    default:
      break;
  }
  auto byte = static_cast<unsigned char>(c);
  if (byte >= 0x20) {
    out.push_back(c);
    return;
  }
  constexpr char kHex[] = "0123456789abcdef";
  out += "\\u00";
  out.push_back(kHex[byte >> 4]);
  out.push_back(kHex[byte & 0xF]);
}

}  // namespace

std::string JsonString(std::string_view s) {
  std::string out = "\"";
  for (char c : s) AppendEscaped(c, out);
  out.push_back('"');
  return out;
}

std::string JsonArray(const std::vector<std::string>& values) {
  std::string out = "[";
  for (std::size_t i = 0; i < values.size(); ++i) {
    if (i > 0) out.push_back(',');
    out += values[i];
  }
  out.push_back(']');
  return out;
}

JsonObject& JsonObject::Add(std::string_view key, std::string_view json_value) {
  if (!members_.empty()) members_.push_back(',');
  members_ += JsonString(key);
  members_.push_back(':');
  members_ += json_value;
  return *this;
}

}  // namespace itapipe
