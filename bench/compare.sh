#!/usr/bin/env bash
# Time and peak memory of `itapipe compare` (CSV only, then with --xlsx) and `itapipe report`
# on synthetic stores of N agencies x 8 fiscal years (bench/make_store.py), written to
# bench/compare.md. Targets (issue 17): at 8,300 agencies, compare under 5 s and 300 MB.
#   bench/compare.sh               # 8,300 and 33,200 agencies
#   bench/compare.sh 2000          # other sizes
set -euo pipefail
cd "$(dirname "$0")/.."
itapipe=build/itapipe
[ -x "$itapipe" ] || { echo "compare.sh: build first (scripts/setup.sh)" >&2; exit 1; }
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(8300 33200)
work=${ITAPIPE_BENCH_DIR:-/tmp/itapipe-bench-compare}
mkdir -p "$work"

# Runs a command under /usr/bin/time -v; prints "wall cpu peak_mb".
measure() {
  /usr/bin/time -v "$@" >/dev/null 2>"$work/time.txt"
  awk -F': ' '/Elapsed/ { n = split($2, t, ":"); wall = (n == 3) ? t[1]*3600 + t[2]*60 + t[3] : t[1]*60 + t[2] }
    /User time/ { cpu += $2 } /System time/ { cpu += $2 }
    /Maximum resident/ { mb = $2 / 1024 }
    END { printf "%.1f %.1f %.0f\n", wall, cpu, mb }' "$work/time.txt"
}

rows=()
for n in "${sizes[@]}"; do
  store=$work/store-$n.db
  start=$(date +%s)
  python3 bench/make_store.py "$itapipe" "$store" "$n" 2561-2568
  made=$(( $(date +%s) - start ))
  mb=$(( $(stat -c %s "$store") / 1048576 ))
  # The first compare adds the measure-status index to the store; it is not timed.
  "$itapipe" compare --store "$store" --out "$work/out-$n" >/dev/null
  load=$(cut -d' ' -f1 /proc/loadavg)
  read -r w1 c1 m1 < <(measure "$itapipe" compare --store "$store" --out "$work/out-$n")
  read -r w2 c2 m2 < <(measure "$itapipe" compare --store "$store" --out "$work/out-$n" \
    --xlsx "$work/out-$n.xlsx")
  read -r w3 c3 m3 < <(measure "$itapipe" report --store "$store" --out "$work/report-$n.html")
  changes=$(($(wc -l <"$work/out-$n/changes.csv") - 1))
  html=$(( $(stat -c %s "$work/report-$n.html") / 1048576 ))
  rows+=("| $n × 8 | $mb MB ($made s to make) | $changes | $w1 s / $c1 s / $m1 MB | $w2 s / $c2 s / $m2 MB | $w3 s / $c3 s / $m3 MB ($html MB) | $load |")
  echo "compare.sh: $n agencies done"
done

{
  echo "# \`itapipe compare\` and \`itapipe report\` at scale"
  echo
  echo "Made by \`bench/compare.sh\` on $(date -u +%Y-%m-%d) ($(nproc) cores, $(git rev-parse --short HEAD))."
  echo "Synthetic stores from \`bench/make_store.py\`: every agency-year with a total, three tools,"
  echo "ten indicators and five measures with their text; 1 % of agency-years with a second document."
  echo "Each cell: wall time / CPU time (user + system) / peak resident memory, from \`/usr/bin/time -v\`."
  echo "Load = the machine's 1-minute load average before the runs (other jobs share the cores: wall"
  echo "time stretches with it; CPU time and memory much less)."
  echo
  echo "| agencies × years | store | changes rows | compare (CSV) | compare --xlsx | report (HTML size) | load |"
  echo "| --- | --- | --- | --- | --- | --- | --- |"
  printf '%s\n' "${rows[@]}"
} >bench/compare.md
cat bench/compare.md
