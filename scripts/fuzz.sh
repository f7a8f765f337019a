#!/usr/bin/env bash
# Builds the libFuzzer targets of tests/fuzz/ with clang (build-fuzz/, ASan + UBSan) and runs
# each for SECONDS from its seed corpus (scripts/fuzz_corpus.sh). Exits 1 when a target
# crashes, leaks, times out or runs out of memory; the input is kept in
# build-fuzz/crashes/<target>/ (copy it to tests/fuzz/regressions/<target>/ once fixed).
#   scripts/fuzz.sh [SECONDS] [TARGET...]    # default 30 s each, every target
#   ITAPIPE_FUZZ_JOBS=2 scripts/fuzz.sh      # two targets at a time (CI; default 1)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-30}
shift || true
all=(pdf_reader image_reader thai_text normalize_document rule_set methodology_file
     measure_table_rules tsv_file table_builder)
targets=("${@:-${all[@]}}")
parallel=${ITAPIPE_FUZZ_JOBS:-1}

CC=clang CXX=clang++ cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DITAPIPE_FUZZ=ON >/dev/null
cmake --build build-fuzz -j"$(nproc)" --target fuzz_targets >/dev/null
bash scripts/fuzz_corpus.sh build-fuzz/corpus >/dev/null

# One target: its corpus grows in place; a crash input lands in crashes/<target>/.
run() {
  local t=$1 log=build-fuzz/logs/$1.log
  mkdir -p "build-fuzz/crashes/$t" build-fuzz/logs
  # Pages of pathological size are refused by ingest's limits, not by the fuzzer: 2 GB, 25 s.
  if ASAN_OPTIONS=detect_leaks=1 LSAN_OPTIONS=suppressions=tests/fuzz/lsan.supp \
     UBSAN_OPTIONS=print_stacktrace=1 \
     "build-fuzz/fuzz/fuzz_$t" -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=25 \
       -print_final_stats=1 -artifact_prefix="build-fuzz/crashes/$t/" \
       "build-fuzz/corpus/$t" >"$log" 2>&1; then
    echo "fuzz: $t: ok, $(grep -m1 -o 'stat::number_of_executed_units: *[0-9]*' "$log" |
      grep -o '[0-9]*$') runs, $(grep -m1 -o 'stat::average_exec_per_sec: *[0-9]*' "$log" |
      grep -o '[0-9]*$') execs/s"
  else
    echo "fuzz: $t: FAILED (log $log; input in build-fuzz/crashes/$t/)" >&2
    grep -m3 -E 'ERROR|SUMMARY|runtime error' "$log" >&2 || true
    return 1
  fi
}

failed=0
running=0
for t in "${targets[@]}"; do
  if [ "$running" -ge "$parallel" ]; then
    wait -n || failed=1
    running=$((running - 1))
  fi
  run "$t" &
  running=$((running + 1))
done
while [ "$running" -gt 0 ]; do
  wait -n || failed=1
  running=$((running - 1))
done
exit "$failed"
