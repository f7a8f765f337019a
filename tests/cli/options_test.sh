#!/bin/sh
# options_test.sh ITAPIPE SAMPLES: options are strict in every command (a bad --jobs is a
# usage error, status 2), take --x=v, -- ends them; --out and --store are checked before any
# file is read; the store waits for a lock another program holds for a few seconds.
set -u
itapipe=$1
samples=$2
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
fail() { echo "options_test: $*" >&2; exit 1; }
doc=$samples/bad/not-ita.pdf

usage() {  # usage ARGS...: itapipe extract ARGS must exit 2
  "$itapipe" extract "$@" >/dev/null 2>&1
  [ $? -eq 2 ] || fail "'$*' is not a usage error"
}
usage "$doc" --out "$dir/o" --jobs abc
usage "$doc" --out "$dir/o" --jobs=0
usage "$doc" --out "$dir/o" --jobs 2x
usage "$doc" --out "$dir/o" --jobs
usage "$doc" --out "$dir/o" --bogus
usage "$doc" --out=
usage "$doc" --out "$dir/o" --out "$dir/o2"

# The other commands parse the same way (cli/args.h).
usage_of() {  # usage_of COMMAND ARGS...: itapipe COMMAND ARGS must exit 2
  "$itapipe" "$@" >/dev/null 2>&1
  [ $? -eq 2 ] || fail "'$*' is not a usage error"
}
usage_of text --bogus "$doc"
usage_of text "$doc" "$doc"
usage_of text --models
usage_of compare --store="$dir/s.db" --out="$dir/c" --jobs=2
usage_of compare --store "$dir/s.db" "$dir/c"
usage_of report --store "$dir/s.db" --out "$dir/r.html" --xlsx "$dir/r.xlsx"
usage_of report --out "$dir/r.html"

"$itapipe" extract --out="$dir/o" --jobs=1 --quiet -- "$doc" --no-ocr >/dev/null 2>&1
[ $? -eq 3 ] || fail "--x=v and -- not taken"
grep -q ",'--no-ocr,.*,failed,file_not_found" "$dir/o/reports.csv" ||
  fail "an input after -- is not an input"

# Checked before reading: no progress line is printed, the status is 1.
before() {  # before WHAT ARGS...
  what=$1
  shift
  "$itapipe" extract "$doc" "$@" >/dev/null 2>"$dir/stderr"
  [ $? -eq 1 ] || fail "$what: status is not 1"
  ! grep -q '^\[1/' "$dir/stderr" || fail "$what: a document was read first"
}
touch "$dir/file"
before "--out under a file" --out "$dir/file/o"
before "--store in a missing folder" --out "$dir/o2" --store "$dir/missing/s.db"
head -c 4096 "$doc" >"$dir/not-a.db"
before "--store not a database" --out "$dir/o3" --store "$dir/not-a.db"
if command -v sqlite3 >/dev/null; then
  "$itapipe" extract "$doc" --out "$dir/o4" --store "$dir/s.db" --quiet >/dev/null 2>&1
  # Another program holds the store's write lock for 8 s (more than the old 5 s timeout).
  (echo "BEGIN EXCLUSIVE;"; sleep 8; echo "COMMIT;") | sqlite3 "$dir/s.db" &
  sleep 1
  "$itapipe" extract "$doc" --out "$dir/o5" --store "$dir/s.db" --quiet >/dev/null \
    2>"$dir/stderr"
  [ $? -eq 3 ] || fail "a store locked for 8 s failed the run: $(cat "$dir/stderr")"
  wait
fi
echo "options_test: ok"
