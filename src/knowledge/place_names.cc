#include "knowledge/place_names.h"

#include "core/utf8.h"
#include "knowledge/measure_table_rules.h"

namespace itapipe {

std::pair<std::string, std::string> CanonicalAgency(std::string_view printed,
                                                    const std::vector<AgencyType>& types) {
  std::string name = WithoutSpaces(printed);
  const AgencyType* best = nullptr;
  size_t best_length = 0;
  std::string rest;
  for (const AgencyType& t : types) {
    std::vector<std::string> forms = t.abbreviations;
    forms.push_back(t.prefix);
    for (const std::string& form : forms) {
      if (name.rfind(form, 0) == 0 && form.size() > best_length) {
        best = &t, best_length = form.size(), rest = name.substr(form.size());
      }
    }
  }
  if (!best) return {"", ""};
  return {best->prefix + rest, best->code};
}

std::string ThaiSkeleton(std::string_view text) {
  std::string out;
  for (char32_t c : DecodeUtf8(text)) {
    bool above = c == 0x0E31 || IsThaiUpperVowel(c) || IsThaiToneMark(c);  // mai han-akat
    if (!above) AppendUtf8(c, out);
  }
  return out;
}

std::string ProvinceAtStart(std::string_view run, const std::vector<std::string>& provinces) {
  for (const std::string& p : provinces)  // longest first
    if (run.substr(0, p.size()) == p) return p;
  std::string run_skeleton = ThaiSkeleton(run);
  const std::string* best = nullptr;
  size_t best_length = 0;
  for (const std::string& p : provinces) {
    std::string skeleton = ThaiSkeleton(p);
    if (skeleton.size() > best_length && run_skeleton.rfind(skeleton, 0) == 0)
      best = &p, best_length = skeleton.size();
  }
  return best ? *best : "";
}

std::string CanonicalDistrict(const std::string& district, const std::string& province) {
  std::string capital = "เมือง" + province;
  if (province.empty() || ThaiSkeleton(district) != ThaiSkeleton(capital)) return district;
  return capital;
}

}  // namespace itapipe
