#include "compare/scope.h"

#include <string_view>

#include "knowledge/place_names.h"
#include "normalize/thai_text.h"
#include "records/format.h"

namespace itapipe {
namespace {

constexpr int kFirstYear = 2400;  // Buddhist Era; anything earlier is a typing slip
constexpr int kLastYear = 2700;

Error Invalid(const std::string& message) { return MakeError(ErrorCode::kInvalidInput, message); }

std::string_view Trimmed(std::string_view s) {
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  return s;
}

std::string WithoutPrefix(std::string_view text, std::initializer_list<std::string_view> prefixes) {
  for (std::string_view p : prefixes) {
    if (text.substr(0, p.size()) == p) return std::string(Trimmed(text.substr(p.size())));
  }
  return std::string(text);
}

Result<std::string> ResolveProvince(const std::string& typed,
                                    const std::vector<std::string>& provinces) {
  std::string text = NormalizeText(typed);
  if (text.empty()) return text;
  std::string name = WithoutPrefix(text, {"จังหวัด", "จ."});
  std::string found = ProvinceAtStart(name, provinces);
  if (found.empty()) {
    return Invalid("--province " + typed + ": not a province of Thailand (write it as after " +
                   "จังหวัด, e.g. ชลบุรี)");
  }
  return found;
}

Result<int> ResolveYear(std::string_view text, const std::string& typed) {
  std::optional<int> year = ParseInt(Trimmed(text));
  if (!year || *year < kFirstYear || *year > kLastYear) {
    return Invalid("--years " + typed + ": give Buddhist Era fiscal years, e.g. 2565-2567");
  }
  return *year;
}

Status ResolveYears(const std::string& typed, CompareScope& scope) {
  std::string text = ThaiDigitsToAscii(typed);
  if (Trimmed(text).empty()) return Status::Ok();
  std::size_t dash = text.find('-');
  Result<int> first = ResolveYear(text.substr(0, dash), typed);
  if (!first) return first.error();
  Result<int> last = dash == std::string::npos ? first : ResolveYear(text.substr(dash + 1), typed);
  if (!last) return last.error();
  if (*last < *first) return Invalid("--years " + typed + ": the first year comes first");
  scope.first_year = *first;
  scope.last_year = *last;
  return Status::Ok();
}

}  // namespace

Result<CompareScope> ResolveScope(const TypedFilters& typed, const std::vector<AgencyType>& types,
                                  const std::vector<std::string>& provinces) {
  CompareScope scope;
  Result<std::string> province = ResolveProvince(typed.province, provinces);
  if (!province) return province.error();
  scope.province = *province;
  if (Status s = ResolveYears(typed.years, scope); !s) return s.error();
  std::string agency = NormalizeText(typed.agency);
  auto [full_name, type] = CanonicalAgency(agency, types);
  scope.agency_exact = !full_name.empty() || agency.empty();
  scope.agency = scope.agency_exact ? full_name : agency;
  return scope;
}

}  // namespace itapipe
