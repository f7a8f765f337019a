#include "cli/worker_pool.h"

#include <poll.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <new>
#include <optional>
#include <string_view>

namespace itapipe {
namespace {

// The calling process's end of one worker.
struct Worker {
  pid_t pid = -1;
  int fd = -1;         // a socket pair: requests "ITEM\n" out, answers in
  std::string answer;  // bytes of the answer read so far
  std::optional<std::size_t> item;
};

bool UnderAddressSanitizer() {
#if defined(__SANITIZE_ADDRESS__)
  return true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
  return true;
#endif
#endif
  return false;
}

void LimitMemory(std::uint64_t bytes) {
  if (bytes == 0 || UnderAddressSanitizer()) return;
  rlimit limit{bytes, bytes};
  setrlimit(RLIMIT_AS, &limit);
}

// MSG_NOSIGNAL: a worker that died makes the send fail, not the batch die of SIGPIPE.
bool SendAll(int fd, std::string_view data) {
  while (!data.empty()) {
    ssize_t n = ::send(fd, data.data(), data.size(), MSG_NOSIGNAL);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    data.remove_prefix(static_cast<std::size_t>(n));
  }
  return true;
}

// The next request line, or nullopt when the batch closed the socket.
std::optional<std::size_t> NextItem(int fd, std::string& pending) {
  char buffer[64];
  std::size_t end;
  while ((end = pending.find('\n')) == std::string::npos) {
    ssize_t n = ::read(fd, buffer, sizeof buffer);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return std::nullopt;
    pending.append(buffer, static_cast<std::size_t>(n));
  }
  std::size_t item = std::strtoull(pending.c_str(), nullptr, 10);
  pending.erase(0, end + 1);
  return item;
}

// "A" + the answer, or "M" when memory ran out: the worker's state is then suspect, and it
// ends after saying so.
std::string Answer(const std::function<std::string(std::size_t)>& work, std::size_t item) {
  try {
    std::string answer(1, 'A');
    answer += work(item);
    answer.push_back('\n');
    return answer;
  } catch (const std::bad_alloc&) {
    return "M\n";
  }
}

[[noreturn]] void WorkerMain(int fd, pid_t parent, const WorkerPoolOptions& options,
                             const WorkerSetup& setup) {
  // A worker outliving its batch (kill -9 of the batch) would go on reading for nobody.
  prctl(PR_SET_PDEATHSIG, SIGKILL);
  if (getppid() != parent) _exit(0);
  LimitMemory(options.memory_bytes);
  std::function<std::string(std::size_t)> work = setup();
  std::string pending;
  while (std::optional<std::size_t> item = NextItem(fd, pending)) {
    std::string answer = Answer(work, *item);
    if (!SendAll(fd, answer) || answer[0] == 'M') break;
  }
  // _exit: the batch's objects (its store, its journal) belong to the batch.
  _exit(0);
}

Result<Worker> StartWorker(const std::vector<Worker>& others, const WorkerPoolOptions& options,
                           const WorkerSetup& setup) {
  int fds[2];
  if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, fds) != 0)
    return MakeError(ErrorCode::kIo, std::string("cannot start a worker: ") + std::strerror(errno));
  pid_t parent = getpid();
  std::fflush(nullptr);  // or the child would write the batch's buffered output again
  pid_t pid = fork();
  if (pid == 0) {
    ::close(fds[0]);
    for (const Worker& w : others) ::close(w.fd);
    WorkerMain(fds[1], parent, options, setup);
  }
  int err = errno;
  ::close(fds[1]);
  if (pid < 0) {
    ::close(fds[0]);
    return MakeError(ErrorCode::kIo, std::string("cannot start a worker: ") + std::strerror(err));
  }
  return Worker{pid, fds[0], {}, std::nullopt};
}

// Waits for a worker whose socket closed and says how it ended. A SIGKILL is what the
// kernel's out-of-memory killer sends.
WorkerOutcome Reap(Worker& w) {
  ::close(w.fd);
  w.fd = -1;
  int status = 0;
  while (::waitpid(w.pid, &status, 0) < 0 && errno == EINTR) {
  }
  WorkerOutcome outcome{WorkerOutcome::Kind::kCrashed, {}, 0};
  if (WIFSIGNALED(status)) {
    outcome.signal = WTERMSIG(status);
    if (outcome.signal == SIGKILL) outcome.kind = WorkerOutcome::Kind::kOutOfMemory;
  }
  return outcome;
}

// Reads what the worker sent; true when its answer (or its death) ended its item, which
// outcome then describes.
bool ReadAnswer(Worker& w, WorkerOutcome& outcome, bool& dead) {
  char buffer[1 << 16];
  ssize_t n = ::read(w.fd, buffer, sizeof buffer);
  if (n < 0 && errno == EINTR) return false;
  if (n <= 0) {
    dead = true;
    outcome = Reap(w);
    return w.item.has_value();
  }
  w.answer.append(buffer, static_cast<std::size_t>(n));
  if (w.answer.back() != '\n') return false;
  if (w.answer[0] == 'M') {
    outcome = WorkerOutcome{WorkerOutcome::Kind::kOutOfMemory, {}, 0};
    // It ends now: reaped at once, it is given no other file to fail with.
    dead = true;
    Reap(w);
  } else {
    outcome =
        WorkerOutcome{WorkerOutcome::Kind::kAnswered, w.answer.substr(1, w.answer.size() - 2), 0};
  }
  w.answer.clear();
  return true;
}

}  // namespace

Status RunInWorkers(const std::vector<std::size_t>& items, const WorkerPoolOptions& options,
                    const WorkerSetup& setup, const OnItemDone& on_done) {
  std::vector<Worker> workers;
  std::size_t count = std::min<std::size_t>(std::max(1u, options.workers), items.size());
  Status status;
  auto start = [&](std::size_t slot) {
    Result<Worker> w = StartWorker(workers, options, setup);
    if (!w) status = w.error();
    if (w) workers[slot] = std::move(*w);
    return w.has_value();
  };
  workers.resize(count);
  for (std::size_t i = 0; i < count; ++i) {
    workers[i].fd = -1;
    if (!start(i)) break;
  }
  std::size_t next = 0, ended = 0;
  while (status && ended < items.size()) {
    std::vector<pollfd> polled;
    for (Worker& w : workers) {
      if (!w.item && next < items.size()) {
        w.item = items[next++];
        SendAll(w.fd, std::to_string(*w.item) + "\n");  // a dead worker shows up in poll
      }
      polled.push_back(pollfd{w.fd, POLLIN, 0});
    }
    if (::poll(polled.data(), polled.size(), -1) < 0) continue;  // EINTR
    for (std::size_t i = 0; i < workers.size() && status; ++i) {
      if (polled[i].revents == 0) continue;
      Worker& w = workers[i];
      WorkerOutcome outcome;
      bool dead = false;
      if (ReadAnswer(w, outcome, dead)) {
        on_done(*w.item, outcome);
        w.item.reset();
        ++ended;
      }
      if (dead) start(i);
    }
  }
  for (Worker& w : workers) {
    if (w.fd < 0) continue;
    ::close(w.fd);
    while (::waitpid(w.pid, nullptr, 0) < 0 && errno == EINTR) {
    }
  }
  return status;
}

}  // namespace itapipe
