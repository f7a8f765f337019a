#pragma once
// A batch of documents read durably: each in a worker process, each finished one kept at once
// (in the output folder's journal, and in the store when there is one), and none read again
// by a rerun of the same command.

#include <cstdint>
#include <string>
#include <vector>

#include "core/report.h"
#include "core/result.h"
#include "pipeline/document_pipeline.h"

namespace itapipe {

class Journal;
struct Knowledge;
class RecordStore;

struct BatchOptions {
  PipelineOptions pipeline;
  unsigned workers = 1;
  std::uint64_t worker_memory_bytes = std::uint64_t{4} << 30;
  bool quiet = false;  // no progress lines on stderr
};

// What a batch read, for the summary line.
struct BatchResult {
  std::vector<Report> reports;  // one per file, in the order of the files
  std::size_t from_journal = 0;
  // A digest of what every report depends on besides its file: this build of itapipe, the
  // models and the reading options.
  std::string identity;
  double ocr_seconds = 0;  // recognition time summed over the workers
  int ocr_pages = 0;
};

// Reads every file not already in the journal under the same key (see DocumentKey), keeping
// each finished report in store (when not null) and then in the journal as soon as it is
// read. A worker that dies makes its file `failed` with `crashed` or `too_large`. An error
// when the journal or the store cannot be written, or no worker can be started.
Result<BatchResult> RunBatch(const std::vector<std::string>& files, const Knowledge& knowledge,
                             const BatchOptions& options, Journal& journal, RecordStore* store);

}  // namespace itapipe
