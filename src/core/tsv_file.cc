#include "core/tsv_file.h"

namespace itapipe {

std::vector<TsvLine> ParseTsv(std::string_view text) {
  std::vector<TsvLine> lines;
  int number = 0;
  while (!text.empty()) {
    size_t end = text.find('\n');
    std::string_view line = text.substr(0, end);
    text = end == std::string_view::npos ? std::string_view() : text.substr(end + 1);
    ++number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line.front() == '#') continue;
    TsvLine parsed{number, {}};
    for (size_t start = 0;;) {
      size_t tab = line.find('\t', start);
      parsed.fields.emplace_back(line.substr(start, tab - start));
      if (tab == std::string_view::npos) break;
      start = tab + 1;
    }
    lines.push_back(std::move(parsed));
  }
  return lines;
}

}  // namespace itapipe
