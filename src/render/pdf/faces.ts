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

/** What fontkit keeps inside a glyph, reused by every document's copy of it. */
interface GlyphInternals extends fontkit.Glyph {
  _getMetrics(): unknown;
  _decode?(): unknown;
}

const shared = new WeakSet<fontkit.Glyph>();

/** The face's own glyph, its metrics and outline read once and kept for every document. */
function sharedGlyph(font: fontkit.Font, id: number): GlyphInternals {
  const glyph = font.getGlyph(id) as GlyphInternals;
  if (!shared.has(glyph)) {
    glyph._getMetrics();
    const decode = glyph._decode?.bind(glyph);
    if (decode) {
      const outline = decode();
      glyph._decode = () => outline;
    }
    shared.add(glyph);
  }
  return glyph;
}

/**
 * The face for one document: the shared tables and glyph data, but glyphs of its own. fontkit
 * keeps a glyph with the characters it was first met for, and pdfkit writes those into the PDF's
 * text map: shared, a report's bytes would depend on the reports built before it in the same
 * process. A document's glyph is the shared one with the document's own characters.
 */
export function documentFace(path: string): fontkit.Font {
  const font = face(path);
  const glyphs: Record<number, fontkit.Glyph> = {};
  return Object.assign(Object.create(font) as fontkit.Font, {
    _glyphs: glyphs,
    getGlyph: (id: number, codePoints: number[] = []) =>
      (glyphs[id] ??= Object.assign(Object.create(sharedGlyph(font, id)) as fontkit.Glyph, { codePoints })),
  });
}
