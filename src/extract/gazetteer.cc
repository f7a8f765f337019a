#include "extract/gazetteer.h"

#include <algorithm>
#include <limits>
#include <map>
#include <set>

#include "core/file.h"
#include "core/tsv_file.h"
#include "extract/thai_distance.h"

namespace itapipe {
namespace {

// A name OCR damaged is taken for a gazetteer name at most this far (ThaiDistance), and at
// most kMaxDistancePerCluster times that name's clusters: a short name tolerates marks only.
constexpr double kMaxDistance = 1.5;
constexpr double kMaxDistancePerCluster = 0.4;
// A nearest name is the single match only when every other is this much farther.
constexpr double kAmbiguityMargin = 0.5;

const std::string kCapitalPrefix = "เมือง";

// A gazetteer name a read name may be, with its code and the rank of its level among the
// levels looked up (0 = preferred).
struct Candidate {
  std::string name;
  std::string code;
  int rank = 0;
};

// The codes of name among candidates, at the best rank it has.
std::vector<std::string> CodesOf(const std::string& name, const std::vector<Candidate>& all) {
  int best_rank = std::numeric_limits<int>::max();
  for (const Candidate& c : all)
    if (c.name == name) best_rank = std::min(best_rank, c.rank);
  std::set<std::string> codes;
  for (const Candidate& c : all)
    if (c.name == name && c.rank == best_rank) codes.insert(c.code);
  return {codes.begin(), codes.end()};
}

bool WithinDamage(double distance, const std::string& name) {
  return distance <= kMaxDistance &&
         distance <= kMaxDistancePerCluster * double(ThaiClusters(name).size());
}

PlaceMatch Nearest(std::string_view read, const std::vector<Candidate>& candidates) {
  for (const Candidate& c : candidates)
    if (c.name == read) return {MatchKind::kExact, c.name, CodesOf(c.name, candidates)};
  std::map<std::string, double> distances;
  for (const Candidate& c : candidates)
    if (!distances.count(c.name)) distances[c.name] = ThaiDistance(read, c.name);
  auto best = std::min_element(distances.begin(), distances.end(),
                               [](const auto& a, const auto& b) { return a.second < b.second; });
  if (best == distances.end() || !WithinDamage(best->second, best->first)) return {};
  for (const auto& [name, distance] : distances)
    if (name != best->first && distance < best->second + kAmbiguityMargin)
      return {MatchKind::kAmbiguous, "", {}};
  return {MatchKind::kNear, best->first, CodesOf(best->first, candidates)};
}

Result<PlaceLevel> ParseLevel(const std::string& word) {
  if (word == "subdistrict") return PlaceLevel::kSubdistrict;
  if (word == "district") return PlaceLevel::kDistrict;
  if (word == "province") return PlaceLevel::kProvince;
  return MakeError(ErrorCode::kInvalidInput, "unknown place level: " + word);
}

std::vector<std::string> Words(const std::string& s) {
  std::vector<std::string> words;
  for (size_t start = 0; start < s.size();) {
    size_t space = std::min(s.find(' ', start), s.size());
    if (space > start) words.push_back(s.substr(start, space - start));
    start = space + 1;
  }
  return words;
}

Result<AgencyType> ParseType(const std::vector<std::string>& f) {
  AgencyType type{f[1], f[0], {}, {}};
  if (f.size() > 3) type.abbreviations = Words(f[3]);
  if (f[2] == "-") return type;
  for (const std::string& word : Words(f[2])) {
    auto level = ParseLevel(word);
    if (!level) return level.error();
    type.named_after.push_back(*level);
  }
  return type;
}

bool IsCode(const std::string& s, size_t digits) {
  return s.size() == digits &&
         std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

Result<Place> ParsePlace(const std::vector<std::string>& f) {
  if (f.size() != 6) return MakeError(ErrorCode::kInvalidInput, "want 6 fields");
  Place p{f[0], f[1], f[2], f[3], f[4], f[5]};
  bool nested = p.district_code.rfind(p.province_code, 0) == 0 &&
                p.subdistrict_code.rfind(p.district_code, 0) == 0;
  if (!IsCode(p.province_code, 2) || !IsCode(p.district_code, 4) ||
      !IsCode(p.subdistrict_code, 6) || !nested)
    return MakeError(ErrorCode::kInvalidInput, "malformed codes");
  return p;
}

}  // namespace

Result<Gazetteer> Gazetteer::Parse(std::string_view places_tsv, std::string_view types_tsv,
                                   std::string_view name) {
  Gazetteer g;
  for (const TsvLine& line : ParseTsv(places_tsv)) {
    auto place = ParsePlace(line.fields);
    if (!place)
      return MakeError(ErrorCode::kInvalidInput, std::string(name) + ": places.tsv: line " +
                                                     std::to_string(line.number) + ": " +
                                                     place.error().message);
    g.places_.push_back(std::move(*place));
  }
  for (const TsvLine& line : ParseTsv(types_tsv)) {
    auto type = line.fields.size() >= 3 ? ParseType(line.fields)
                                        : MakeError(ErrorCode::kInvalidInput, "want 3-4 fields");
    if (!type)
      return MakeError(ErrorCode::kInvalidInput, std::string(name) + ": agency_types.tsv: line " +
                                                     std::to_string(line.number) + ": " +
                                                     type.error().message);
    g.agency_types_.push_back(std::move(*type));
  }
  std::sort(g.places_.begin(), g.places_.end(),
            [](const Place& a, const Place& b) { return a.subdistrict_code < b.subdistrict_code; });
  return g;
}

Result<Gazetteer> Gazetteer::Load(const std::filesystem::path& dir) {
  auto places = ReadFile(dir / "places.tsv");
  if (!places) return places.error();
  auto types = ReadFile(dir / "agency_types.tsv");
  if (!types) return types.error();
  return Parse(*places, *types, dir.string());
}

std::vector<std::string> Gazetteer::Provinces() const {
  std::set<std::string> names;
  for (const Place& p : places_) names.insert(p.province);
  std::vector<std::string> sorted(names.begin(), names.end());
  std::stable_sort(sorted.begin(), sorted.end(),
                   [](const auto& a, const auto& b) { return a.size() > b.size(); });
  return sorted;
}

const AgencyType* Gazetteer::FindType(std::string_view code) const {
  for (const AgencyType& t : agency_types_)
    if (t.code == code) return &t;
  return nullptr;
}

PlaceMatch Gazetteer::MatchProvince(std::string_view name) const {
  std::vector<Candidate> candidates;
  for (const Place& p : places_) candidates.push_back({p.province, p.province_code, 0});
  return Nearest(name, candidates);
}

PlaceMatch Gazetteer::MatchDistrict(std::string_view province, std::string_view name) const {
  std::vector<Candidate> candidates;
  for (const Place& p : places_)
    if (p.province == province) candidates.push_back({p.district, p.district_code, 0});
  return Nearest(name, candidates);
}

PlaceMatch Gazetteer::MatchAgencyPlace(const AgencyType& type, std::string_view name,
                                       std::string_view district, std::string_view province) const {
  bool district_known = std::any_of(places_.begin(), places_.end(), [&](const Place& p) {
    return p.province == province && p.district == district;
  });
  std::vector<Candidate> candidates;
  for (int rank = 0; rank < int(type.named_after.size()); ++rank) {
    for (const Place& p : places_) {
      if (p.province != province) continue;
      bool in_district = !district_known || p.district == district;
      switch (type.named_after[rank]) {
        case PlaceLevel::kSubdistrict:
          if (in_district) candidates.push_back({p.subdistrict, p.subdistrict_code, rank});
          break;
        case PlaceLevel::kDistrict:
          if (!in_district) break;
          candidates.push_back({p.district, p.district_code, rank});
          if (p.district.rfind(kCapitalPrefix, 0) == 0 && p.district.size() > kCapitalPrefix.size())
            candidates.push_back({p.district.substr(kCapitalPrefix.size()), p.district_code, rank});
          break;
        case PlaceLevel::kProvince:
          candidates.push_back({p.province, p.province_code, rank});
          break;
      }
    }
  }
  return Nearest(name, candidates);
}

}  // namespace itapipe
