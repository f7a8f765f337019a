#pragma once
// Tab-separated text, split one way everywhere (the files of models/, the samples' truth):
// one record per line, '#' comments and blank lines skipped, CR LF accepted.

#include <string>
#include <string_view>
#include <vector>

namespace itapipe {

struct TsvLine {
  int number = 0;                   // 1-based line number in the file, for error messages
  std::vector<std::string> fields;  // never empty; a line without a tab is one field

  bool operator==(const TsvLine&) const = default;
};

// The record lines of text, each split at every tab (empty fields kept).
std::vector<TsvLine> ParseTsv(std::string_view text);

}  // namespace itapipe
