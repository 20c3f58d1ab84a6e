#!/usr/bin/env bash
# Builds the PDF report of each evaluation given and turns its pages into PNG images to look at:
#   npm run preview -- examples/la-petite-manchester.yaml [more.yaml...]
# Images go to preview/<name>-<page>.png (PREVIEW_DPI, default 80), drawn by scripts/render-pages.mjs.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ $# -eq 0 ]; then set -- examples/*.yaml; fi
mkdir -p preview
node bin/impact.js build "$@" --format pdf --out-dir preview
for yaml in "$@"; do
  name=$(basename "${yaml%.*}")
  rm -f "preview/$name"-*.png
  node scripts/render-pages.mjs "preview/$name.pdf" "preview/$name" "${PREVIEW_DPI:-80}"
done
