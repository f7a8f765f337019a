#!/bin/sh
# worker_crash_test.sh ITAPIPE SAMPLES: a worker that crashes (SIGSEGV) while it reads a scan
# costs that scan only: its row says failed and crashed, a new worker reads the next file,
# and the batch ends with status 3 and all four outputs.
set -u
itapipe=$1
samples=$2
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
fail() { echo "worker_crash_test: $*" >&2; exit 1; }

scan=$samples/scanned/scan-04-g4tiff300-gen-01-tessaban-mueang-2564.tif
pdf=$samples/born-digital/gen-01-tessaban-mueang-2564.pdf
"$itapipe" extract "$scan" "$pdf" --out "$dir/out" --jobs 1 --quiet >/dev/null &
batch=$!
worker=
for _ in $(seq 100); do
  worker=$(pgrep -P "$batch" | head -n 1)
  [ -n "$worker" ] && break
  sleep 0.1
done
[ -n "$worker" ] || fail "no worker process"
sleep 1  # the scan takes seconds of OCR: the worker is inside it
kill -SEGV "$worker"
wait "$batch"
status=$?
[ "$status" -eq 3 ] || fail "exit status $status, want 3"
for f in reports.csv indicators.csv measures.csv records.jsonl; do
  [ -s "$dir/out/$f" ] || fail "no $f"
done
grep -q "scan-04-g4tiff300-gen-01-tessaban-mueang-2564.tif,.*,failed,crashed" "$dir/out/reports.csv" ||
  fail "the crashed scan's row does not say failed,crashed"
grep -q "gen-01-tessaban-mueang-2564.pdf,เทศบาลเมืองบ้านโป่ง" "$dir/out/reports.csv" ||
  fail "the file after the crash was not read"
echo "worker_crash_test: ok"
