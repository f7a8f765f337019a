#!/usr/bin/env bash
# Pages per minute of one batch read whole and in shards, and what that projects for N
# Slurm nodes. Rewrites bench/shards.md (the current figures; git keeps the history).
#   scanned (OCR, what a backlog of past years mostly is): samples/scanned
#     - `extract --jobs 1`, `extract --jobs 2`;
#     - 2 shards at once, each `extract --shard I/2 --jobs 1` (two "nodes" of one core),
#       then `merge` (timed apart);
#   born-digital (text layers): samples/born-digital and samples/holdout, the same four runs.
# Each run is timed once, from a fresh output folder, by GNU time: wall clock, the CPU time
# of itapipe and its workers, and the peak memory of a worker. Other work on the machine
# slows the wall clock (the file records the load); CPU time, which it hardly changes, is
# what the projection uses. Usage: bench/shards.sh [BUILD_DIR]   (default: build)
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$repo/build}
itapipe=$build/itapipe
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export OMP_THREAD_LIMIT=1

now() { date +%s.%N; }
elapsed() { echo "$2 - $1" | bc -l; }
pages_in() {  # the pages a run read: the sum of reports.csv's pages column
  python3 - "$1/reports.csv" <<'PY'
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1], encoding="utf-8-sig")))
print(sum(int(r["pages"] or 0) for r in rows))
PY
}
timed() {  # timed FILE COMMAND...: FILE gets "CPU_SECONDS PEAK_KB"
  local file=$1
  shift
  /usr/bin/time -f '%U %S %M' -o "$file.raw" "$@" >/dev/null 2>&1 || true
  # The last line: GNU time first says "Command exited with non-zero status 3".
  tail -n 1 "$file.raw" | awk '{printf "%.2f %d\n", $1 + $2, $3}' >"$file"
}
run_whole() {  # run_whole NAME JOBS INPUT...: prints seconds; NAME.time gets CPU and peak
  local name=$1 jobs=$2 t0
  shift 2
  t0=$(now)
  timed "$work/$name.time" "$itapipe" extract "$@" --out "$work/$name" --jobs "$jobs" --quiet
  elapsed "$t0" "$(now)"
}
run_shards() {  # run_shards NAME INPUT...: 2 shards at once, 1 worker each; prints seconds
  local name=$1 t0 i
  shift
  t0=$(now)
  for i in 1 2; do
    timed "$work/$name-$i.time" "$itapipe" extract "$@" --shard "$i/2" --out "$work/$name-$i" \
      --jobs 1 --quiet &
  done
  wait || true
  cat "$work/$name-1.time" "$work/$name-2.time" | awk '{c += $1; m = $2 > m ? $2 : m}
    END {printf "%.2f %d\n", c, m}' >"$work/$name.time"
  elapsed "$t0" "$(now)"
}
cpu_of() { cut -d' ' -f1 "$work/$1.time"; }
run_merge() {  # run_merge NAME: prints seconds
  local t0
  t0=$(now)
  "$itapipe" merge "$work/$1-1" "$work/$1-2" --out "$work/$1-merged" >/dev/null
  elapsed "$t0" "$(now)"
}
row() {  # run pages seconds [cpu_seconds]
  local cpu=${4:-} per_cpu=""
  [ -n "$cpu" ] && per_cpu=$(printf '%.1f' "$(echo "$2 * 60 / $cpu" | bc -l)")
  printf '| %s | %d | %.1f | %.1f | %s | %s |\n' "$1" "$2" "$3" "$(echo "$2 * 60 / $3" | bc -l)" \
    "$cpu" "$per_cpu"
}

bench_set() {  # bench_set LABEL INPUT...: table rows; sets rate1, rate2, rate_shards, merge_s
  local label=$1 t1 t2 ts tm pages
  shift
  t1=$(run_whole "$label-1" 1 "$@")
  t2=$(run_whole "$label-2" 2 "$@")
  ts=$(run_shards "$label-shard" "$@")
  tm=$(run_merge "$label-shard")
  cmp -s "$work/$label-1/reports.csv" "$work/$label-shard-merged/reports.csv" ||
    echo "bench: $label: the merged shards differ from the whole run" >&2
  pages=$(pages_in "$work/$label-1")
  row "$label: extract --jobs 1" "$pages" "$t1" "$(cpu_of "$label-1")"
  row "$label: extract --jobs 2" "$pages" "$t2" "$(cpu_of "$label-2")"
  row "$label: 2 shards at once, --jobs 1 each" "$pages" "$ts" "$(cpu_of "$label-shard")"
  row "$label: the same, with merge ($(printf '%.2f' "$tm") s)" "$pages" "$(echo "$ts + $tm" | bc -l)"
  rate1=$(echo "$pages * 60 / $t1" | bc -l)
  rate2=$(echo "$pages * 60 / $t2" | bc -l)
  rate_shards=$(echo "$pages * 60 / $ts" | bc -l)
  rate_cpu=$(echo "$pages * 60 / $(cpu_of "$label-shard")" | bc -l)
  merge_s=$tm
  merge_reports=$(($(wc -l <"$work/$label-shard-merged/records.jsonl")))
}

# The projection from the scanned figures: per node, workers = cores (or what memory allows),
# each reading at the pages per CPU-minute the 2 shards took (their CPU time, workers' and
# model loading included); N nodes, N times that (shards share nothing until the merge).
projection() {
  local cores=${CORES_PER_NODE:-128} mem_gb=${MEMORY_PER_NODE_GB:-256} backlog=${BACKLOG_PAGES:-660000}
  awk -v r1="$rate1" -v r2="$rate2" -v rs="$rate_shards" -v rc="$rate_cpu" -v cores="$cores" \
      -v mem="$mem_gb" -v peak="$peak" -v backlog="$backlog" -v ms="$merge_s" \
      -v mr="$merge_reports" -v load="$load_after" '
    BEGIN {
      fit = int(mem * 1024 / (peak > 0 ? peak : 1)); workers = cores < fit ? cores : fit
      node = rc * workers
      printf "\nWall clock, 1 to 2 workers: %.2fx with `--jobs 2`, %.2fx as 2 shards at once", r2 / r1, rs / r1
      printf " (load average after: %s; on an idle 2-core machine `bench/throughput.sh` measured", load
      printf " 1.83x from 1 to 2 workers on these scans). A busy machine leaves the second worker"
      printf " little to gain, so the projection uses CPU time: %.1f pages per CPU-minute (on the low", rc
      printf " side: contention slows a core too; the idle 1-worker run of bench/throughput.md"
      printf " read 32.9 pages/min)."
      printf " A worker peaked at %d MB resident on the scans.\n\n", peak
      printf "Projection for OCR on nodes of %d cores and %d GB (set CORES_PER_NODE and", cores, mem
      printf " MEMORY_PER_NODE_GB to the cluster'"'"'s): %d workers a node (memory allows %d),", workers, fit
      printf " about %.0f pages/min a node. A backlog of %d scanned pages (BACKLOG_PAGES; about", node, backlog
      printf " 66,000 reports of 10 pages):\n\n| nodes | pages/min | hours for the backlog |\n| ---: | ---: | ---: |\n"
      split("1 4 16 64", ns, " ")
      for (i = 1; i <= 4; i++) printf "| %d | %.0f | %.1f |\n", ns[i], node * ns[i], backlog / (node * ns[i]) / 60
      printf "\nThe merge of the %d reports took %.2f s (mostly starting up); it reads every", mr, ms
      printf " shard'"'"'s files into memory once and is linear in their size.\n"
    }'
  cat <<'TEXT'

What limits it:
- **CPU, linearly.** OCR is nearly all the time and shards share nothing until the merge, so
  pages/min grows with nodes as long as each node keeps its cores busy. The projection assumes
  every worker of a node gets a core to itself at this machine's speed per core; memory
  bandwidth and clock under full load make a full node somewhat slower: measure one node (one
  array task with `CPUS_PER_TASK` = its cores) before sizing a run.
- **The slowest shard.** The array ends with its slowest task: shards are dealt by a hash of
  each path, so their file counts differ by about the square root of a shard's size, and files
  differ in pages. Give more shards than nodes (say 4 per node; `--array=1-N%M` runs M at a
  time) so that fast tasks free nodes for the rest.
- **Memory per worker**, on nodes with little memory per core (the peak above, and
  `--max-memory`, 4 GB of address space by default, for the rare huge page).
- **The shared file system.** Each task lists the whole input tree (to know its shard) and
  reads its own files once; the merge reads every shard's outputs. Small next to OCR, but
  listing a tree of 100,000 files on a parallel file system costs seconds per task.
- **The merge** is one process holding every shard's CSV and JSONL text in memory: a few
  hundred MB for a national backlog, minutes at most.
- **Slurm's limits**: `MaxArraySize` (1001 by default) caps N; a site's per-user job limits
  cap how many tasks run at once.
TEXT
}

{
  echo "# Shards: pages per minute, and N nodes"
  echo
  echo "Measured $(date -u '+%Y-%m-%d %H:%M UTC') by \`bench/shards.sh\` on $(nproc --all) cores"
  echo "($(uptime | sed 's/.*load average: /load average before: /'))."
  echo
  echo "| run | pages | seconds | pages/min | CPU s | pages/CPU-min |"
  echo "| --- | ---: | ---: | ---: | ---: | ---: |"
} >"$work/md"
mapfile -t scans < <(find "$repo/samples/scanned" -type f | sort)
mapfile -t born < <(find "$repo/samples/born-digital" "$repo/samples/holdout" -name '*.pdf' | sort)
bench_set born-digital "${born[@]}" >>"$work/md"
born_rate1=$rate1 born_rate2=$rate2
bench_set scanned "${scans[@]}" >>"$work/md"
# The biggest process of the 1-worker run (GNU time counts the workers it reaped): a worker.
peak=$(awk '{printf "%d", $2 / 1024}' "$work/scanned-1.time")
load_after=$(uptime | sed 's/.*load average: //')
projection >>"$work/md"
cp "$work/md" "$repo/bench/shards.md"
cat "$repo/bench/shards.md"
