#!/bin/sh
# Regenerates every file under samples/ (PDFs and truth files). Deterministic: fixed seeds;
# LibreOffice embeds creation dates, so PDF bytes differ between runs, their content does not.
# The committed gen-* and hold-* files were drawn by an earlier state of the generator and are
# kept as the tests' regression base: this script no longer reproduces them exactly (it does
# reproduce fy-*). Rerunning it replaces them; don't, unless the base is meant to change.
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
# gen-* and hold-* keep the fiscal years they were drawn with; fy-* add the methodology's
# other years (2561 and 2568; generate.py's default is every year of models/methodology).
python3 generate.py --seed 1 --count 24 --prefix gen --templates base --years 2562-2567 \
  --out "$samples/born-digital" --truth "$samples/truth"
python3 generate.py --seed 2 --count 24 --prefix hold --templates holdout --years 2562-2567 \
  --out "$samples/holdout" --truth "$samples/truth"
python3 generate.py --seed 6 --count 6 --prefix fy --templates base --years 2561,2568 \
  --out "$samples/born-digital" --truth "$samples/truth"
python3 make_bad.py "$samples/bad" "$samples/truth" "$work" "$work/profile" \
  "$samples/born-digital/pakchong-2565.pdf"
echo "samples written to $samples"
