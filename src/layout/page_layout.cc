#include "layout/page_layout.h"

#include <algorithm>

#include "layout/whitespace_tables.h"

namespace itapipe {

PageLayout LayOutPage(const Page& page, const TableOptions& options) {
  PageLayout layout{BuildTables(page, options)};
  // OCR words are too uneven for gutters yet: stray marks and misjoined words bridge them or
  // open false ones, and on the scanned samples borderless tables lost more than they gained.
  if (page.source == TextSource::kOcr) return layout;
  for (Table& table : FindWhitespaceTables(page, layout.tables))
    layout.tables.push_back(std::move(table));
  std::stable_sort(layout.tables.begin(), layout.tables.end(), ReadsBefore);
  return layout;
}

std::vector<PageLayout> LayOutPages(const Document& doc, const TableOptions& options) {
  std::vector<PageLayout> layouts;
  layouts.reserve(doc.pages.size());
  for (const Page& page : doc.pages) layouts.push_back(LayOutPage(page, options));
  return layouts;
}

}  // namespace itapipe
