#pragma once
// Compare's filters as staff type them, resolved to the names the store keeps.

#include <string>
#include <vector>

#include "core/result.h"
#include "core/table.h"
#include "knowledge/rule_set.h"

namespace itapipe {

// The filters as typed; an empty one does not filter.
struct TypedFilters {
  std::string agency;  // "ทม.ปากช่อง", "เทศบาลเมืองปากช่อง" or part of a name ("ปากช่อง")
  std::string province;  // "ชลบุรี", "จังหวัดชลบุรี", "จ. ชลบุรี"
  std::string years;  // "2565-2567", "๒๕๖๖", "2566"
};

// The scope the filters name. Thai digits become Arabic; จังหวัด/จ. are dropped and the
// province must be one of provinces (kInvalidInput naming it otherwise); an agency written
// with a type prefix or abbreviation (ทม., อบต., ...) is matched whole in its full form, any
// other text as part of a name; years are one Buddhist Era year or a range A-B.
Result<CompareScope> ResolveScope(const TypedFilters& typed, const std::vector<AgencyType>& types,
                                  const std::vector<std::string>& provinces);

}  // namespace itapipe
