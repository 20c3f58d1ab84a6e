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

/** What fontkit keeps inside a glyph, reused by every copy of it. */
interface GlyphInternals extends fontkit.Glyph {
  _metrics?: unknown;
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

/** A glyph of `font` met for `codePoints`, as fontkit makes it, with the shared glyph's metrics and outline. */
function glyphFor(font: fontkit.Font, id: number, codePoints: number[]): fontkit.Glyph {
  const model = sharedGlyph(font, id);
  const Glyph = model.constructor as new (id: number, codePoints: number[], font: fontkit.Font) => GlyphInternals;
  const glyph = new Glyph(id, codePoints, font);
  glyph._metrics = model._getMetrics();
  if (model._decode) glyph._decode = model._decode;
  return glyph;
}

/**
 * A face with the shared tables and glyph data, but glyphs of its own: fontkit keeps a glyph with
 * the characters it was first met for, and pdfkit writes those into the PDF's text map. Shared,
 * a report's bytes would depend on the reports built before it in the same process.
 */
export function ownGlyphsFace(path: string): fontkit.Font & { _glyphs: Record<number, fontkit.Glyph> } {
  const font = face(path);
  const own = Object.assign(Object.create(font) as fontkit.Font, {
    _glyphs: {} as Record<number, fontkit.Glyph>,
    getGlyph: (id: number, codePoints: number[] = []) => (own._glyphs[id] ??= glyphFor(font, id, codePoints)),
  });
  return own;
}
