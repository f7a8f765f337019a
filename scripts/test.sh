#!/usr/bin/env bash
# Sets up (Debian packages, build) and runs every test: the layering, format and clang-tidy
# checks, the Release build's ctest suite, then the same suite built with AddressSanitizer and
# UBSan, then every fuzz target for 30 s (scripts/fuzz.sh). Exit status is ctest's, or the
# fuzzer's (1 for a failed check).
#   scripts/test.sh             # all three
#   ITAPIPE_SKIP_SANITIZE=1 scripts/test.sh   # no ASan+UBSan build
#   ITAPIPE_SKIP_FUZZ=1 scripts/test.sh       # no fuzzing
set -euo pipefail
cd "$(dirname "$0")/.."
jobs=$(nproc)

bash scripts/setup.sh

# Each third-party library is touched by one stage (CMake cannot enforce it: every header
# lives in /usr/include).
layering_ok=1
for rule in "tesseract/:ocr" "poppler/:ingest" "unicode/:normalize" "re2/:extract" \
            "sqlite3.h:store" "leptonica/:ingest|ocr"; do
  header=${rule%%:*} stages=${rule#*:}
  if grep -rlE "#include <$header" src | grep -vE "^src/($stages)/"; then
    echo "test: <$header> included outside src/{$stages}" >&2
    layering_ok=0
  fi
done
# libxlsxwriter is confined to one file of compare/, the workbook writer.
if grep -rl "#include <xlsxwriter" src | grep -vx "src/compare/workbook.cc"; then
  echo "test: <xlsxwriter.h> included outside src/compare/workbook.cc" >&2
  layering_ok=0
fi
[ "$layering_ok" = 1 ] || exit 1
if command -v clang-format >/dev/null; then
  clang-format --dry-run --Werror src/*/*.cc src/*/*.h tests/*/*.cc tests/*/*.h
fi

# clang-tidy with the checks of .clang-tidy (each one says why), over every file of src/ and
# the headers they include, one file per process, any finding an error. Each file is parsed
# whole, Poppler's, Tesseract's and the standard library's headers included: about 3.5 min of
# CPU in all, under 2 min on two idle cores.
echo "test: clang-tidy over src/"
tidy_log=$(mktemp)
if ! printf '%s\n' src/*/*.cc | xargs -P"$jobs" -n1 clang-tidy -p build --quiet \
       --warnings-as-errors='*' --extra-arg=-UNDEBUG >"$tidy_log" 2>&1; then
  grep -v "warnings\? generated\.$" "$tidy_log" >&2 || true
  rm -f "$tidy_log"
  echo "test: clang-tidy found the problems above" >&2
  exit 1
fi
rm -f "$tidy_log"

(cd build && ctest --output-on-failure -j"$jobs")

if [ -z "${ITAPIPE_SKIP_SANITIZE:-}" ]; then
  echo "test: AddressSanitizer + UBSan build (build-asan/)"
  cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=RelWithDebInfo -DITAPIPE_SANITIZE=ON >/dev/null
  cmake --build build-asan -j"$jobs"
  (cd build-asan && ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
     ctest --output-on-failure -j"$jobs")
fi

if [ -z "${ITAPIPE_SKIP_FUZZ:-}" ]; then
  echo "test: fuzzing each target for 30 s, $jobs at a time (build-fuzz/)"
  ITAPIPE_FUZZ_JOBS=$jobs bash scripts/fuzz.sh 30
fi
