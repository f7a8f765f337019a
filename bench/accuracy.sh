#!/bin/sh
# Accuracy of itapipe on samples/: builds itapipe and compare_truth if needed, extracts
# samples/born-digital, holdout, bad, scanned and scanned-holdout (scans of other reports,
# made after the OCR rules were written: see pipelines/samples/make_scans.py) into one output
# directory and prints compare_truth's markdown summary (per-field accuracy per sample set,
# every miss listed). Then both scanned sets again with stock Tesseract only
# (--no-number-pass: tha+eng, no numerals model), for the side-by-side comparison.
# Usage: bench/accuracy.sh [BUILD_DIR]   (default: build; OUT_DIR=... keeps the output)
# The current figures live in bench/accuracy.md (one file per benchmark; history is in git).
set -eu
repo=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$repo/build}
if [ ! -f "$build/CMakeCache.txt" ]; then
  cmake -S "$repo" -B "$build" -DCMAKE_BUILD_TYPE=Release >/dev/null
fi
cmake --build "$build" -j2 --target itapipe compare_truth >/dev/null
out=${OUT_DIR:-$(mktemp -d)}
samples="$repo/samples"
extract() {  # OUT_SUBDIR ARGS...: itapipe extract, tolerating status 3 (bad samples)
  dir=$1
  shift
  status=0
  "$build/itapipe" extract "$@" --out "$out/$dir" --quiet >&2 || status=$?
  if [ "$status" -ne 0 ] && [ "$status" -ne 3 ]; then
    echo "itapipe extract exited with status $status" >&2
    exit 1
  fi
}
extract ours "$samples/born-digital" "$samples/holdout" "$samples/bad" "$samples/scanned" \
  "$samples/scanned-holdout"
"$build/compare_truth" --summary "$out/ours" "$samples/truth"
extract stock "$samples/scanned" "$samples/scanned-holdout" --no-number-pass
echo
echo "# Stock Tesseract (tha+eng, no numerals model) on the same scanned pages"
"$build/compare_truth" --summary "$out/stock" "$samples/truth" |
  awk '/^## / {show = ($2 ~ /^scanned/)} show'
