/**
 * The fonts' parsed tables, once per process: pdfkit would parse each font file again for every
 * document (and every time a font comes back under another name), which was most of a PDF's time.
 */
import * as fontkit from 'fontkit';

const parsed = new Map<string, fontkit.Font>();

/** After a font file changed (watch mode): its face is parsed again when next asked for. */
export function forgetFaces(): void {
  parsed.clear();
}

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
  const post = postHeader(font);
  if (post) Object.defineProperty(own, 'post', { value: post });
  return own;
}

interface TableStream {
  pos: number;
  readInt16BE(): number;
  readInt32BE(): number;
  readUInt32BE(): number;
}

/** The fixed part of a `post` table: what fontkit's `italicAngle`, `underlinePosition`… and pdfkit read. */
interface PostHeader {
  readonly version: number;
  readonly italicAngle: number;
  readonly underlinePosition: number;
  readonly underlineThickness: number;
  readonly isFixedPitch: number;
  readonly minMemType42: number;
  readonly maxMemType42: number;
  readonly minMemType1: number;
  readonly maxMemType1: number;
}

const postHeaders = new WeakMap<fontkit.Font, PostHeader>();

/**
 * The `post` table's header, read from its bytes as fontkit reads it (16.16 fixed numbers):
 * fontkit would decode the name of every glyph of the font too, which nothing here reads.
 */
function postHeader(font: fontkit.Font): PostHeader | undefined {
  let header = postHeaders.get(font);
  if (!header) {
    const stream = (font as unknown as { _getTableStream(tag: string): TableStream | null })._getTableStream('post');
    if (!stream) return undefined;
    const fixed = () => stream.readInt32BE() / 65536;
    header = {
      version: fixed(),
      italicAngle: fixed(),
      underlinePosition: stream.readInt16BE(),
      underlineThickness: stream.readInt16BE(),
      isFixedPitch: stream.readUInt32BE(),
      minMemType42: stream.readUInt32BE(),
      maxMemType42: stream.readUInt32BE(),
      minMemType1: stream.readUInt32BE(),
      maxMemType1: stream.readUInt32BE(),
    };
    postHeaders.set(font, header);
  }
  return header;
}
