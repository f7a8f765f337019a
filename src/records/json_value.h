#pragma once
// A parsed JSON value, for reading back the lines itapipe writes itself (journal, workers).

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/result.h"

namespace itapipe {

struct JsonValue {
  enum class Type { kNull, kBool, kNumber, kString, kArray, kObject };

  Type type = Type::kNull;
  bool boolean = false;
  std::string text;  // a string's bytes, or a number as written
  std::vector<JsonValue> items;
  std::vector<std::pair<std::string, JsonValue>> members;  // in the order written

  // The member named key, or nullptr.
  const JsonValue* Find(std::string_view key) const;

  bool operator==(const JsonValue&) const = default;
};

// Parses one JSON text. Strings may hold any bytes that are not quotes, backslashes or
// control characters (file names need not be UTF-8). Errors are kInvalidInput with the offset.
Result<JsonValue> ParseJson(std::string_view text);

}  // namespace itapipe
