#!/usr/bin/env bash
# Throughput of itapipe next to the raw tools underneath, on the same inputs:
#   born-digital: `itapipe extract --jobs 1` over samples/born-digital and samples/holdout
#                 vs `pdftotext -raw` over the same files, one after the other;
#   scanned:      `itapipe extract` over samples/scanned, on 1 and on 2 workers, vs plain
#                 `tesseract IMAGE - -l tha+eng` (one thread) over the same pages rendered at
#                 300 dpi beforehand (rendering not counted for tesseract, counted for itapipe).
# Prints a markdown table. Usage: bench/throughput.sh [BUILD_DIR]   (default: build)
# The current figures live in bench/throughput.md (one file per benchmark; history is in git).
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$repo/build}
itapipe=$build/itapipe
samples=$repo/samples
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export OMP_THREAD_LIMIT=1

now() { date +%s.%N; }
pages_of() {  # total pages of the PDFs and images given
  local n=0 f
  for f in "$@"; do
    case "$f" in
      *.pdf) n=$((n + $(pdfinfo "$f" 2>/dev/null | awk '/^Pages:/ {print $2}'))) ;;
      *.tif | *.tiff) n=$((n + $(tiffinfo "$f" 2>/dev/null | grep -c 'TIFF Directory'))) ;;
      *) n=$((n + 1)) ;;
    esac
  done
  echo "$n"
}
best_of_3() {  # seconds of the fastest of three runs of "$@"
  local best="" t0 t1 s i
  for i in 1 2 3; do
    t0=$(now); "$@" >/dev/null 2>&1 || true; t1=$(now)
    s=$(echo "$t1 - $t0" | bc -l)
    if [[ -z $best ]] || (( $(echo "$s < $best" | bc -l) )); then best=$s; fi
  done
  echo "$best"
}
row() {  # name pages seconds
  printf '| %s | %d | %.2f | %.2f |\n' "$1" "$2" "$3" "$(echo "$2 / $3" | bc -l)"
}

mapfile -t born < <(find "$samples/born-digital" "$samples/holdout" -name '*.pdf' | sort)
born_pages=$(pages_of "${born[@]}")
pdftotext_all() { local f; for f in "${born[@]}"; do pdftotext -raw "$f" - >/dev/null; done; }
t_itapipe=$(best_of_3 "$itapipe" extract "${born[@]}" --out "$work/born" --jobs 1 --quiet --fresh)
t_pdftotext=$(best_of_3 pdftotext_all)

echo "# itapipe throughput ($(date -u "+%Y-%m-%d %H:%M UTC"), $(nproc --all) cores)"
echo
echo "| run | pages | seconds | pages/s |"
echo "| --- | ---: | ---: | ---: |"
row "born-digital: itapipe extract --jobs 1" "$born_pages" "$t_itapipe"
row "born-digital: pdftotext -raw" "$born_pages" "$t_pdftotext"
echo
echo "born-digital ratio itapipe / pdftotext: $(printf '%.2f' "$(echo "$t_itapipe / $t_pdftotext" | bc -l)")"

mapfile -t scans < <(find "$samples/scanned" -type f \( -name '*.pdf' -o -name '*.png' -o -name '*.jpg' -o -name '*.tif' \) 2>/dev/null | sort)
[[ ${#scans[@]} -gt 0 ]] || exit 0
# The pages tesseract gets: each scanned input rendered or split to 300 dpi greyscale PGM.
mkdir -p "$work/pages"
for f in "${scans[@]}"; do
  b=$work/pages/$(basename "${f%.*}")
  case "$f" in
    *.pdf) pdftoppm -r 300 -gray "$f" "$b" || true ;;
    # -depth 8: a bilevel TIFF would become maxval-1 PGMs, which Leptonica cannot read.
    *) convert "$f" -colorspace Gray -depth 8 "$b-%03d.pgm" || true ;;
  esac
done
mapfile -t images < <(find "$work/pages" -name '*.pgm' | sort)
tesseract_all() {  # a page tesseract cannot read would make it look fast: fail instead
  local f
  for f in "${images[@]}"; do
    tesseract "$f" - -l tha+eng >/dev/null 2>"$work/tesseract.err" ||
      { echo "tesseract failed on $f: $(tail -1 "$work/tesseract.err")" >&2; exit 1; }
  done
}
scan_pages=${#images[@]}
t0=$(now); tesseract_all; t_tesseract=$(echo "$(now) - $t0" | bc -l)
t0=$(now); "$itapipe" extract "${scans[@]}" --out "$work/scan1" --jobs 1 --quiet >"$work/scan1.txt" 2>&1 || true
t_ocr1=$(echo "$(now) - $t0" | bc -l)
t0=$(now); "$itapipe" extract "${scans[@]}" --out "$work/scan2" --jobs 2 --quiet >/dev/null 2>&1 || true
t_ocr2=$(echo "$(now) - $t0" | bc -l)
text_pages=$(awk -F, 'NR > 1 {s += $(NF-3) - $(NF-2)} END {print s + 0}' "$work/scan1/reports.csv" 2>/dev/null || echo 0)
echo
echo "| run | pages | seconds | pages/min |"
echo "| --- | ---: | ---: | ---: |"
for r in "scanned: tesseract -l tha+eng, 1 thread|$t_tesseract" "scanned: itapipe extract --jobs 1|$t_ocr1" \
         "scanned: itapipe extract --jobs 2|$t_ocr2"; do
  printf '| %s | %d | %.1f | %.1f |\n' "${r%%|*}" "$scan_pages" "${r#*|}" "$(echo "60 * $scan_pages / ${r#*|}" | bc -l)"
done
echo
echo "scanned ratio itapipe (1 worker, everything) / tesseract (1 thread, recognition only): $(printf '%.2f' "$(echo "$t_ocr1 / $t_tesseract" | bc -l)")"
echo "(of the $scan_pages pages, $text_pages came from a text layer in mixed PDFs; tesseract read them all)"
# itapipe's summary line gives its recognition time alone: "(OCR of N pages: S s of worker time)".
read -r ocr_pages ocr_seconds < <(sed -n 's/.*(OCR of \([0-9]*\) pages: \([0-9.]*\) s.*/\1 \2/p' "$work/scan1.txt")
if [[ -n ${ocr_pages:-} && $ocr_pages -gt 0 ]]; then
  per_itapipe=$(echo "$ocr_seconds / $ocr_pages" | bc -l)
  per_tesseract=$(echo "$t_tesseract / $scan_pages" | bc -l)
  printf 'OCR stage alone (1 worker): %d pages in %.1f s, %.2f s/page; tesseract %.2f s/page; ratio %.2f\n' \
    "$ocr_pages" "$ocr_seconds" "$per_itapipe" "$per_tesseract" "$(echo "$per_itapipe / $per_tesseract" | bc -l)"
fi
