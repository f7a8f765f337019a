#!/bin/sh
# run_extract.sh ITAPIPE OUT_DIR INPUT...: a fresh `itapipe extract INPUT... --out OUT_DIR`;
# succeeds when itapipe exits 0 (ok) or 3 (finished with warnings: the bad samples).
itapipe=$1
out=$2
shift 2
rm -rf "$out"
"$itapipe" extract "$@" --out "$out"
status=$?
if [ "$status" -ne 0 ] && [ "$status" -ne 3 ]; then
  echo "itapipe extract exited with status $status" >&2
  exit 1
fi
exit 0
