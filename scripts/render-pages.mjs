// Renders every page of a PDF as a PNG image with MuPDF (npm package mupdf, WebAssembly: nothing
// to install beside npm's packages), for `npm run preview`:
//   node scripts/render-pages.mjs report.pdf preview/report [dpi]
// writes preview/report-1.png, preview/report-2.png… and prints their paths.
import { readFileSync, writeFileSync } from 'node:fs';
import * as mupdf from 'mupdf';

const [pdf, prefix, dpi = '80'] = process.argv.slice(2);
if (!pdf || !prefix || !(Number(dpi) > 0)) {
  console.error('usage: node scripts/render-pages.mjs FILE.pdf PREFIX [DPI]');
  process.exit(2);
}
const doc = mupdf.Document.openDocument(readFileSync(pdf), 'application/pdf');
const scale = Number(dpi) / 72;
for (let index = 0; index < doc.countPages(); index++) {
  const page = doc.loadPage(index);
  const pixmap = page.toPixmap(mupdf.Matrix.scale(scale, scale), mupdf.ColorSpace.DeviceRGB, false, true);
  const file = `${prefix}-${index + 1}.png`;
  writeFileSync(file, pixmap.asPNG());
  console.log(file);
  pixmap.destroy();
  page.destroy();
}
