#pragma once
// An edit distance between Thai names over grapheme clusters, priced for OCR damage.

#include <string>
#include <string_view>
#include <vector>

namespace itapipe {

// s cut into grapheme clusters by Thai character classes: a base character with the marks
// written above or below it (ท่, ชี้, ม). A leading vowel (เ แ โ ใ ไ) and a following vowel
// (ะ า ำ) are clusters of their own; marks at the start or after a leading vowel form one.
std::vector<std::u32string> ThaiClusters(std::string_view s);

// The cost of turning cluster sequence a into b: substituting a cluster with another on the
// same base (a tone mark or upper/lower vowel dropped, added or changed: ท่→ท, นึ่→นึ) costs
// 0.25, as does า for ำ (ท่าช้าง → ทำช้าง costs 0.5); one leading vowel for another 0.5;
// inserting or deleting a leading or following vowel 0.5, stray marks 0.25; any other
// cluster 1. Symmetric; 0 only for equal strings.
double ThaiDistance(std::string_view a, std::string_view b);

}  // namespace itapipe
