#!/bin/sh
# Regenerates samples/scanned/ (scanned variants of sample reports) and their truth files
# samples/truth/scan-*.tsv; see the docstring of make_scans.py for the variants.
# Deterministic (fixed seed) and idempotent: only samples/scanned/* and scan-*.tsv are rewritten.
# Needs (Debian packages): poppler-utils (pdftoppm, pdftotext, pdfinfo), imagemagick (IM6
# `convert`), img2pdf, libtiff-tools (tiffcp), qpdf, python3 (standard library only).
# Arguments, if any, are SPECS numbers to remake alone (e.g. `make_scans.sh 7 8`).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
for tool in pdftoppm pdftotext pdfinfo convert img2pdf tiffcp qpdf python3; do
  command -v "$tool" >/dev/null 2>&1 || { echo "make_scans.sh: $tool not found" >&2; exit 1; }
done
exec python3 "$here/make_scans.py" "$@"
