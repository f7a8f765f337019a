#!/usr/bin/env bash
# What a numerals model does to the pipeline: reads both scanned sample sets with the model of
# MODEL_DIR in place of models/ocr/thnum.traineddata and compares every field with the ground
# truth. A font figure alone does not choose a model: every continuation of training moved
# some digits of the scans (phase6-experiments.md).
#
#   pipelines/ocr-model/evaluate_scans.sh MODEL_DIR OUT_DIR   # MODEL_DIR holds thnum.traineddata
#
# Writes OUT_DIR/summary.md (compare_truth --summary) and OUT_DIR/misses.txt (file and field
# of each miss, sorted), and prints the misses that differ from the model in use's when
# OUT_DIR/../in-use/misses.txt exists (run it once with MODEL_DIR=models/ocr, OUT_DIR=.../in-use).
set -euo pipefail
[[ $# -eq 2 ]] || { echo "usage: evaluate_scans.sh MODEL_DIR OUT_DIR" >&2; exit 2; }
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
model=$(cd "$1" && pwd)/thnum.traineddata
out=$(mkdir -p "$2" && cd "$2" && pwd)
[[ -s $model ]] || { echo "evaluate_scans.sh: no $model" >&2; exit 2; }
[[ -x $ROOT/build/itapipe ]] || { echo "evaluate_scans.sh: build first (scripts/setup.sh)" >&2; exit 2; }

rm -rf "$out/models" "$out/records"
cp -r "$ROOT/models" "$out/models"
cp "$model" "$out/models/ocr/thnum.traineddata"
cd "$ROOT"  # source_file must read samples/scanned/NAME, as in the truth files
status=0
build/itapipe extract samples/scanned samples/scanned-holdout --out "$out/records" \
  --models "$out/models" --jobs "$(nproc)" --quiet || status=$?
((status == 0 || status == 3)) || { echo "evaluate_scans.sh: extract failed ($status)" >&2; exit 1; }
build/compare_truth --summary "$out/records" samples/truth >"$out/summary.md"
# File and field of each miss; what was read differs from model to model in fields that miss
# under both, so it stays in summary.md.
sed -n 's/^- `\([^`]*\)` \([^ ]*\): want .*/\1 \2/p' "$out/summary.md" | sort >"$out/misses.txt"

grep -E '^## |^\| \*\*all|^\| (indicator|total_score|grade|iit_score|eit_score|oit_score) ' \
  "$out/summary.md"
echo "misses: $(wc -l <"$out/misses.txt")"
in_use=$(dirname "$out")/in-use/misses.txt
if [[ -s $in_use && $in_use != "$out/misses.txt" ]]; then
  echo "misses against the model in use (< in use only, > this model only):"
  if cmp -s "$in_use" "$out/misses.txt"; then echo "  the same fields"; else
    diff "$in_use" "$out/misses.txt" | grep '^[<>]'
  fi
fi
