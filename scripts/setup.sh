#!/usr/bin/env bash
# Installs the Debian packages itapipe needs to build and test, then builds it.
# Idempotent: re-running only checks what is already there.
#
#   scripts/setup.sh              # what build, tests and `itapipe extract` need
#   scripts/setup.sh --tools      # also what bench/, sample generation and model training need
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(
  build-essential cmake pkg-config git
  libpoppler-cpp-dev poppler-utils
  libtesseract-dev libleptonica-dev tesseract-ocr tesseract-ocr-tha tesseract-ocr-eng
  libicu-dev libre2-dev doctest-dev libsqlite3-dev libxlsxwriter-dev
  fonts-thai-tlwg
  chromium python3  # the tests: report.html in headless Chromium, the workbook read back
  clang libclang-rt-14-dev llvm  # scripts/fuzz.sh: libFuzzer and the sanitizers' symbolizer
  clang-tidy  # scripts/test.sh: the checks of .clang-tidy
  # tests/cli/slurm_test.sh starts a one-node Slurm of its own (under systemd the packages also
  # enable munge, slurmctld and slurmd services it does not use); the tests compare stores as SQL.
  slurm-wlm munge sqlite3
)
# bench/ (bc, tiffcp, convert), pipelines/samples/make_scans.sh (img2pdf, qpdf, convert) and
# pipelines/samples/make_samples.sh (soffice) and pipelines/ocr-model/ (convert with its TIFF
# coder, the held-out fonts of evaluate.sh, the extra training fonts of train.sh's phases 4 and 6;
# the Google Fonts faces of evaluate.sh and phase 7 come from npm, below).
tool_packages=(
  bc imagemagick libmagickcore-6.q16-6-extra libtiff-tools img2pdf qpdf python3
  libreoffice-writer-nogui
  fonts-noto-core fonts-sipa-arundina fonts-freefont-ttf fonts-liberation2 fonts-urw-base35
  fonts-crosextra-carlito fonts-crosextra-caladea fonts-roboto-slab fonts-linuxlibertine fonts-go
)
tools=0
if [ "${1:-}" = "--tools" ]; then
  tools=1
  packages+=("${tool_packages[@]}")
  # The npm fonts of pipelines/ocr-model/fonts/; any Node.js with npm will do.
  command -v npm >/dev/null || packages+=(npm)
elif [ $# -gt 0 ]; then
  echo "usage: scripts/setup.sh [--tools]" >&2
  exit 2
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  echo "setup: installing ${missing[*]}"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

fonts=pipelines/ocr-model/fonts
if [ "$tools" -eq 1 ] && ! npm ls --prefix "$fonts" >/dev/null 2>&1; then
  echo "setup: installing the npm fonts of $fonts"
  npm ci --prefix "$fonts" --no-audit --no-fund
fi

build_type="${ITAPIPE_BUILD_TYPE:-Release}"
cmake -S . -B build -DCMAKE_BUILD_TYPE="$build_type" ${ITAPIPE_CMAKE_ARGS:-} >/dev/null
cmake --build build -j"$(nproc)"
