#pragma once
// The tab-separated data files of models/: '#' comments, blank lines ignored.

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"

namespace itapipe {

struct TsvLine {
  int number = 0;  // 1-based line number in the file, for error messages
  std::vector<std::string> fields;
};

std::vector<TsvLine> ParseTsv(std::string_view text);

}  // namespace itapipe
