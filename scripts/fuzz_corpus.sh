#!/usr/bin/env bash
# Assembles the seed corpus of each fuzz target (tests/fuzz/) into DIR/<target>/ from
# samples/ and models/: small files made on the fly, nothing large committed. Re-running adds
# what is missing and keeps what the fuzzer has found since.
#   scripts/fuzz_corpus.sh [DIR]      # default build-fuzz/corpus
# pdftotext (setup.sh) is needed; qpdf, img2pdf and ImageMagick's convert (setup.sh --tools)
# make smaller PDF and image seeds when present.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-build-fuzz/corpus}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

targets=(pdf_reader image_reader thai_text normalize_document rule_set methodology_file
         measure_table_rules tsv_file table_builder)
for t in "${targets[@]}"; do mkdir -p "$out/$t"; done

# Little-endian 16-bit words and page coordinates as tests/fuzz/fuzz_input.h reads them.
u16() { printf "\\x$(printf %02x $(($1 & 255)))\\x$(printf %02x $(($1 >> 8)))"; }
coord() { u16 $((($1 + 64) * 64)); }

pdfs=(samples/born-digital/gen-0[1-4]*.pdf samples/holdout/hold-0[1-2]*.pdf samples/bad/*.pdf)

# pdf_reader: whole sample PDFs, and their first pages alone when qpdf is there.
for f in "${pdfs[@]}"; do
  name=$(basename "$f" .pdf | tr -c 'A-Za-z0-9.\n-' _)
  cp "$f" "$out/pdf_reader/$name.pdf"
  if command -v qpdf >/dev/null && [ -s "$f" ]; then
    qpdf --empty --pages "$f" 1 -- "$out/pdf_reader/$name-p1.pdf" 2>/dev/null || true
  fi
done

# image_reader: small PNG, JPEG, G4 and grey TIFF, a two-page TIFF; the samples as they are
# without ImageMagick.
# Only the real ImageMagick: some machines have a `convert` stand-in that makes no images.
if convert -version 2>/dev/null | grep -q ImageMagick; then
  scan=samples/scanned/scan-04-g4tiff300-gen-01-tessaban-mueang-2564.tif
  convert "$scan[0]" -resize 8% -colorspace Gray "$tmp/page.png"
  convert "$tmp/page.png" "$out/image_reader/page.png"
  convert "$tmp/page.png" -quality 60 "$out/image_reader/page.jpg"
  convert "$tmp/page.png" -monochrome -compress Group4 "$out/image_reader/page-g4.tif"
  convert "$tmp/page.png" -compress LZW "$out/image_reader/page-grey.tif"
  convert "$tmp/page.png" "$tmp/page.png" -compress Group4 "$out/image_reader/two-pages.tif"
  if command -v img2pdf >/dev/null; then
    img2pdf "$out/image_reader/page.jpg" -o "$out/pdf_reader/scanned-page.pdf" 2>/dev/null || true
  fi
else
  cp samples/scanned/scan-04-*.tif samples/scanned/scan-07-*.png samples/scanned/scan-08-*.jpg \
     "$out/image_reader/"
fi
cp samples/bad/huge-image.png "$out/image_reader/"

# thai_text, rule_set, measure_table_rules: canonical text of the samples, in pieces.
for f in samples/born-digital/gen-0[1-3]*.pdf samples/holdout/hold-01*.pdf; do
  name=$(basename "$f" .pdf | tr -c 'A-Za-z0-9.\n-' _)
  pdftotext -layout "$f" "$tmp/$name.txt"
  split -b 2000 -a 2 "$tmp/$name.txt" "$out/thai_text/$name-"
  { cat models/rules/fields.tsv; printf '\0'; head -c 4000 "$tmp/$name.txt"; } \
    >"$out/rule_set/$name"
  head -c 1000 "$tmp/$name.txt" >"$out/normalize_document/$name"
done
cp models/gazetteer/agency_types.tsv "$out/thai_text/"
for cell in 'ผู้รับผิดชอบ' 'มาตรการ' '✓' 'Vv' 'ดำเนินการแล้ว' '-'; do
  { cat models/rules/measure_tables.tsv; printf '\0%s' "$cell"; } \
    >"$out/measure_table_rules/$(printf %s "$cell" | cksum | cut -d' ' -f1)"
done

# methodology_file, tsv_file: the model files.
cp models/methodology/*.tsv "$out/methodology_file/"
cp models/methodology/*.tsv models/rules/* "$out/tsv_file/"

# normalize_document: two pages of words (64 words at most each: count, box, text, confidence).
{
  u16 2; u16 5
  for w in 'ตัว' 'ชี้' 'วัด' 'ที่' '๑๐'; do coord 100; coord 200; u16 30; u16 12; printf '%s\0\xc8' "$w"; done
  u16 1; u16 2
  for w in 'ผลการประเมิน' '๙๕.๕๐'; do coord 80; coord 300; u16 90; u16 12; printf '%s\0\xff' "$w"; done
} >"$out/normalize_document/two-pages"

# table_builder: a 3 x 3 grid of rulings with a word in each cell.
{
  u16 8
  for y in 100 140 180 220; do u16 1; coord "$y"; coord 50; coord 500; u16 4; done
  for x in 50 200 350 500; do u16 0; coord "$x"; coord 100; coord 220; u16 4; done
  for y in 110 150 190; do
    for x in 60 210 360; do coord "$x"; coord "$y"; u16 40; u16 12; printf 'ช่อง%d\0\xff' "$x"; done
  done
} >"$out/table_builder/grid-3x3"

for t in "${targets[@]}"; do
  echo "fuzz_corpus: $t: $(ls "$out/$t" | wc -l) inputs"
done
