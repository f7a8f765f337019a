#!/bin/sh
# names_test.sh ITAPIPE SAMPLES: a file name that is not UTF-8 (Thai in TIS-620, from an old
# Windows share) leaves every output valid UTF-8: source_file has \xHH for its bytes and
# records.jsonl keeps them in base64 (source_file_bytes).
set -u
itapipe=$1
samples=$2
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
fail() { echo "names_test: $*" >&2; exit 1; }

mkdir "$dir/in"
name=$(printf '\274\322\303 2565.pdf')  # TIS-620 bytes BC D2 C3
cp "$samples/bad/not-ita.pdf" "$dir/in/$name"
"$itapipe" extract "$dir/in" --out "$dir/out" --no-ocr --quiet >/dev/null 2>&1
[ $? -eq 3 ] || fail "exit status is not 3"
python3 - "$dir/out" "$dir/in/" <<'PY' || fail "outputs are not valid UTF-8 with the name kept"
import base64, json, os, sys
out, folder = sys.argv[1], os.fsencode(sys.argv[2])
for name in ("reports.csv", "indicators.csv", "measures.csv", "records.jsonl"):
    open(os.path.join(out, name), "rb").read().decode("utf-8")  # raises when not UTF-8
record = json.loads(open(os.path.join(out, "records.jsonl"), encoding="utf-8").readline())
assert record["source_file"].endswith("/\\xBC\\xD2\\xC3 2565.pdf"), record["source_file"]
assert base64.b64decode(record["source_file_bytes"]) == folder + b"\xbc\xd2\xc3 2565.pdf"
assert "\\xBC\\xD2\\xC3 2565.pdf" in open(os.path.join(out, "reports.csv"), encoding="utf-8-sig").read()
PY
echo "names_test: ok"
