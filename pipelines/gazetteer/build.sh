#!/usr/bin/env bash
# Builds models/gazetteer/places.tsv from the npm package pinned in package-lock.json.
# Needs node and npm (the npm registry). Usage: pipelines/gazetteer/build.sh
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
cd "$here"
npm ci --ignore-scripts --no-audit --no-fund >/dev/null
node build.js "$here/../../models/gazetteer/places.tsv"
