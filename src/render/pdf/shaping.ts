/**
 * Words shaped once per process. pdfkit lays text out word by word and caches each word for one
 * document only, so a batch shaped the same template words (OpenType substitution and kerning,
 * the costliest part of a PDF) again for every site. Here each face keeps the words it has shaped
 * and every document reuses them.
 *
 * The bytes must not depend on what was built before: pdfkit writes a glyph's characters (its
 * `codePoints`, fixed when the glyph is first met) into the PDF's text map. So a word is shaped on
 * a face with no glyphs yet, the glyphs it met are kept with their characters, and a document
 * meeting the word for the first time meets those glyphs in its own face, as if it had shaped the
 * word itself.
 */
import type * as fontkit from 'fontkit';
import { face } from './faces.js';

interface ShapedWord {
  /** The glyphs shaping met, with the characters each was met for. */
  readonly met: readonly (readonly [id: number, codePoints: readonly number[]])[];
  readonly ids: readonly number[];
  /** In thousandths of the font size, as pdfkit keeps them. */
  readonly positions: readonly object[];
  readonly advanceWidth: number;
}

/** Enough for every word of a large batch; past it the words start over rather than grow without bound. */
const MAX_WORDS = 100_000;

type ShapingFace = fontkit.Font & { _glyphs: Record<number, fontkit.Glyph> };

class WordShaper {
  private readonly words = new Map<string, ShapedWord>();
  /** One face for shaping, so that its layout engine (features, lookups) is set up once. */
  private readonly shaping: ShapingFace;
  private readonly scale: number;

  constructor(path: string) {
    this.shaping = Object.assign(Object.create(face(path)) as ShapingFace, { _glyphs: {} });
    this.scale = 1000 / this.shaping.unitsPerEm;
  }

  shape(word: string): ShapedWord {
    let shaped = this.words.get(word);
    if (!shaped) {
      if (this.words.size >= MAX_WORDS) this.words.clear();
      this.shaping._glyphs = {};
      const run = this.shaping.layout(word);
      const met = Object.values(this.shaping._glyphs).map((glyph) => [glyph.id, glyph.codePoints] as const);
      const positions = run.positions.map((position, i) => ({
        xAdvance: position.xAdvance * this.scale,
        yAdvance: position.yAdvance * this.scale,
        xOffset: position.xOffset * this.scale,
        yOffset: position.yOffset * this.scale,
        advanceWidth: (run.glyphs[i]?.advanceWidth ?? 0) * this.scale,
      }));
      // Summed after scaling, as pdfkit does, for the same last bits.
      const advanceWidth = positions.reduce((sum, position) => sum + position.xAdvance, 0);
      shaped = { met, ids: run.glyphs.map((glyph) => glyph.id), positions, advanceWidth };
      this.words.set(word, shaped);
    }
    return shaped;
  }
}

const shapers = new Map<string, WordShaper>();

function shaperFor(path: string): WordShaper {
  let shaper = shapers.get(path);
  if (!shaper) {
    shaper = new WordShaper(path);
    shapers.set(path, shaper);
  }
  return shaper;
}

/** pdfkit's embedded font, as far as word layout goes. */
interface EmbeddedFont {
  font: fontkit.Font;
  layoutCache?: Record<string, unknown>;
  layoutCached(word: string): unknown;
}

/** Makes a document's font (pdfkit's, for the face file at `path`) take its words from the process's shaped words. */
export function shareShaping(embedded: EmbeddedFont, path: string): void {
  const shaper = shaperFor(path);
  const cache: Record<string, unknown> = (embedded.layoutCache ??= Object.create(null) as Record<string, unknown>);
  const documentFont = embedded.font;
  embedded.layoutCached = (word: string) => {
    const cached = cache[word];
    if (cached) return cached;
    const shaped = shaper.shape(word);
    for (const [id, codePoints] of shaped.met) documentFont.getGlyph(id, [...codePoints]);
    const run = { glyphs: shaped.ids.map((id) => documentFont.getGlyph(id)), positions: shaped.positions, advanceWidth: shaped.advanceWidth };
    cache[word] = run;
    return run;
  };
}
