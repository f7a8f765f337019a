#!/bin/sh
# kill_rerun_test.sh ITAPIPE SAMPLES [KILLS]: a batch killed with kill -9 at random moments
# and run again until it finishes writes outputs byte-identical to one uninterrupted run, a
# store with the same rows, no temporary file, and reads no finished document twice.
set -u
itapipe=$1
samples=$2
kills=${3:-6}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
fail() { echo "kill_rerun_test: $*" >&2; exit 1; }
inputs="$samples/born-digital $samples/bad"

# run OUT: one batch, text layers only (OCR would make the test minutes long). exec: a run
# started in the background is then itapipe itself, which kill -9 must hit.
run() {
  # shellcheck disable=SC2086
  exec "$itapipe" extract $inputs --out "$1" --store "$1.db" --jobs 2 --no-ocr --quiet \
    >/dev/null 2>&1
}

(run "$dir/whole")
[ $? -eq 3 ] || fail "the uninterrupted run did not finish with status 3"

i=0
while [ "$i" -lt "$kills" ]; do
  i=$((i + 1))
  run "$dir/killed" &
  batch=$!
  # A random moment within the first ~4 s of a run.
  sleep "$(awk -v s="$$$i" 'BEGIN { srand(s); printf "%.2f", rand() * 4 }')"
  kill -9 "$batch" 2>/dev/null
  wait "$batch" 2>/dev/null
done
(run "$dir/killed")
[ $? -eq 3 ] || fail "the last rerun did not finish with status 3"

for f in reports.csv indicators.csv measures.csv records.jsonl .itapipe-manifest.json; do
  cmp -s "$dir/whole/$f" "$dir/killed/$f" || fail "$f differs from the uninterrupted run's"
done
leftovers=$(find "$dir/killed" -name '*.tmp-*' -o -name '.itapipe-staging-*')
[ -z "$leftovers" ] || fail "temporary files left: $leftovers"
twice=$(grep -o '^{"key":"[0-9a-f]*"' "$dir/killed/.itapipe-journal.jsonl" | sort | uniq -d)
[ -z "$twice" ] || fail "documents read twice: $twice"
if command -v sqlite3 >/dev/null; then
  sqlite3 "$dir/whole.db" .dump | sort >"$dir/whole.sql"
  sqlite3 "$dir/killed.db" .dump | sort >"$dir/killed.sql"
  cmp -s "$dir/whole.sql" "$dir/killed.sql" || fail "the stores hold different rows"
fi
echo "kill_rerun_test: ok ($kills kills)"
