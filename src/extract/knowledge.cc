#include "extract/knowledge.h"

#include <algorithm>
#include <set>

#include "core/file.h"
#include "extract/methodology_file.h"

namespace itapipe {

std::string IndicatorPattern(const std::vector<Methodology>& methodologies) {
  std::set<std::string> spellings;
  for (const Methodology& m : methodologies)
    for (const IndicatorDefinition& d : m.indicators)
      spellings.insert(d.spellings.begin(), d.spellings.end());
  std::vector<std::string> sorted(spellings.begin(), spellings.end());
  std::sort(sorted.begin(), sorted.end(),
            [](const auto& a, const auto& b) { return a.size() > b.size(); });
  std::string pattern;
  for (const std::string& s : sorted)
    pattern += (pattern.empty() ? "" : "|") + SpacedLiteralPattern(s);
  return "(?:" + pattern + ")";
}

Result<Knowledge> Knowledge::Load(const std::filesystem::path& models_dir) {
  auto methodologies = LoadMethodologies(models_dir / "methodology");
  if (!methodologies) return methodologies.error();
  auto gazetteer = Gazetteer::Load(models_dir / "gazetteer");
  if (!gazetteer) return gazetteer.error();
  auto rules_path = models_dir / "rules" / "fields.tsv";
  auto rules_text = ReadFile(rules_path);
  if (!rules_text) return rules_text.error();
  auto rules = RuleSet::Compile(*rules_text, rules_path.string(),
                                {{"INDICATOR", IndicatorPattern(*methodologies)}},
                                gazetteer->agency_types());
  if (!rules) return rules.error();
  auto measure_tables = MeasureTableRules::Load(models_dir / "rules" / "measure_tables.tsv");
  if (!measure_tables) return measure_tables.error();
  std::vector<std::string> provinces = gazetteer->Provinces();
  return Knowledge{std::move(*methodologies), std::move(*rules), std::move(provinces),
                   std::move(*measure_tables), std::move(*gazetteer)};
}

}  // namespace itapipe
