// compare_truth: checks `itapipe extract` output against the ground truth of samples/.
//   compare_truth OUT_DIR TRUTH_TSV SOURCE_FILE [KNOWN_MISSES_TSV]
//       prints each miss; exit 1 if any, except misses listed for the file in
//       KNOWN_MISSES_TSV (printed as KNOWN), and then also exit 1 when a listed miss is
//       correct now (printed as FIXED: the list must shrink with it)
//   compare_truth --summary OUT_DIR TRUTH_DIR     markdown accuracy per sample set (known
//       misses count as misses)
// Exit status: 0 ok, 1 misses (single mode) or unreadable input, 2 usage.

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <map>
#include <string>
#include <vector>

#include "core/file.h"
#include "e2e/truth.h"
#include "records/csv.h"

namespace fs = std::filesystem;
using namespace itapipe;

namespace {

// The three CSV files of an output directory.
struct Output {
  std::string reports, indicators, measures;
};

Result<Output> ReadOutput(const fs::path& dir) {
  Output out;
  for (auto [name, text] :
       {std::pair{"reports.csv", &out.reports}, std::pair{"indicators.csv", &out.indicators},
        std::pair{"measures.csv", &out.measures}}) {
    auto content = ReadFile(dir / name);
    if (!content) return content.error();
    *text = std::move(*content);
  }
  return out;
}

Result<std::vector<FieldResult>> Compare(const Output& out, const fs::path& truth_path,
                                         const std::string& source) {
  auto text = ReadFile(truth_path);
  if (!text) return text.error();
  auto want = ParseTruth(*text);
  if (!want)
    return MakeError(ErrorCode::kInvalidInput, truth_path.string() + ": " + want.error().message);
  auto got = ReadOutputFor(out.reports, out.indicators, out.measures, source);
  if (!got && got.error().code != ErrorCode::kNotFound) return got.error();
  std::vector<FieldResult> results = CompareTruth(*want, got ? *got : Truth{});
  if (!got) results.insert(results.begin(), {"source_file", source, "", false});
  return results;
}

Result<std::vector<KnownMiss>> ReadKnownMisses(const std::string& path) {
  if (path.empty()) return std::vector<KnownMiss>{};
  auto text = ReadFile(path);
  if (!text) return text.error();
  auto known = ParseKnownMisses(*text);
  if (!known) return MakeError(ErrorCode::kInvalidInput, path + ": " + known.error().message);
  return known;
}

void PrintMiss(const char* kind, const FieldResult& r) {
  std::cout << kind << " " << r.field << ": want '" << r.want << "' got '" << r.got << "'\n";
}

int RunSingle(const fs::path& out_dir, const fs::path& truth_path, const std::string& source,
              const std::string& known_path) {
  auto out = ReadOutput(out_dir);
  if (!out) return std::cerr << out.error().message << "\n", 1;
  auto known = ReadKnownMisses(known_path);
  if (!known) return std::cerr << known.error().message << "\n", 1;
  auto results = Compare(*out, truth_path, source);
  if (!results) return std::cerr << results.error().message << "\n", 1;
  MissReview review = ReviewMisses(*results, fs::path(source).filename().string(), *known);
  for (const auto& r : review.unknown) PrintMiss("MISS", r);
  for (const auto& r : review.known) PrintMiss("KNOWN", r);
  for (const auto& field : review.fixed) {
    std::cout << "FIXED " << field << ": listed in " << known_path
              << " but no longer missed; remove it from the list\n";
  }
  size_t misses = review.unknown.size() + review.known.size();
  std::cout << source << ": " << results->size() - misses << "/" << results->size()
            << " values correct";
  if (!review.known.empty()) std::cout << " (" << review.known.size() << " known misses)";
  std::cout << "\n";
  return review.ok() ? 0 : 1;
}

// Accuracy of one sample set.
struct SetScore {
  std::map<std::string, std::pair<int, int>> by_field;  // category -> correct, total
  int documents = 0, perfect = 0;
  std::vector<std::string> misses;
};

void Tally(const std::string& file, const std::vector<FieldResult>& results, SetScore& set) {
  bool perfect = true;
  for (const auto& r : results) {
    auto& [correct, total] = set.by_field[FieldCategory(r.field)];
    ++total;
    correct += r.ok;
    if (r.ok) continue;
    perfect = false;
    set.misses.push_back("- `" + file + "` " + r.field + ": want `" + r.want + "` got `" + r.got +
                         "`");
  }
  ++set.documents;
  set.perfect += perfect;
}

std::string Percent(int correct, int total) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f %%", total ? 100.0 * correct / total : 0.0);
  return buf;
}

void PrintSet(const std::string& name, const SetScore& set) {
  std::cout << "\n## " << name << " (" << set.documents << " documents, " << set.perfect
            << " fully correct)\n\n| field | correct | total | accuracy |\n"
            << "| --- | ---: | ---: | ---: |\n";
  int correct = 0, total = 0;
  for (const auto& [field, counts] : set.by_field) {
    std::cout << "| " << field << " | " << counts.first << " | " << counts.second << " | "
              << Percent(counts.first, counts.second) << " |\n";
    correct += counts.first;
    total += counts.second;
  }
  std::cout << "| **all** | " << correct << " | " << total << " | " << Percent(correct, total)
            << " |\n";
  if (set.misses.empty()) return;
  std::cout << "\nMisses:\n";
  for (const auto& m : set.misses) std::cout << m << "\n";
}

// Sources named in reports.csv.
Result<std::vector<std::string>> Sources(const std::string& reports_csv) {
  auto rows = ParseCsv(reports_csv);
  if (!rows) return rows.error();
  std::vector<std::string> out;
  if (rows->empty()) return out;
  const auto& header = (*rows)[0];
  size_t col = std::find(header.begin(), header.end(), "source_file") - header.begin();
  for (size_t r = 1; r < rows->size(); ++r) {
    if (col < (*rows)[r].size()) out.push_back((*rows)[r][col]);
  }
  return out;
}

std::string SetRank(const std::string& set) {
  if (set == "born-digital") return "0" + set;
  if (set == "holdout") return "1" + set;
  if (set == "bad") return "2" + set;
  return "3" + set;
}

int RunSummary(const fs::path& out_dir, const fs::path& truth_dir) {
  auto out = ReadOutput(out_dir);
  if (!out) return std::cerr << out.error().message << "\n", 1;
  auto sources = Sources(out->reports);
  if (!sources) return std::cerr << "reports.csv: " << sources.error().message << "\n", 1;
  std::map<std::string, SetScore> sets;  // SetRank -> score
  std::map<std::string, bool> seen;      // truth stem -> has an output row
  for (const auto& entry : fs::directory_iterator(truth_dir)) {
    if (entry.path().extension() == ".tsv") seen[entry.path().stem().string()] = false;
  }
  for (const auto& source : *sources) {
    fs::path path(source);
    std::string stem = path.stem().string();
    if (!seen.count(stem)) continue;
    seen[stem] = true;
    auto results = Compare(*out, truth_dir / (stem + ".tsv"), source);
    if (!results) return std::cerr << results.error().message << "\n", 1;
    Tally(path.filename().string(), *results,
          sets[SetRank(path.parent_path().filename().string())]);
  }
  std::cout << "# Accuracy of " << out_dir.string() << " against " << truth_dir.string() << "\n";
  for (const auto& [rank, set] : sets) PrintSet(rank.substr(1), set);
  for (const auto& [stem, found] : seen) {
    if (!found) std::cout << "\nNo output row for truth file `" << stem << ".tsv`\n";
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.size() == 3 && args[0] == "--summary") return RunSummary(args[1], args[2]);
  bool single = (args.size() == 3 || args.size() == 4) && args[0].rfind("--", 0) != 0;
  if (single) return RunSingle(args[0], args[1], args[2], args.size() == 4 ? args[3] : "");
  std::cerr << "usage: compare_truth OUT_DIR TRUTH_TSV SOURCE_FILE [KNOWN_MISSES_TSV]\n"
               "       compare_truth --summary OUT_DIR TRUTH_DIR\n";
  return 2;
}
