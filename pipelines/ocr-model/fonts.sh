# Font checks, sourced by evaluate.sh and train.sh (with FONTCONFIG_FILE set to fonts.conf).
# Pango draws a font fontconfig lacks in another one, silently: lines rendered so would train
# or score a font other than the one named.
#
#   require_fonts PROGRAM FONT...   # FONT as pango names it ("K2D Semi-Bold"); a family that
#                                   # fontconfig lacks: "PROGRAM: font ... is not installed", exit 1

require_fonts() {
  local program=$1 font family
  shift
  for font in "$@"; do
    family=$(sed -E 's/( (Thin|Light|Medium|Semi-Bold|Bold|Italic|Oblique))+$//' <<<"$font")
    if [[ -z $(fc-list "$family" family) ]]; then
      echo "$program: font \"$family\" is not installed: run scripts/setup.sh --tools" >&2
      exit 1
    fi
  done
}
