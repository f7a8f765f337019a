#!/bin/sh
# Accuracy of itapipe on samples/: builds itapipe and compare_truth if needed, extracts
# samples/born-digital, samples/holdout and samples/bad into one output directory and prints
# compare_truth's markdown summary (per-field accuracy per sample set, every miss listed).
# Usage: bench/accuracy.sh [BUILD_DIR]   (default: build; OUT_DIR=... keeps the output)
set -eu
repo=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$repo/build}
if [ ! -f "$build/CMakeCache.txt" ]; then
  cmake -S "$repo" -B "$build" -DCMAKE_BUILD_TYPE=Release >/dev/null
fi
cmake --build "$build" -j2 --target itapipe compare_truth >/dev/null
out=${OUT_DIR:-$(mktemp -d)}
samples="$repo/samples"
status=0
"$build/itapipe" extract "$samples/born-digital" "$samples/holdout" "$samples/bad" \
  --out "$out" >&2 || status=$?
if [ "$status" -ne 0 ] && [ "$status" -ne 3 ]; then
  echo "itapipe extract exited with status $status" >&2
  exit 1
fi
"$build/compare_truth" --summary "$out" "$samples/truth"
