#!/usr/bin/env bash
# Evaluates models/ocr/thnum.traineddata against Debian's stock `tha` model on held-out lines
# of numbers (text seed different from training) rendered in fonts NOT used for training, clean
# and scan-like, and writes models/ocr/thnum.eval.md.
#
#   pipelines/ocr-model/evaluate.sh
#
# Each line image is read as `tesseract LINE.png - --psm 7 -l MODEL` would read it: the
# images of one font and condition are passed to one tesseract run as a list file (list.txt),
# which gives the same result per image and starts the engine once.
set -euo pipefail

# Debian's Thai text faces, then those of the npm packages in fonts/ (Google Fonts): the
# national fonts of Thai government documents (Sarabun, the redesign of TH Sarabun New, whose
# TLWG twin Laksaman is trained on; Niramit, K2D, Kodchasan, Chakra Petch, Bai Jamjuree, KoHo,
# Fahkwang) and other text faces. Listed before any model was measured on them; display and
# headline faces (Kanit, Prompt, Mitr), script and handwriting styles are not evaluated.
EVAL_FONTS=("Norasi" "Waree" "Umpush" "Noto Sans Thai" "Noto Serif Thai" "Arundina Sans" "Arundina Serif"
            "Sarabun" "Niramit" "K2D" "Kodchasan" "Chakra Petch" "Bai Jamjuree" "KoHo" "Fahkwang"
            "IBM Plex Sans Thai" "IBM Plex Sans Thai Looped" "Anuphan" "Athiti" "Pridi" "Taviraj"
            "Trirong" "Maitree")
SEEN_FONTS=("Laksaman" "Loma")   # trained-on fonts, new text: a sanity row
# Fonts of the list above that the model under test was trained on move to the sanity rows:
# Norasi (train.sh phase 3), Noto Sans Thai (phase 4) and the npm faces of phase 7 for the
# model in use; THNUM_TRAINED_ALSO="" for a phase 1 model, "Norasi" for phase 3,
# "Norasi,Noto Sans Thai" for phases 4 to 6.
PHASE7_FONTS="K2D,Kodchasan,Bai Jamjuree,Fahkwang,Athiti,Pridi"
kept=()
for font in "${EVAL_FONTS[@]}"; do
  if [[ ",${THNUM_TRAINED_ALSO-Norasi,Noto Sans Thai,$PHASE7_FONTS}," == *",$font,"* ]]; then
    SEEN_FONTS+=("$font")
  else
    kept+=("$font")
  fi
done
EVAL_FONTS=("${kept[@]}")
CONDITIONS=(clean noisy bw)
LINES=60                         # lines per font and condition
MAX_TOKENS=3                     # numbers per line: table cells and short number runs
TEXT_SEED=20261125               # training uses seed 1
RENDER_SEED=7
JOBS=${JOBS:-$(nproc)}          # font and condition sets rendered and read at once
TARGET=99.5                     # digit accuracy per held-out font and condition (issue 3)
export OMP_THREAD_LIMIT=1
export MAGICK_THREAD_LIMIT=1  # ImageMagick aborts now and then with more

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
EVAL=$HERE/work/eval
MODEL_DIR=${THNUM_MODEL_DIR:-$ROOT/models/ocr}  # THNUM_MODEL_DIR: evaluate a candidate model
OUT=$MODEL_DIR/thnum.eval.md
mkdir -p "$EVAL"
log() { echo "[$(date -u +%H:%M:%S)] $*"; }
export FONTCONFIG_FILE=$HERE/fonts.conf

# Pango silently draws a missing font in another one, which would score a font never seen.
for font in "${EVAL_FONTS[@]}" "${SEEN_FONTS[@]}"; do
  if [[ -z $(fc-list "$font" family) ]]; then
    echo "evaluate.sh: font \"$font\" is not installed: run scripts/setup.sh --tools" >&2
    exit 1
  fi
done

[[ -s $EVAL/test.txt ]] || python3 "$HERE/make_text.py" --seed "$TEXT_SEED" --lines "$LINES" \
  --max-tokens "$MAX_TOKENS" --out "$EVAL/test.txt"

evaluate_set() {  # FONT CONDITION: render its lines once, read them with both models
  local font=$1 cond=$2 dir=$EVAL/${1// /_}_$2
  if [[ ! -s $dir/list.txt ]]; then
    log "render: $font $cond"
    rm -rf "$dir" && mkdir -p "$dir"
    python3 "$HERE/render_lines.py" --text "$EVAL/test.txt" --font "$font" --condition "$cond" \
      --seed "$RENDER_SEED" --out "$dir/line"
    ls "$dir"/line_*.png >"$dir/list.txt.part" && mv "$dir/list.txt.part" "$dir/list.txt"
  fi
  log "ocr: $font $cond"
  tesseract "$dir/list.txt" "$dir/thnum" --psm 7 -l thnum --tessdata-dir "$MODEL_DIR" 2>/dev/null
  # Stock tha does not change between runs: its readings of the same images are kept.
  [[ -s $dir/tha.txt ]] || tesseract "$dir/list.txt" "$dir/tha" --psm 7 -l tha 2>/dev/null
}
for font in "${EVAL_FONTS[@]}" "${SEEN_FONTS[@]}"; do
  for cond in "${CONDITIONS[@]}"; do
    (($(jobs -rp | wc -l) < JOBS)) || wait -n
    evaluate_set "$font" "$cond" &
  done
done
wait

iterations=${THNUM_ITERATIONS:-$(grep -o 'At iteration [0-9]*/[0-9]*' "$HERE/work/train.log" 2>/dev/null | tail -1 | cut -d/ -f2 || true)}
heldout=$(IFS=,; echo "${EVAL_FONTS[*]}")
seen=$(IFS=,; echo "${SEEN_FONTS[*]}")
python3 "$HERE/eval_score.py" "$EVAL" --models thnum tha --heldout "$heldout" --seen "$seen" \
  --target "$TARGET" \
  --note "# thnum: evaluation on held-out lines of numbers" \
  --note "" \
  --note "- Produced by \`pipelines/ocr-model/evaluate.sh\` on $(date -u '+%Y-%m-%d %H:%M UTC')." \
  --note "- Model: \`models/ocr/thnum.traineddata\` ($(stat -c %s "$MODEL_DIR/thnum.traineddata") bytes, sha256 $(sha256sum "$MODEL_DIR/thnum.traineddata" | cut -c1-16)…), trained ${iterations:-?} iterations; compared with Debian's stock \`tha\` ($(tesseract --version 2>&1 | head -1))." \
  --note "- Text: \`make_text.py --seed $TEXT_SEED --lines $LINES --max-tokens $MAX_TOKENS\` (training used seed 1); the same $LINES lines in every font and condition." \
  --note "- Held-out fonts (never used in training): ${EVAL_FONTS[*]}. Sanity rows: ${SEEN_FONTS[*]} (trained-on fonts, new text)." \
  --note "- Conditions (\`render_lines.py\`, render seed $RENDER_SEED, 10-16 pt): clean = anti-aliased grey at 300 dpi; noisy = 200-300 dpi, lowered contrast, Gaussian noise, blur 0.2-0.9 px, rotation up to 0.8° on 60 % of lines; bw = bilevel scan (blur, noise, threshold 40-65 %) at 200-300 dpi. ImageMagick's noise is seeded: every run reads the same images." \
  --note "- OCR: \`tesseract LIST - --psm 7 -l thnum --tessdata-dir models/ocr\` and \`... -l tha\`, OMP_THREAD_LIMIT=1, one page per line image." \
  --note "- Digit accuracy counts Thai and ASCII digits as different characters; stock \`tha\` cannot output ๔ ๖ ๗ ๘ ๙." \
  >"$OUT.part"
mv "$OUT.part" "$OUT"
log "wrote $OUT"
