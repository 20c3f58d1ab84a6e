#!/usr/bin/env bash
# Builds the PDF report of each evaluation given and turns its pages into PNG images to look at:
#   npm run preview -- examples/la-petite-manchester.yaml [more.yaml...]
# Needs pdftoppm (Debian package poppler-utils). Images go to preview/<name>-<page>.png.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ $# -eq 0 ]; then set -- examples/*.yaml; fi
command -v pdftoppm >/dev/null || { echo "preview: pdftoppm is missing (apt-get install poppler-utils)" >&2; exit 1; }
mkdir -p preview
node bin/impact.js build "$@" --format pdf --out-dir preview
for yaml in "$@"; do
  name=$(basename "${yaml%.*}")
  rm -f "preview/$name"-*.png
  pdftoppm -r "${PREVIEW_DPI:-80}" -png "preview/$name.pdf" "preview/$name"
  ls "preview/$name"-*.png
done
