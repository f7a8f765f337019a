#pragma once
// Worker processes that read documents, so that a crash, an abort or running out of memory
// while reading one document costs that document only, never the batch.

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "core/result.h"

namespace itapipe {

struct WorkerPoolOptions {
  unsigned workers = 1;
  // Address space each worker may use (setrlimit RLIMIT_AS); 0 = no limit. Not applied under
  // AddressSanitizer, which reserves terabytes of address space for itself.
  std::uint64_t memory_bytes = 0;
};

// How one item ended.
struct WorkerOutcome {
  enum class Kind {
    kAnswered,     // answer holds what the work function returned
    kCrashed,      // the worker died (signal, abort, exception); signal says which, or 0
    kOutOfMemory,  // the worker ran out of its memory budget
  };
  Kind kind = Kind::kAnswered;
  std::string answer;
  int signal = 0;
};

// Made once in each worker process, after it starts: returns the function that does item i
// there and answers with one line of text (no '\n'). The state it holds (an OCR engine)
// stays warm from item to item.
using WorkerSetup = std::function<std::function<std::string(std::size_t)>()>;

// Called in the calling process as each item ends, in the order they end.
using OnItemDone = std::function<void(std::size_t item, const WorkerOutcome& outcome)>;

// Does every item of items in options.workers forked worker processes, replacing a worker
// that dies, and returns when each item has ended. The calling process must have no other
// threads (fork). Workers end when the call returns or their parent dies. An error (kIo) only
// when a worker process cannot be started; items not ended then were not reported.
Status RunInWorkers(const std::vector<std::size_t>& items, const WorkerPoolOptions& options,
                    const WorkerSetup& setup, const OnItemDone& on_done);

}  // namespace itapipe
