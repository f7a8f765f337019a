#!/bin/sh
# compare_cli.sh ITAPIPE SOURCE_DIR WORK_DIR: `itapipe compare` and `itapipe report` end to end
# on a synthetic store (bench/make_store.py): filters as staff type them, a missing --out
# folder, the workbook read back, report.html opened in headless Chromium.
set -eu
itapipe=$1 src=$2 work=$3
here=$src/tests/compare
rm -rf "$work" && mkdir -p "$work"
python3 "$src/bench/make_store.py" "$itapipe" "$work/store.db" 160 2561-2567

# Province with จ. and Thai digits; the --out folder does not exist yet.
"$itapipe" compare --store "$work/store.db" --province "จ. กระบี่" --years "๒๕๖๔-๒๕๖๖" \
  --out "$work/new/tables"
python3 "$here/check_outputs.py" csv "$work/new/tables"

# The whole store as a workbook.
"$itapipe" compare --store "$work/store.db" --out "$work/all" --xlsx "$work/all.xlsx"
python3 "$here/check_outputs.py" xlsx "$work/all.xlsx"

# A filter that matches nothing says so; a province that is none is a usage error.
status=0
"$itapipe" compare --store "$work/store.db" --agency "ทม.ไม่มีจริง" --out "$work/none" \
  2>"$work/none.err" || status=$?
[ "$status" = 1 ] && grep -q "no stored agency-year matches --agency" "$work/none.err"
status=0
"$itapipe" compare --store "$work/store.db" --province "Krabi" --out "$work/none" || status=$?
[ "$status" = 2 ]

# report.html: the DOM has the trends, the screenshot is not blank.
"$itapipe" report --store "$work/store.db" --province "กระบี่" --out "$work/report.html"
chromium --headless --no-sandbox --disable-gpu --dump-dom "file://$work/report.html" \
  >"$work/dom.html" 2>/dev/null
name=$(grep -o '<section class="agency card"[^>]*><h3>[^<]*' "$work/report.html" | head -1 |
  sed 's/.*<h3>//; s/ $//')
python3 "$here/check_outputs.py" dom "$work/dom.html" "$name"
chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=900,700 \
  --screenshot="$work/report.png" "file://$work/report.html" >/dev/null 2>&1
ink=$(python3 "$here/png_ink.py" "$work/report.png")
echo "report.png: $ink of the pixels are ink"
python3 -c "import sys; sys.exit(0 if float('$ink') > 0.01 else 1)"
echo "compare_cli: ok"
