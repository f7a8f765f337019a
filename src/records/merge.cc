#include "records/merge.h"

#include <optional>
#include <string_view>
#include <system_error>
#include <utility>

#include "core/file.h"
#include "core/sha256.h"
#include "records/csv.h"
#include "records/json_value.h"
#include "records/schema.h"

namespace itapipe {
namespace {

namespace fs = std::filesystem;

// One input's rows in every file, as the shard that read it wrote them.
struct Slot {
  std::string report;  // its reports.csv row, or "" while no shard has given it
  std::string indicators;
  std::string measures;
  std::string record;
  const ShardFolder* from = nullptr;
};

Error Invalid(const fs::path& where, const std::string& what) {
  return MakeError(ErrorCode::kInvalidInput, where.string() + ": " + what);
}

// The file of dir called name, checked against the SHA-256 the manifest gives it.
Result<std::string> ReadListedFile(const fs::path& dir, const JsonValue& sums,
                                   const std::string& name) {
  const JsonValue* sum = sums.Find(name);
  if (sum == nullptr)
    return Invalid(dir, std::string("not the output of `itapipe extract --shard I/N` (") + name +
                            " is not in its " + kManifestName + "): run that shard again");
  Result<std::string> text = ReadFile(dir / name);
  if (!text || Sha256Hex(*text) != sum->text)
    return Invalid(dir / name, std::string("does not match ") + kManifestName +
                                   " (changed or damaged since it was written): run its shard "
                                   "again");
  return std::move(*text);
}

// The manifest's table of checksums, {"name": "sha256", ...}.
Result<JsonValue> ReadSums(const fs::path& dir) {
  Result<std::string> text = ReadFile(dir / kManifestName);
  if (!text)
    return Invalid(dir, std::string("no ") + kManifestName +
                            ": not the output folder of a finished `itapipe extract --shard` "
                            "(an unfinished shard? run it again)");
  Result<JsonValue> manifest = ParseJson(*text);
  const JsonValue* sums = manifest ? manifest->Find("sha256") : nullptr;
  if (sums == nullptr) return Invalid(dir / kManifestName, "damaged: run its shard again");
  return *sums;
}

// The rows of one CSV file after its header, each written again as it was: CsvRow of what
// ParseCsv read gives back the bytes the writer wrote.
Result<std::vector<std::vector<std::string>>> CsvBody(const ShardFolder& shard,
                                                      const std::string& name,
                                                      const std::vector<std::string>& header) {
  auto rows = ParseCsv(shard.files.at(name));
  if (!rows) return Invalid(shard.dir / name, rows.error().message);
  if (rows->empty() || rows->front() != header)
    return Invalid(shard.dir / name,
                   "its columns differ from this itapipe's: merge with the itapipe that wrote "
                   "the shards (itapipe " +
                       shard.info.version + ")");
  rows->erase(rows->begin());
  for (std::size_t i = 0; i < rows->size(); ++i) {
    if ((*rows)[i].size() != header.size())
      return Invalid(shard.dir / name, "row " + std::to_string(i + 2) + " has " +
                                           std::to_string((*rows)[i].size()) + " cells, not " +
                                           std::to_string(header.size()) + ": run its shard again");
  }
  return rows;
}

std::vector<std::string> JsonlLines(std::string_view text) {
  std::vector<std::string> lines;
  for (std::size_t end; (end = text.find('\n')) != std::string_view::npos;) {
    lines.emplace_back(text.substr(0, end + 1));
    text.remove_prefix(end + 1);
  }
  return lines;
}

// The places in reports.csv's columns of the report columns child rows start with.
std::vector<std::size_t> ParentPlaces(const std::vector<std::string_view>& parent) {
  std::vector<std::string> header = ReportsHeader();
  std::vector<std::size_t> places;
  for (std::string_view name : parent) {
    for (std::size_t i = 0; i < header.size(); ++i)
      if (header[i] == name) places.push_back(i);
  }
  return places;
}

// Takes the next `count` child rows (from next), checking each starts with its report's cells.
Result<std::string> TakeChildren(const std::vector<std::vector<std::string>>& rows,
                                 std::size_t& next, std::size_t count,
                                 const std::vector<std::string>& report,
                                 const std::vector<std::size_t>& parent, const fs::path& file) {
  std::string text;
  for (std::size_t end = next + count; next < end; ++next) {
    if (next >= rows.size()) return Invalid(file, "fewer rows than its shard description says");
    for (std::size_t k = 0; k < parent.size(); ++k) {
      if (rows[next].size() <= k || rows[next][k] != report[parent[k]])
        return Invalid(file, "row " + std::to_string(next + 2) + " is not of the report its " +
                                 "shard description puts there");
    }
    text += CsvRow(rows[next]);
  }
  return text;
}

// The rows of every file of one shard, grouped into the slots of the inputs it read.
struct ShardTables {
  std::vector<std::vector<std::string>> reports, indicators, measures;
  std::vector<std::string> records;
};

Result<ShardTables> ReadTables(const ShardFolder& shard) {
  auto reports = CsvBody(shard, "reports.csv", ReportsHeader());
  if (!reports) return reports.error();
  auto indicators = CsvBody(shard, "indicators.csv", IndicatorsHeader());
  if (!indicators) return indicators.error();
  auto measures = CsvBody(shard, "measures.csv", MeasuresHeader());
  if (!measures) return measures.error();
  ShardTables tables{std::move(*reports), std::move(*indicators), std::move(*measures),
                     JsonlLines(shard.files.at("records.jsonl"))};
  std::size_t count = shard.info.rows.size();
  if (tables.reports.size() != count || tables.records.size() != count)
    return Invalid(shard.dir, "reports.csv or records.jsonl does not have the " +
                                  std::to_string(count) + " reports its " + kShardFileName +
                                  " lists: run its shard again");
  return tables;
}

Status FillSlots(const ShardFolder& shard, std::vector<Slot>& slots) {
  Result<ShardTables> t = ReadTables(shard);
  if (!t) return t.error();
  static const std::vector<std::size_t> kIndicatorParent = ParentPlaces(IndicatorParentColumns());
  static const std::vector<std::size_t> kMeasureParent = ParentPlaces(MeasureParentColumns());
  std::size_t next_indicator = 0, next_measure = 0;
  for (std::size_t i = 0; i < shard.info.rows.size(); ++i) {
    const ShardInfo::Row& row = shard.info.rows[i];
    Slot& slot = slots[row.input];
    static const std::size_t kSourceFile = ParentPlaces({"source_file"}).front();
    if (slot.from != nullptr)
      return Invalid(shard.dir, "input " + std::to_string(row.input + 1) + " (" +
                                    t->reports[i].at(kSourceFile) + ") is also in " +
                                    slot.from->dir.string() + ": give each shard once");
    auto ind = TakeChildren(t->indicators, next_indicator, row.indicators, t->reports[i],
                            kIndicatorParent, shard.dir / "indicators.csv");
    if (!ind) return ind.error();
    auto mea = TakeChildren(t->measures, next_measure, row.measures, t->reports[i], kMeasureParent,
                            shard.dir / "measures.csv");
    if (!mea) return mea.error();
    slot = Slot{CsvRow(t->reports[i]), std::move(*ind), std::move(*mea), t->records[i], &shard};
  }
  if (next_indicator != t->indicators.size() || next_measure != t->measures.size())
    return Invalid(shard.dir, std::string("more indicator or measure rows than its ") +
                                  kShardFileName + " says: run its shard again");
  return Status::Ok();
}

// The shards are the N shards of one batch, each once, written by one itapipe.
Status CheckShards(const std::vector<ShardFolder>& shards) {
  const ShardInfo& first = shards.front().info;
  std::vector<const ShardFolder*> by_index(first.count + 1, nullptr);
  for (const ShardFolder& shard : shards) {
    const ShardInfo& info = shard.info;
    if (info.count != first.count || info.inputs_sha256 != first.inputs_sha256 ||
        info.inputs != first.inputs)
      return Invalid(shard.dir, "not a shard of the same batch as " + shards.front().dir.string() +
                                    " (other inputs, or another N; inputs changed while the "
                                    "shards ran?): run every shard again with the same inputs");
    if (info.version != first.version)
      return Invalid(shard.dir, "written by itapipe " + info.version + ", " +
                                    shards.front().dir.string() + " by itapipe " + first.version +
                                    ": run every shard with one itapipe");
    if (info.reading != first.reading)
      return Invalid(shard.dir,
                     "read with another build of itapipe, other models or other "
                     "reading options (--no-ocr, --ocr-languages, --no-number-pass) "
                     "than " +
                         shards.front().dir.string() +
                         ": run every shard with the same command and itapipe");
    if (by_index[info.index] != nullptr)
      return Invalid(shard.dir, "shard " + std::to_string(info.index) + "/" +
                                    std::to_string(info.count) + " again (also " +
                                    by_index[info.index]->dir.string() + "): give each shard once");
    by_index[info.index] = &shard;
  }
  for (int i = 1; i <= first.count; ++i) {
    if (by_index[i] == nullptr)
      return MakeError(ErrorCode::kInvalidInput,
                       "shard " + std::to_string(i) + "/" + std::to_string(first.count) +
                           " is missing: give the output folders of all " +
                           std::to_string(first.count) + " shards");
  }
  return Status::Ok();
}

// The files of no reports are each file's start (BOM and header): the rows follow.
std::vector<OutputFile> Assemble(const std::vector<Slot>& slots) {
  std::vector<OutputFile> files = RecordFiles({}, "");
  for (const Slot& slot : slots) {
    files[0].contents += slot.report;
    files[1].contents += slot.indicators;
    files[2].contents += slot.measures;
    files[3].contents += slot.record;
  }
  return files;
}

}  // namespace

Result<ShardFolder> ReadShardFolder(const fs::path& dir) {
  std::error_code ec;
  if (!fs::is_directory(dir, ec))
    return MakeError(ErrorCode::kNotFound, dir.string() + ": no such folder");
  Result<JsonValue> sums = ReadSums(dir);
  if (!sums) return sums.error();
  Result<std::string> description = ReadListedFile(dir, *sums, kShardFileName);
  if (!description) return description.error();
  Result<ShardInfo> info = ParseShardJson(*description);
  if (!info) return Invalid(dir, info.error().message);
  ShardFolder folder{dir, std::move(*info), {}};
  for (const OutputFile& file : RecordFiles({}, "")) {
    Result<std::string> text = ReadListedFile(dir, *sums, file.name);
    if (!text) return text.error();
    folder.files[file.name] = std::move(*text);
  }
  return folder;
}

Result<std::vector<OutputFile>> MergeShards(const std::vector<ShardFolder>& shards) {
  if (shards.empty()) return MakeError(ErrorCode::kInvalidInput, "no shard folders to merge");
  if (Status s = CheckShards(shards); !s) return s.error();
  std::vector<Slot> slots(shards.front().info.inputs);
  for (const ShardFolder& shard : shards) {
    if (Status s = FillSlots(shard, slots); !s) return s.error();
  }
  for (std::size_t i = 0; i < slots.size(); ++i) {
    if (slots[i].from == nullptr)
      return MakeError(ErrorCode::kInvalidInput,
                       "input " + std::to_string(i + 1) + " of " + std::to_string(slots.size()) +
                           " is in no shard's records: run every shard again");
  }
  return Assemble(slots);
}

}  // namespace itapipe
