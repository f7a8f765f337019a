#include "records/shard_info.h"

#include <charconv>
#include <optional>

#include "records/json.h"
#include "records/json_value.h"

namespace itapipe {
namespace {

std::string Number(std::size_t n) { return std::to_string(n); }

std::optional<std::size_t> ReadNumber(const JsonValue* value) {
  if (value == nullptr || value->type != JsonValue::Type::kNumber) return std::nullopt;
  std::size_t n = 0;
  const std::string& t = value->text;
  auto [end, ec] = std::from_chars(t.data(), t.data() + t.size(), n);
  if (ec != std::errc() || end != t.data() + t.size()) return std::nullopt;
  return n;
}

std::optional<std::string> ReadString(const JsonValue* value) {
  if (value == nullptr || value->type != JsonValue::Type::kString) return std::nullopt;
  return value->text;
}

// A row is [input, indicators, measures]: the file stays small for a large shard.
std::optional<ShardInfo::Row> ReadRow(const JsonValue& value) {
  if (value.type != JsonValue::Type::kArray || value.items.size() != 3) return std::nullopt;
  auto input = ReadNumber(&value.items[0]);
  auto indicators = ReadNumber(&value.items[1]);
  auto measures = ReadNumber(&value.items[2]);
  if (!input || !indicators || !measures) return std::nullopt;
  return ShardInfo::Row{*input, *indicators, *measures};
}

Error Invalid(const std::string& what) {
  return MakeError(ErrorCode::kInvalidInput, std::string(kShardFileName) + ": " + what);
}

}  // namespace

std::vector<ShardInfo::Row> ShardRows(const std::vector<Report>& reports,
                                      const std::vector<std::size_t>& places) {
  std::vector<ShardInfo::Row> rows;
  for (std::size_t i = 0; i < reports.size(); ++i)
    rows.push_back({places[i], reports[i].indicators.size(), reports[i].measures.size()});
  return rows;
}

std::string ShardJson(const ShardInfo& info) {
  std::vector<std::string> rows;
  for (const ShardInfo::Row& r : info.rows)
    rows.push_back(JsonArray({Number(r.input), Number(r.indicators), Number(r.measures)}));
  return JsonObject()
             .Add("shard", std::to_string(info.index))
             .Add("of", std::to_string(info.count))
             .Add("inputs", Number(info.inputs))
             .Add("inputs_sha256", JsonString(info.inputs_sha256))
             .Add("version", JsonString(info.version))
             .Add("reading", JsonString(info.reading))
             .Add("rows", JsonArray(rows))
             .Text() +
         "\n";
}

Result<ShardInfo> ParseShardJson(std::string_view text) {
  Result<JsonValue> json = ParseJson(text);
  if (!json) return Invalid(json.error().message);
  auto index = ReadNumber(json->Find("shard"));
  auto count = ReadNumber(json->Find("of"));
  auto inputs = ReadNumber(json->Find("inputs"));
  auto digest = ReadString(json->Find("inputs_sha256"));
  auto version = ReadString(json->Find("version"));
  auto reading = ReadString(json->Find("reading"));
  const JsonValue* rows = json->Find("rows");
  if (!index || !count || !inputs || !digest || !version || !reading || rows == nullptr ||
      rows->type != JsonValue::Type::kArray || *index < 1 || *index > *count || *count > 1 << 20)
    return Invalid("not a shard description");
  ShardInfo info{
      static_cast<int>(*index), static_cast<int>(*count), *inputs, *digest, *version, *reading, {}};
  for (const JsonValue& item : rows->items) {
    std::optional<ShardInfo::Row> row = ReadRow(item);
    if (!row || row->input >= info.inputs) return Invalid("a row that is not [input, n, n]");
    info.rows.push_back(*row);
  }
  return info;
}

}  // namespace itapipe
