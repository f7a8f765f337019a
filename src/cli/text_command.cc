#include <cstdio>
#include <string>
#include <vector>

#include "cli/args.h"
#include "cli/commands.h"
#include "extract/page_text.h"
#include "layout/cell_finder.h"
#include "pipeline/document_pipeline.h"

namespace itapipe {
namespace {

constexpr const char* kTextHelp =
    "usage: itapipe text FILE [--no-ocr] [--rulings] [--models DIR]\n"
    "\n"
    "Prints the canonical text the extraction rules see, page by page, in reading order: lines\n"
    "outside tables as printed, each ruled table in its place one line per row (cells joined by\n"
    "spaces). The page header says where its text came from (text layer or OCR), how many\n"
    "rulings were found and the least word confidence. Useful when writing models/rules/.\n"
    "--rulings also lists each ruling (h or v, then left top right bottom in points) and\n"
    "each table cell found from them on a scanned page.\n";

const char* SourceName(TextSource source) {
  switch (source) {
    case TextSource::kTextLayer:
      return "text layer";
    case TextSource::kOcr:
      return "OCR";
    case TextSource::kNone:
      break;
  }
  return "no text";
}

void PrintRulings(const Page& page) {
  for (const Ruling& r : page.rulings)
    std::printf("# ruling %c %.1f %.1f %.1f %.1f\n", r.horizontal ? 'h' : 'v', r.box.left,
                r.box.top, r.box.right, r.box.bottom);
  if (page.source != TextSource::kOcr) return;
  for (const Box& c : FindCells(page.rulings, page.width, page.height))
    std::printf("# cell %.1f %.1f %.1f %.1f\n", c.left, c.top, c.right, c.bottom);
}

ArgSpec TextArgSpec() {
  return ArgSpec{.options = {{.name = "--no-ocr", .kind = OptionKind::kFlag},
                             {.name = "--rulings", .kind = OptionKind::kFlag},
                             {.name = "--models"}},
                 .positional_name = "FILE",
                 .min_positional = 1,
                 .max_positional = 1};
}

}  // namespace

int RunText(const std::vector<std::string>& argv) {
  Result<ParsedArgs> args = ParseArgs(argv, TextArgSpec());
  if (!args) return UsageError("text", args.error());
  if (args->help) {
    std::fputs(kTextHelp, stdout);
    return 0;
  }
  PipelineOptions options;
  options.ocr = !args->Has("--no-ocr");
  options.models_dir = args->Value("--models", options.models_dir);
  bool rulings = args->Has("--rulings");
  const std::string& file = args->positional.front();
  DocumentPipeline pipeline(options);
  Document doc = pipeline.Read(file);
  for (const std::string& problem : doc.problems) std::printf("# problem: %s\n", problem.c_str());
  std::vector<PageContent> contents = DocumentContent(doc);
  for (size_t i = 0; i < contents.size(); ++i) {
    const Page& page = doc.pages[i];
    std::printf("=== page %d (%s, %zu rulings, least confidence %.2f)\n%s", page.number,
                SourceName(page.source), page.rulings.size(), contents[i].confidence,
                contents[i].text.c_str());
    if (rulings) PrintRulings(page);
  }
  return doc.problems.empty() ? 0 : 3;
}

}  // namespace itapipe
