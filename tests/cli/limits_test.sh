#!/bin/sh
# limits_test.sh ITAPIPE SAMPLES: sizes are checked from headers before anything is decoded,
# for every page of every format, and each refusal has its problem code: a TIFF whose second
# page is 40000x40000, a PDF with a 14400-point page, a PDF with no pages. Under --quiet a
# truncated TIFF writes nothing on stderr.
set -u
itapipe=$1
samples=$2
here=$(dirname "$0")
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
fail() { echo "limits_test: $*" >&2; exit 1; }

python3 "$here/make_tiff.py" "$dir/two-pages.tif" 1000x1400 40000x40000 || fail "make_tiff.py"
printf '%%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj
2 0 obj <</Type /Pages /Kids [3 0 R] /Count 1>> endobj
3 0 obj <</Type /Page /Parent 2 0 R /MediaBox [0 0 14400 14400]>> endobj
trailer <</Root 1 0 R>>\n%%%%EOF\n' >"$dir/huge-page.pdf"
printf '%%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj
2 0 obj <</Type /Pages /Kids [] /Count 0>> endobj
trailer <</Root 1 0 R>>\n%%%%EOF\n' >"$dir/no-pages.pdf"
head -c 60000 "$samples/scanned/scan-05-g4tiff300-hold-04-tessaban-mueang-2562.tif" \
  >"$dir/truncated.tif"

# A worker may use 1 GB: decoding the 40000x40000 page would need 1.6.
"$itapipe" extract "$dir/two-pages.tif" "$dir/huge-page.pdf" "$dir/no-pages.pdf" \
  "$dir/truncated.tif" --out "$dir/out" --no-ocr --quiet --jobs 1 --max-memory 1024 \
  >/dev/null 2>"$dir/stderr"
status=$?
[ "$status" -eq 3 ] || fail "exit status $status, want 3"
expect() {  # expect FILE CODE: FILE's row has CODE among its problems (the 16th column)
  row=$(grep "/$1," "$dir/out/reports.csv" | tr -d '\r')
  case ";$(echo "$row" | cut -d, -f16);" in
    *";$2;"*) ;;
    *) fail "$1: no $2 in: $row" ;;
  esac
}
expect two-pages.tif page_too_large:2
expect huge-page.pdf page_too_large:1
expect no-pages.pdf empty_document
[ ! -s "$dir/stderr" ] || fail "stderr under --quiet: $(head -c 300 "$dir/stderr")"
echo "limits_test: ok"
