#!/bin/sh
# update_known_misses.sh OUT_DIR: rewrites the scanned part of known_misses.tsv from an
# `itapipe extract samples/scanned --out OUT_DIR` run (made from the repository root, so
# that source_file reads samples/scanned/NAME). Run it after any change to the OCR path and
# read the diff: a line that goes is a fix, a line that comes is a break.
#   build/itapipe extract samples/scanned --out /tmp/scan && tests/e2e/update_known_misses.sh /tmp/scan
set -eu
repo=$(cd "$(dirname "$0")/../.." && pwd)
out=$(cd "$1" && pwd)
list=$repo/tests/e2e/known_misses.tsv
cd "$repo"
[ -x build/compare_truth ] || cmake --build build --target compare_truth >/dev/null
{
  # Everything up to the last comment line of the scanned block stays as written.
  awk '/^scan-/ {exit} {print}' "$list"
  for file in samples/scanned/*; do
    name=$(basename "$file")
    build/compare_truth "$out" "samples/truth/${name%.*}.tsv" "$file" |
      sed -n "s/^MISS \(.*\): want .*/$name\t\1/p"
  done
} >"$list.part"
mv "$list.part" "$list"
