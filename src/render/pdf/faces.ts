/**
 * The fonts' parsed tables, once per process: pdfkit would parse each font file again for every
 * document (and every time a font comes back under another name), which was most of a PDF's time.
 */
import * as fontkit from 'fontkit';

const parsed = new Map<string, fontkit.Font>();

/** The font file's face, its tables parsed once and shared. */
export function face(path: string): fontkit.Font {
  let font = parsed.get(path);
  if (!font) {
    font = fontkit.openSync(path) as fontkit.Font;
    parsed.set(path, font);
  }
  return font;
}

/**
 * The face for one document: the shared tables, but glyphs of its own. fontkit keeps a glyph with
 * the characters it was first met for, and pdfkit writes those into the PDF's text map: shared,
 * a report's bytes would depend on the reports built before it in the same process.
 */
export function documentFace(path: string): fontkit.Font {
  return Object.assign(Object.create(face(path)) as fontkit.Font, { _glyphs: {} });
}
