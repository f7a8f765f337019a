#!/bin/sh
# shard_merge_test.sh ITAPIPE SAMPLES: three shards (extract --shard I/3) merged equal one run
# over the same inputs byte for byte, store included; every input, failed ones too, is in
# exactly one shard; bad --shard values are usage errors and bad merges say what to do.
# Text layers only (--no-ocr): OCR of the scans would make this minutes long, and sharding
# does not depend on how a file is read.
set -u
itapipe=$1
samples=$2
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
fail() { echo "shard_merge_test: $*" >&2; exit 1; }

# Besides samples/ (documents, damaged files, scans): inputs that are rows without a file.
mkdir -p "$dir/odd/sub"
ln -s "$dir/nowhere.pdf" "$dir/odd/broken.pdf"
mkfifo "$dir/odd/sub/fifo.pdf"
extract() {  # extract OUT ARGS...: the batch, into OUT with the store OUT.db
  out=$1
  shift
  "$itapipe" extract "$samples" "$dir/odd" "$dir/missing.pdf" --out "$out" --store "$out.db" \
    --jobs 2 --no-ocr --quiet "$@" >/dev/null 2>&1
}

extract "$dir/whole"
[ $? -eq 3 ] || fail "the single run did not finish with status 3"
rows=0
for i in 1 2 3; do
  extract "$dir/s$i" --shard "$i/3"
  status=$?
  [ $status -eq 0 ] || [ $status -eq 3 ] || fail "shard $i/3 ended with status $status"
  n=$(wc -l <"$dir/s$i/records.jsonl")
  [ "$n" -gt 0 ] || fail "shard $i/3 is empty"
  rows=$((rows + n))
done
[ "$rows" -eq "$(wc -l <"$dir/whole/records.jsonl")" ] ||
  fail "the shards hold $rows reports, the single run $(wc -l <"$dir/whole/records.jsonl")"

"$itapipe" merge "$dir/s2" "$dir/s3" "$dir/s1" --out "$dir/merged" --store "$dir/merged.db" \
  --shard-store "$dir/s1.db" --shard-store "$dir/s2.db" --shard-store "$dir/s3.db" >/dev/null ||
  fail "merge failed"
for f in reports.csv indicators.csv measures.csv records.jsonl .itapipe-manifest.json; do
  cmp -s "$dir/whole/$f" "$dir/merged/$f" || fail "merged $f differs from the single run's"
done
[ ! -e "$dir/merged/.itapipe-shard.json" ] || fail "the merge left a shard description"
if command -v sqlite3 >/dev/null; then
  sqlite3 "$dir/whole.db" .dump | sort >"$dir/whole.sql"
  sqlite3 "$dir/merged.db" .dump | sort >"$dir/merged.sql"
  cmp -s "$dir/whole.sql" "$dir/merged.sql" || fail "the merged store holds other rows"
fi

doc=$samples/bad/not-ita.pdf
for bad in 0/3 4/3 3/0 abc 1/ /3 1/3x -1/3 1/3/3 " 1/3"; do
  "$itapipe" extract "$doc" --out "$dir/o" --shard "$bad" >/dev/null 2>&1
  [ $? -eq 2 ] || fail "--shard '$bad' is not a usage error"
done

refused() {  # refused WORDS ARGS...: merge ARGS ends with status 1 saying WORDS
  words=$1
  shift
  "$itapipe" merge "$@" --out "$dir/m" >/dev/null 2>"$dir/stderr"
  [ $? -eq 1 ] || fail "merge $*: status is not 1"
  grep -q "$words" "$dir/stderr" || fail "merge $*: does not say '$words': $(cat "$dir/stderr")"
}
refused "shard 3/3 is missing" "$dir/s1" "$dir/s2"
refused "give each shard once" "$dir/s1" "$dir/s2" "$dir/s3" "$dir/s1"
refused "no such folder" "$dir/s1" "$dir/s2" "$dir/nothing"
refused "extract --shard" "$dir/s1" "$dir/s2" "$dir/whole"
extract "$dir/half" --shard 1/2
refused "same batch" "$dir/s1" "$dir/s2" "$dir/s3" "$dir/half"
extract "$dir/other" --shard 2/3 --no-number-pass
refused "same command" "$dir/s1" "$dir/other" "$dir/s3"
"$itapipe" merge "$dir/s1" >/dev/null 2>&1
[ $? -eq 2 ] || fail "merge without --out is not a usage error"
"$itapipe" merge "$dir/s1" "$dir/s2" "$dir/s3" --out "$dir/m" --store "$dir/m.db" \
  --shard-store "$dir/s1.db" >/dev/null 2>&1
[ $? -eq 2 ] || fail "--store with one --shard-store for three shards is not a usage error"
"$itapipe" merge "$dir/s1" "$dir/s2" "$dir/s3" --out "$dir/s2" >/dev/null 2>&1
[ $? -eq 1 ] || fail "a merge into a shard folder is not refused"
cp "$dir/merged.db" "$dir/kept.db"
"$itapipe" merge "$dir/s1" "$dir/s2" "$dir/s3" --out "$dir/merged" --store "$dir/kept.db" \
  --shard-store "$dir/s1.db" --shard-store "$dir/none.db" --shard-store "$dir/s3.db" \
  >/dev/null 2>"$dir/stderr"
[ $? -eq 1 ] && grep -q "none.db: no such store" "$dir/stderr" ||
  fail "a missing shard store is not an error naming it"
cmp -s "$dir/merged.db" "$dir/kept.db" || fail "a failed merge changed the merged store"
printf 'x' >>"$dir/s2/measures.csv"
refused "does not match" "$dir/s1" "$dir/s2" "$dir/s3"
echo "shard_merge_test: ok (3 shards of $rows inputs)"
