#!/bin/sh
# Accuracy of itapipe on a draw of pipelines/samples/draw.py: extracts DRAW_DIR/born-digital and
# DRAW_DIR/scanned, compares with DRAW_DIR/truth by compare_truth (tests/e2e), and prints the
# draw's seed and command, then per set field, score-field, grade and agency-name accuracy and
# the silent errors (wrong values in reports whose status is ok), then compare_truth's summary
# with every miss. Publish figures from a fresh test draw (a seed nobody wrote rules against),
# and say which seed.
#   pipelines/samples/draw.py --seed 1 --born-digital 40 --scanned 10 --out /tmp/draw1
#   bench/accuracy_draw.sh /tmp/draw1 [BUILD_DIR]   (OUT_DIR=... keeps itapipe's output)
set -eu
repo=$(cd "$(dirname "$0")/.." && pwd)
draw=$(cd "$1" && pwd)
build=${2:-$repo/build}
if [ ! -f "$build/CMakeCache.txt" ]; then
  cmake -S "$repo" -B "$build" -DCMAKE_BUILD_TYPE=Release >/dev/null
fi
cmake --build "$build" -j2 --target itapipe compare_truth >/dev/null
out=${OUT_DIR:-$(mktemp -d)}
rm -rf "$out/draw"
status=0
"$build/itapipe" extract "$draw/born-digital" "$draw/scanned" --out "$out/draw" --quiet >&2 ||
  status=$?
if [ "$status" -ne 0 ] && [ "$status" -ne 3 ]; then  # 3: some reports partial or failed
  echo "itapipe extract exited with status $status" >&2
  exit 1
fi
"$build/compare_truth" --summary "$out/draw" "$draw/truth" >"$out/summary.md"
python3 "$repo/bench/draw_figures.py" "$out/summary.md" "$out/draw/reports.csv" "$draw/DRAW.md"
echo
cat "$out/summary.md"
