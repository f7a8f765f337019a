#pragma once
// Everything the pipeline knows about ITA reports, loaded once from models/.

#include <filesystem>
#include <string>
#include <vector>

#include "core/methodology.h"
#include "core/result.h"
#include "knowledge/gazetteer.h"
#include "knowledge/measure_table_rules.h"
#include "knowledge/rule_set.h"

namespace itapipe {

struct Knowledge {
  std::vector<Methodology> methodologies;  // models/methodology/*.tsv
  RuleSet rules;                           // models/rules/fields.tsv
  std::vector<std::string> provinces;      // the gazetteer's, longest first
  MeasureTableRules measure_tables;        // models/rules/measure_tables.tsv
  Gazetteer gazetteer;                     // models/gazetteer/

  // Reads models_dir; the error names the file at fault.
  static Result<Knowledge> Load(const std::filesystem::path& models_dir);
};

// Alternation of every indicator spelling of every methodology, spaces allowed inside.
std::string IndicatorPattern(const std::vector<Methodology>& methodologies);

}  // namespace itapipe
