#!/usr/bin/env bash
# Trains "thnum", a compact Tesseract LSTM model that reads numbers in Thai ITA reports
# (Thai and ASCII digits, . , - / % : ( ), space, and the letters A-F I O T of codes and grades).
# Every step skips itself when its outputs exist, so re-running resumes an interrupted run.
#
#   pipelines/ocr-model/train.sh                        # run from anywhere
#   MAX_ITERATIONS=80000 STOP_AT=13:10 pipelines/ocr-model/train.sh
#
# Outputs: models/ocr/thnum.traineddata (integer model). Checkpoints (latest + best only) in
# pipelines/ocr-model/checkpoints/; bulky intermediate files in pipelines/ocr-model/work/.
set -euo pipefail

# ---- settings --------------------------------------------------------------------------
NET_SPEC='[1,36,0,1 Ct3,3,16 Mp3,3 Lfys48 Lfx96 Lrx96 Lfx96 O1c###]'  # ### = unicharset size
LEARNING_RATE=0.002
MAX_ITERATIONS=${MAX_ITERATIONS:-70000}
STOP_AT=${STOP_AT:-}          # optional UTC clock time (HH:MM): stop training then, keep the model
TEXT_SEED=1                   # evaluate.sh uses other seeds
TRAIN_FONTS=(
  "Laksaman" "Laksaman Bold" "Laksaman Italic" "Laksaman Bold Italic"
  "Kinnari" "Kinnari Bold" "Kinnari Italic"
  "Loma" "Loma Bold" "Garuda" "Garuda Bold" "Garuda Oblique"
  "Tlwg Typo" "Tlwg Typo Bold" "Tlwg Typist" "Tlwg Mono" "Tlwg Typewriter"
)
# text2image pages (bilevel, text2image's own degradation): ptsize:resolution:exposure
PAGE_CONFIGS=("10:300:-1" "12:300:0" "14:300:1" "12:200:0")
PAGE_LINES=40                 # text lines per text2image run
# pango: line images: condition:lines per font (see render_lines.py)
LINE_CONFIGS=("clean:80" "noisy:140" "bw:80")
FONTS_DIR=/usr/share/fonts
export OMP_THREAD_LIMIT=1     # one thread: the machine's other core belongs to the team

# ---- paths -----------------------------------------------------------------------------
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
WORK=$HERE/work
CK=$HERE/checkpoints
MODEL=$ROOT/models/ocr/thnum.traineddata
STARTER=$WORK/starter/thnum/thnum.traineddata
mkdir -p "$WORK/text" "$WORK/pages" "$WORK/lines" "$CK" "$(dirname "$MODEL")"
log() { echo "[$(date -u +%H:%M:%S)] $*"; }
slug() { echo "${1// /_}"; }

# ---- (a) training text -------------------------------------------------------------------
TEXT=$WORK/text/train.txt
n_page_lines=$(( ${#TRAIN_FONTS[@]} * ${#PAGE_CONFIGS[@]} * PAGE_LINES ))
n_line_lines=0
for c in "${LINE_CONFIGS[@]}"; do n_line_lines=$(( n_line_lines + ${#TRAIN_FONTS[@]} * ${c#*:} )); done
if [[ ! -s $TEXT ]]; then
  log "text: $((n_page_lines + n_line_lines)) lines"
  python3 "$HERE/make_text.py" --seed "$TEXT_SEED" --lines $((n_page_lines + n_line_lines)) \
    --out "$TEXT.part"
  mv "$TEXT.part" "$TEXT"
fi

# ---- (b1) text2image pages ---------------------------------------------------------------
first=1
for font in "${TRAIN_FONTS[@]}"; do
  for cfg in "${PAGE_CONFIGS[@]}"; do
    IFS=: read -r pt res exposure <<<"$cfg"
    base=$WORK/pages/$(slug "$font")_${pt}pt_${res}dpi
    if [[ ! -s $base.lstmf ]]; then
      log "pages: $font $cfg"
      sed -n "${first},$((first + PAGE_LINES - 1))p" "$TEXT" >"$base.txt"
      text2image --fonts_dir "$FONTS_DIR" --font "$font" --text "$base.txt" --outputbase "$base" \
        --ptsize "$pt" --resolution "$res" --exposure "$exposure" --max_pages 0 \
        --xsize 2550 --ysize 3300 >"$base.log" 2>&1
      tesseract "$base.tif" "$base" lstm.train >>"$base.log" 2>&1
    fi
    first=$((first + PAGE_LINES))
  done
done

# ---- (b2) greyscale / noisy / bilevel line images ---------------------------------------
for font in "${TRAIN_FONTS[@]}"; do
  for cfg in "${LINE_CONFIGS[@]}"; do
    cond=${cfg%%:*} count=${cfg#*:}
    base=$WORK/lines/$(slug "$font")_$cond
    if [[ ! -s $base.lstmf ]]; then
      log "lines: $font $cond"
      python3 "$HERE/render_lines.py" --train --text "$TEXT" --font "$font" --condition "$cond" \
        --seed "$TEXT_SEED" --first $((first - 1)) --count "$count" --out "$base"
      tesseract "$base.tif" "$base" --psm 13 lstm.train >"$base.log" 2>&1
    fi
    first=$((first + count))
  done
done
LIST=$WORK/train.list   # absolute paths: relative ones fail with "Deserialize header failed"
find "$WORK/pages" "$WORK/lines" -name '*.lstmf' -size +0 | sort >"$LIST"
log "training files: $(wc -l <"$LIST")"

# ---- (c) starter traineddata -------------------------------------------------------------
if [[ ! -s $STARTER ]]; then
  log "starter traineddata"
  mkdir -p "$WORK/langdata/thnum" "$WORK/starter/thnum"
  echo '# not used: the thnum charset has no CJK' >"$WORK/langdata/radical-stroke.txt"
  cp "$HERE/thnum.config" "$WORK/langdata/thnum/thnum.config"
  unicharset_extractor --output_unicharset "$WORK/unicharset" --norm_mode 1 "$TEXT"
  combine_lang_model --input_unicharset "$WORK/unicharset" --script_dir "$WORK/langdata" \
    --output_dir "$WORK/starter" --lang thnum --pass_through_recoder
fi

# ---- (d) training ------------------------------------------------------------------------
prune_checkpoints() {  # keep thnum_checkpoint (latest) and the newest thnum_<error>_*.checkpoint (best)
  local files
  files=$(ls -t "$CK"/thnum_[0-9]*.checkpoint 2>/dev/null || true)
  [[ -z $files ]] || echo "$files" | tail -n +2 | xargs -r rm -f
}
iterations_done() {
  grep -o 'At iteration [0-9]*/[0-9]*' "$WORK/train.log" 2>/dev/null | tail -1 | cut -d/ -f2 || true
}
if [[ ! -s $MODEL ]]; then
  classes=$(head -1 "$WORK/unicharset")
  args=(--traineddata "$STARTER" --model_output "$CK/thnum" --learning_rate "$LEARNING_RATE"
        --train_listfile "$LIST" --max_iterations "$MAX_ITERATIONS")
  if [[ -s $CK/thnum_checkpoint ]]; then
    log "training: continuing from $CK/thnum_checkpoint"
    args+=(--continue_from "$CK/thnum_checkpoint")
  else
    log "training: new network ${NET_SPEC/\#\#\#/$classes}"
    args+=(--net_spec "${NET_SPEC/\#\#\#/$classes}")
  fi
  lstmtraining "${args[@]}" >>"$WORK/train.log" 2>&1 &
  trainer=$!
  trap 'kill $trainer 2>/dev/null || true' EXIT
  stop_epoch=
  [[ -n $STOP_AT ]] && stop_epoch=$(date -u -d "$STOP_AT" +%s)
  while kill -0 $trainer 2>/dev/null; do
    sleep 30
    prune_checkpoints
    if [[ -n $stop_epoch && $(date -u +%s) -ge $stop_epoch ]]; then
      log "training: STOP_AT $STOP_AT reached, stopping"
      kill $trainer 2>/dev/null || true
    fi
  done
  wait $trainer || log "training: lstmtraining exited with status $? (stopped or failed)"
  trap - EXIT
  prune_checkpoints
  log "training: stopped at iteration $(iterations_done)"
fi

# ---- (e) integer model -------------------------------------------------------------------
if [[ ! -s $MODEL ]]; then
  log "model: $MODEL from the latest checkpoint"
  lstmtraining --stop_training --convert_to_int --continue_from "$CK/thnum_checkpoint" \
    --traineddata "$STARTER" --model_output "$MODEL.part" >>"$WORK/train.log" 2>&1
  mv "$MODEL.part" "$MODEL"
  ls -l "$MODEL"
fi
log "done"
