#!/bin/sh
# inputs_test.sh ITAPIPE SAMPLES: every input that is not ok gets a row with a problem,
# including folders that cannot be listed, broken links, link loops and FIFOs, and none of
# them hangs the batch. Run as an unprivileged user when started as root (root reads all).
set -u
itapipe=$1
samples=$2
dir=$(mktemp -d)
trap 'chmod -R u+rwx "$dir"; rm -rf "$dir"' EXIT
fail() { echo "inputs_test: $*" >&2; exit 1; }

in=$dir/in
mkdir -p "$in/locked" "$dir/locked-arg"
cp "$samples/bad/not-ita.pdf" "$in/good.pdf"
cp "$samples/bad/not-ita.pdf" "$in/locked/hidden.pdf"
ln -s "$in/nowhere.pdf" "$in/gone.pdf"
ln -s "$in/loop.pdf" "$in/loop.pdf"
mkfifo "$in/pipe.pdf" "$in/pipe"
echo notes >"$in/notes.txt"
chmod 000 "$in/locked" "$dir/locked-arg"
chmod 777 "$dir"
as_user=
if [ "$(id -u)" = 0 ]; then
  as_user="setpriv --reuid=65534 --regid=65534 --clear-groups"
fi
# shellcheck disable=SC2086
timeout 120 $as_user "$itapipe" extract "$in" "$dir/locked-arg" --out "$dir/out" --no-ocr \
  --quiet >/dev/null 2>"$dir/stderr"
status=$?
[ "$status" -eq 3 ] || fail "exit status $status, want 3: $(cat "$dir/stderr")"
expect() {  # expect PATH CODE: the row of PATH has problems (the 16th column) CODE
  row=$(grep "^[0-9a-f]*,$1," "$dir/out/reports.csv" | tr -d '\r')
  [ "$(echo "$row" | cut -d, -f16)" = "$2" ] || fail "$1: want $2, row: '$row'"
}
expect "$in/gone.pdf" broken_link
expect "$in/loop.pdf" broken_link
expect "$in/pipe.pdf" not_a_regular_file
expect "$in/pipe" not_a_regular_file
expect "$in/locked" unreadable_folder
expect "$dir/locked-arg" unreadable_folder
expect "$in/good.pdf" not_an_ita_report
rows=$(($(wc -l <"$dir/out/reports.csv") - 1))
[ "$rows" -eq 7 ] || fail "$rows rows, want 7 (notes.txt is skipped)"
echo "inputs_test: ok"
