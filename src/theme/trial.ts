/**
 * The worker side of a theme's trials (see trials.ts): a font's sample laid out, set and subset
 * by pdfkit as a report would be, a logo placed and embedded, each in a document of its own that
 * is ended and thrown away. A trial that throws, or whose work outgrows the worker, fails; so
 * does a font whose metrics (garbage in `hmtx` or `hhea`) would make a word wider or a line
 * taller than a page.
 */
import { parentPort } from 'node:worker_threads';
import type * as fontkit from 'fontkit';

export type TrialRequest = { readonly kind: 'font' | 'image'; readonly bytes: Uint8Array };
export type TrialReply = { readonly passed: boolean };

/** What a report sets: French and English prose, figures, the signs the templates use. */
const SAMPLE =
  'Évaluation « Accueil des publics » : 12 345,5 € — l’œuvre, Œdipe, ÆÇÈÉÊËÎÏÔÙÛÜŸàâäçéèêëîïôöùûüÿ ' +
  'fiﬂ ffi (Aa–Zz) [0–9] {§} #1 @ & * / \\ | ~ ^ % + = < > ? ! ; · • … ‘’ “” ‹› ¿¡ ßñõãåøłşţăő';
/** Characters a report may hold that the sample leaves out, asked of the font's character map one by one. */
const PROBES = [0x00a0, 0x202f, 0x2009, 0x20ac, 0x0152, 0x1e9e, 0x0394, 0x0416, 0x05d0, 0x0627, 0x4e00, 0xac00, 0x1f600, 0x10ffff];

/** What a face's metrics may be, in ems: beyond, a line or a word would not fit a page (OpenType allows 16 to 16 384 units an em). */
const MAX_EMS = 5;
const UNITS_PER_EM = { min: 16, max: 16_384 };

/** The face's units, line metrics and the sample's advances are within what a page can hold. */
function saneMetrics(face: fontkit.Font): boolean {
  const em = face.unitsPerEm;
  if (!(em >= UNITS_PER_EM.min && em <= UNITS_PER_EM.max)) return false;
  const within = (value: number, low = -MAX_EMS * em) => Number.isFinite(value) && value >= low && value <= MAX_EMS * em;
  if (!within(face.ascent) || !within(face.descent) || !within(face.lineGap, 0) || !within(face.ascent - face.descent + face.lineGap, 0)) return false;
  const run = face.layout(SAMPLE);
  return run.glyphs.every((glyph) => within(glyph.advanceWidth, 0)) && run.positions.every((p) => within(p.xAdvance) && within(p.xOffset) && within(p.yOffset));
}

/** Ends `doc` and waits for its last byte: fonts are subset and embedded, images written, at the end. */
function finished(doc: PDFKit.PDFDocument): Promise<void> {
  return new Promise((resolve, reject) => {
    doc.on('data', () => undefined);
    doc.on('end', () => resolve());
    doc.on('error', reject);
    doc.end();
  });
}

async function fontTrial(bytes: Buffer): Promise<void> {
  const { create } = await import('fontkit');
  const PDFDocument = (await import('pdfkit')).default;
  const face = create(bytes) as fontkit.Font;
  // A collection (.ttc) holds several faces, and pdfkit would need one named.
  if (typeof face.layout !== 'function') throw new Error('a font collection');
  for (const codePoint of PROBES) if (face.hasGlyphForCodePoint(codePoint)) void face.glyphForCodePoint(codePoint).advanceWidth;
  if (!saneMetrics(face)) throw new Error('metrics no page can hold');
  const doc = new PDFDocument({ font: null as unknown as string, compress: false });
  for (const size of [10.5, 25]) doc.font(bytes).fontSize(size).text(SAMPLE, { width: 300 });
  await finished(doc);
}

async function imageTrial(bytes: Buffer): Promise<void> {
  const PDFDocument = (await import('pdfkit')).default;
  const doc = new PDFDocument({ font: null as unknown as string, compress: false });
  doc.image(bytes, 0, 0, { fit: [120, 60] });
  await finished(doc);
}

/** A worker's loop: each request answered in turn; what fails asynchronously fails the worker, which is a failed trial too. */
export function serveTrials(): void {
  parentPort?.on('message', (request: TrialRequest) => {
    const bytes = Buffer.from(request.bytes);
    (request.kind === 'font' ? fontTrial(bytes) : imageTrial(bytes)).then(
      () => parentPort?.postMessage({ passed: true } satisfies TrialReply),
      () => parentPort?.postMessage({ passed: false } satisfies TrialReply),
    );
  });
}
