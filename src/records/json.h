#pragma once
// Just enough JSON writing for records.jsonl: escaped strings and objects built in order.

#include <string>
#include <string_view>
#include <vector>

namespace itapipe {

// s as a JSON string literal: quotes, backslashes and control characters escaped, other
// UTF-8 kept as is.
std::string JsonString(std::string_view s);

// "[a,b]" from values that are already JSON text.
std::string JsonArray(const std::vector<std::string>& values);

// A JSON object whose members keep the order they were added in.
class JsonObject {
 public:
  // Adds key with value, which must already be JSON text (see JsonString).
  JsonObject& Add(std::string_view key, std::string_view json_value);

  // "{...}"
  std::string Text() const { return "{" + members_ + "}"; }

 private:
  std::string members_;
};

}  // namespace itapipe
