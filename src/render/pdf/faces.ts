/**
 * The fonts' parsed tables, once per process: pdfkit would parse each font file again for every
 * document (and every time a font comes back under another name), which was most of a PDF's time.
 */
import * as fontkit from 'fontkit';
import { processCache, weakProcessCache } from '../../runtime/caches.js';
import { faceWithOwnGlyphs, glyphLike, readGlyphOnce, tableStream } from './pdfkit-internals.js';

const parsed = processCache<string, fontkit.Font>('font faces', 'snapshot');

/** The font file's face, its tables parsed once and shared. */
export function face(path: string): fontkit.Font {
  let font = parsed.get(path);
  if (!font) {
    font = fontkit.openSync(path) as fontkit.Font;
    parsed.set(path, font);
  }
  return font;
}

/** The glyphs read once, kept for every document. */
const shared = weakProcessCache<fontkit.Glyph, true>('glyphs read', 'snapshot');

/** The face's own glyph, its metrics and outline read once and kept for every document. */
function sharedGlyph(font: fontkit.Font, id: number): fontkit.Glyph {
  const glyph = font.getGlyph(id);
  if (!shared.has(glyph)) {
    readGlyphOnce(glyph);
    shared.set(glyph, true);
  }
  return glyph;
}

/**
 * A face with the shared tables and glyph data, but glyphs of its own: fontkit keeps a glyph with
 * the characters it was first met for, and pdfkit writes those into the PDF's text map. Shared,
 * a report's bytes would depend on the reports built before it in the same process.
 */
export function ownGlyphsFace(path: string): fontkit.Font {
  const font = face(path);
  const own = faceWithOwnGlyphs(font, (id, codePoints) => glyphLike(sharedGlyph(font, id), font, codePoints));
  const post = postHeader(font);
  if (post) Object.defineProperty(own, 'post', { value: post });
  return own;
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

const postHeaders = weakProcessCache<fontkit.Font, PostHeader>('post headers', 'snapshot');

/**
 * The `post` table's header, read from its bytes as fontkit reads it (16.16 fixed numbers):
 * fontkit would decode the name of every glyph of the font too, which nothing here reads.
 */
function postHeader(font: fontkit.Font): PostHeader | undefined {
  let header = postHeaders.get(font);
  if (!header) {
    const stream = tableStream(font, 'post');
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
