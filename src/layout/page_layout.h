#pragma once
// A document's page layout, built once: each page's tables, which every consumer (the page
// text the field rules read, the measure tables) then shares instead of building its own.

#include <vector>

#include "core/document.h"
#include "layout/table.h"
#include "layout/table_builder.h"

namespace itapipe {

struct PageLayout {
  std::vector<Table> tables;  // top to bottom, as BuildTables finds them
};

// One PageLayout per page of doc, in page order.
std::vector<PageLayout> LayOutPages(const Document& doc, const TableOptions& options = {});

}  // namespace itapipe
