#pragma once
// A document's page layout, built once: each page's tables, which every consumer (the page
// text the field rules read, the measure tables) then shares instead of building its own.

#include <vector>

#include "core/document.h"
#include "layout/table.h"
#include "layout/table_builder.h"

namespace itapipe {

struct PageLayout {
  std::vector<Table> tables;  // ruled and borderless, top to bottom
};

// The tables of one page: the ruled ones (BuildTables), then, on a text layer, the borderless
// ones among the words outside them (FindWhitespaceTables).
PageLayout LayOutPage(const Page& page, const TableOptions& options = {});

// One PageLayout per page of doc, in page order.
std::vector<PageLayout> LayOutPages(const Document& doc, const TableOptions& options = {});

}  // namespace itapipe
