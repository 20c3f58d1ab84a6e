/**
 * Words shaped once per process. pdfkit lays text out word by word and caches each word for one
 * document only, so a batch shaped the same template words (OpenType substitution and kerning,
 * the costliest part of a PDF) again for every site. Here each face keeps the words it has shaped
 * and every document reuses them; the words of the built-in templates are even shaped at build
 * time (`npm run build`), so that one report in a new process shapes only the evaluator's words.
 *
 * The bytes must not depend on what was built before: pdfkit writes a glyph's characters (its
 * `codePoints`, fixed when the glyph is first met) into the PDF's text map. So a word is shaped on
 * a face with no glyphs yet, the glyphs it met are kept with their characters, and a document
 * meeting the word for the first time meets those glyphs in its own face, as if it had shaped the
 * word itself.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type * as fontkit from 'fontkit';
import { processCache } from '../../runtime/caches.js';
import { PACKAGE_ROOT } from '../../runtime/paths.js';
import { ownGlyphsFace } from './faces.js';
import { printableBy } from './glyphs.js';
import { faceOf, forgetGlyphs, glyphsOf, layOutWith, wordLayouts, type EmbeddedFont, type Layout } from './pdfkit-internals.js';

interface Position {
  readonly xAdvance: number;
  readonly yAdvance: number;
  readonly xOffset: number;
  readonly yOffset: number;
  readonly advanceWidth: number;
}

interface ShapedWord {
  /** The glyphs shaping met, with the characters each was met for. */
  readonly met: readonly (readonly [id: number, codePoints: readonly number[]])[];
  readonly ids: readonly number[];
  /** In thousandths of the font size, as pdfkit keeps them. */
  readonly positions: readonly Position[];
  readonly advanceWidth: number;
}

/** Enough for every word of a large batch; past it the words start over rather than grow without bound. */
const MAX_WORDS = 100_000;

/**
 * Longer words are not kept with the others: they are the pieces of a word wider than the line
 * (see long-words.ts), and kept they would hold hundreds of bytes per character of a text of
 * megabytes. The last few are, for a piece is measured, then drawn at once.
 */
const MAX_KEPT_LENGTH = 64;
const RECENT_LONG_WORDS = 4;

type ShapingFace = fontkit.Font & { head: { checkSumAdjustment: number } };

/**
 * A shaped word as stored at build time: the glyphs met as [id, ...characters], the glyph ids,
 * then five numbers per glyph (x and y advance, x and y offset, advance width) and the word's width.
 */
type StoredWord = [met: number[][], ids: number[], positions: number[], advanceWidth: number];

/**
 * Each word's StoredWord as JSON text, parsed when the word is first met: thousands of small
 * arrays would be as many objects for the start-up snapshot to deserialise at every run.
 */
interface StoredWords {
  /** The face they were shaped with: its file name and its checksum. */
  readonly font: string;
  readonly checksum: number;
  readonly words: Record<string, string>;
}

/** dist/precompiled/shaped/<font file>.json, written by `npm run build` for the built-in fonts. */
export const storedWordsFile = (path: string): string => join(PACKAGE_ROOT, 'dist', 'precompiled', 'shaped', `${basename(path)}.json`);

const stored = (shaped: ShapedWord): StoredWord => [
  shaped.met.map(([id, codePoints]) => [id, ...codePoints]),
  [...shaped.ids],
  shaped.positions.flatMap((p) => [p.xAdvance, p.yAdvance, p.xOffset, p.yOffset, p.advanceWidth]),
  shaped.advanceWidth,
];

/** In plain loops: a report's first run decodes hundreds of words before any of this is compiled. */
function unstored([met, ids, numbers, advanceWidth]: StoredWord): ShapedWord {
  const at = (i: number) => numbers[i] ?? 0;
  const positions: Position[] = [];
  for (let i = 0; i < ids.length * 5; i += 5) positions.push({ xAdvance: at(i), yAdvance: at(i + 1), xOffset: at(i + 2), yOffset: at(i + 3), advanceWidth: at(i + 4) });
  return { met: met.map((glyph) => [glyph[0] ?? 0, glyph.slice(1)] as const), ids, positions, advanceWidth };
}

/** The glyph a font draws for a character it lacks: PDF/A allows no text to use it. */
const NOTDEF = 0;

class WordShaper {
  private readonly words = new Map<string, ShapedWord>();
  private readonly recent = new Map<string, ShapedWord>();
  /** One face for shaping, so that its layout engine (features, lookups) is set up once. */
  private readonly shaping: ShapingFace;
  private readonly scale: number;
  /** The words shaped at build time with this very face, as JSON. */
  private readonly ready: Map<string, string>;

  constructor(private readonly path: string) {
    this.shaping = ownGlyphsFace(path) as ShapingFace;
    this.scale = 1000 / this.shaping.unitsPerEm;
    this.ready = this.storedWords();
  }

  /** The words shaped at build time, if they were shaped with this very face. */
  private storedWords(): Map<string, string> {
    const file = storedWordsFile(this.path);
    if (!existsSync(file)) return new Map();
    const words = JSON.parse(readFileSync(file, 'utf8')) as StoredWords;
    const same = words.font === basename(this.path) && words.checksum === this.shaping.head.checkSumAdjustment;
    return new Map(same ? Object.entries(words.words) : []);
  }

  shape(word: string): ShapedWord {
    if (word.length > MAX_KEPT_LENGTH) return this.shapeLong(word);
    let shaped = this.words.get(word);
    if (!shaped) {
      if (this.words.size >= MAX_WORDS) this.words.clear();
      const ready = this.ready.get(word);
      shaped = ready === undefined ? this.shapeNow(word) : unstored(JSON.parse(ready) as StoredWord);
      this.words.set(word, shaped);
    }
    return shaped;
  }

  private shapeLong(word: string): ShapedWord {
    let shaped = this.recent.get(word);
    if (!shaped) {
      shaped = this.shapeNow(word);
      if (this.recent.size >= RECENT_LONG_WORDS) this.recent.delete(this.recent.keys().next().value as string);
      this.recent.set(word, shaped);
    }
    return shaped;
  }

  private shapeNow(word: string): ShapedWord {
    forgetGlyphs(this.shaping);
    let run = this.shaping.layout(word);
    if (run.glyphs.some((glyph) => glyph.id === NOTDEF)) {
      forgetGlyphs(this.shaping);
      run = this.shaping.layout(printableBy(this.shaping, word));
    }
    const met = Object.values(glyphsOf(this.shaping)).map((glyph) => [glyph.id, glyph.codePoints] as const);
    const positions = run.positions.map((position, i) => ({
      xAdvance: position.xAdvance * this.scale,
      yAdvance: position.yAdvance * this.scale,
      xOffset: position.xOffset * this.scale,
      yOffset: position.yOffset * this.scale,
      advanceWidth: (run.glyphs[i]?.advanceWidth ?? 0) * this.scale,
    }));
    // Summed after scaling, as pdfkit does, for the same last bits.
    const advanceWidth = positions.reduce((sum, position) => sum + position.xAdvance, 0);
    return { met, ids: run.glyphs.map((glyph) => glyph.id), positions, advanceWidth };
  }

  /** Every word this process has shaped, for `storedWordsFile`. */
  toStored(): StoredWords {
    const words = Object.fromEntries([...this.words].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([word, shaped]) => [word, JSON.stringify(stored(shaped))]));
    return { font: basename(this.path), checksum: this.shaping.head.checkSumAdjustment, words };
  }

}

const shapers = processCache<string, WordShaper>('shaped words', 'snapshot');

function shaperFor(path: string): WordShaper {
  let shaper = shapers.get(path);
  if (!shaper) {
    shaper = new WordShaper(path);
    shapers.set(path, shaper);
  }
  return shaper;
}

const SPACE = 0x20;
const TAB = 0x09;

/**
 * Makes a document's font (pdfkit's, for the face file at `path`) take its words from the
 * process's shaped words, and cut a text into words as pdfkit does (each word with the space or
 * tab after it) without its character-by-character copies and array concatenations.
 */
export function shareShaping(embedded: EmbeddedFont, path: string): void {
  const shaper = shaperFor(path);
  const cache = wordLayouts(embedded);
  const documentFont = faceOf(embedded);
  const word = (written: string): Layout => {
    const cached = cache[written];
    if (cached) return cached;
    const shaped = shaper.shape(written);
    for (const [id, codePoints] of shaped.met) documentFont.getGlyph(id, [...codePoints]);
    const run = { glyphs: shaped.ids.map((id) => documentFont.getGlyph(id)), positions: shaped.positions, advanceWidth: shaped.advanceWidth };
    if (written.length <= MAX_KEPT_LENGTH) cache[written] = run;
    return run;
  };
  layOutWith(embedded, word, (text, onlyWidth) => {
    const glyphs: fontkit.Glyph[] | null = onlyWidth ? null : [];
    const positions: unknown[] | null = onlyWidth ? null : [];
    let advanceWidth = 0;
    let start = 0;
    for (let i = 0; i <= text.length; i += 1) {
      const code = text.charCodeAt(i);
      if (i === text.length ? start < i : code === SPACE || code === TAB) {
        const run = word(text.slice(start, i + 1));
        if (glyphs && positions && run.glyphs && run.positions) {
          for (const glyph of run.glyphs) glyphs.push(glyph);
          for (const position of run.positions) positions.push(position);
        }
        advanceWidth += run.advanceWidth;
        start = i + 1;
      }
    }
    return { glyphs, positions, advanceWidth };
  });
}

/** What `storedWordsFile(path)` holds: the words this process has shaped with the face at `path`. */
export function storedWordsOf(path: string): string {
  return `${JSON.stringify(shaperFor(path).toStored())}\n`;
}
