#include "layout/page_layout.h"

namespace itapipe {

std::vector<PageLayout> LayOutPages(const Document& doc, const TableOptions& options) {
  std::vector<PageLayout> layouts;
  layouts.reserve(doc.pages.size());
  for (const Page& page : doc.pages) layouts.push_back(PageLayout{BuildTables(page, options)});
  return layouts;
}

}  // namespace itapipe
