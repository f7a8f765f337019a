#!/bin/sh
# Regenerates every file under samples/ (PDFs and truth files). Deterministic: fixed seeds;
# LibreOffice embeds creation dates, so PDF bytes differ between runs, their content does not.
# Needs: soffice (LibreOffice), fonts-thai-tlwg, qpdf, python3.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
samples="$repo/samples"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

mkdir -p "$samples/born-digital" "$samples/holdout" "$samples/bad" "$samples/truth"
rm -f "$samples"/born-digital/* "$samples"/holdout/* "$samples"/bad/* "$samples"/truth/*

cd "$here"
python3 pakchong.py "$samples/born-digital" "$samples/truth" "$work" "$work/profile"
python3 generate.py --seed 1 --count 24 --prefix gen --templates base \
  --out "$samples/born-digital" --truth "$samples/truth"
python3 generate.py --seed 2 --count 24 --prefix hold --templates holdout \
  --out "$samples/holdout" --truth "$samples/truth"
python3 make_bad.py "$samples/bad" "$samples/truth" "$work" "$work/profile" \
  "$samples/born-digital/pakchong-2565.pdf"
echo "samples written to $samples"
