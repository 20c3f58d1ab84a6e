/**
 * Characters the report's font cannot print (an emoji, a non-Latin script), found in the
 * evaluator's text before typesetting and reported as warnings where the YAML has them.
 */
import type * as fontkit from 'fontkit';
import { formatPath, warning, type Diagnostic } from '../../diagnostics/diagnostic.js';
import { locate, type DataPath } from '../../load/locate.js';
import type { Loaded } from '../../load/load.js';
import { face } from './faces.js';
import { processCache } from '../../runtime/caches.js';
import { FONT_FILES } from '../../theme/fonts.js';

const coverage = processCache<string, Map<number, boolean>>('font coverage', 'snapshot');

/** Whether the face has the character: asked of the font once per process. */
function covers(path: string, codePoint: number): boolean {
  let known = coverage.get(path);
  if (!known) {
    known = new Map();
    coverage.set(path, known);
  }
  let has = known.get(codePoint);
  if (has === undefined) {
    has = face(path).hasGlyphForCodePoint(codePoint);
    known.set(codePoint, has);
  }
  return has;
}

/** A character every face of the report has (regular, italic, bold…), or not. */
const printable = (fonts: readonly string[], codePoint: number): boolean => fonts.every((path) => covers(path, codePoint));

/** Whitespace and controls are handled by the text escaping, not the font. */
const INVISIBLE = /[\p{Cc}\p{Zl}\p{Zp}\s\u200B-\u200F\u2060\uFEFF]/u;

/** A mark the face lacks goes with the character it marks (an emoji's variation selector, a skin tone's joiner). */
const GOES_WITH_ITS_CHARACTER = /[\p{M}\p{Emoji_Modifier}]/u;

const WHITE_SQUARE = '\u25A1';

/**
 * `text` as `face` can print it: each character it lacks as a white square (the box the warning
 * announces), an invisible one or a mark it lacks left out. PDF/A allows no reference to the
 * font's .notdef glyph, which is what a lacking character would otherwise print with. A face
 * without the white square leaves those characters out.
 */
export function printableBy(face: fontkit.Font, text: string): string {
  const standIn = face.hasGlyphForCodePoint(WHITE_SQUARE.charCodeAt(0)) ? WHITE_SQUARE : '';
  let printable = '';
  for (const c of text) {
    if (face.hasGlyphForCodePoint(c.codePointAt(0) ?? 0)) printable += c;
    else if (!INVISIBLE.test(c) && !GOES_WITH_ITS_CHARACTER.test(c)) printable += standIn;
  }
  return printable;
}

function* strings(value: unknown, path: DataPath): Generator<[string, DataPath]> {
  if (typeof value === 'string') yield [value, path];
  else if (Array.isArray(value)) for (const [i, item] of value.entries()) yield* strings(item, [...path, i]);
  else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) yield* strings(item, [...path, key]);
}

export function missingGlyphs(loaded: Loaded, fontFiles: Readonly<Record<string, string>> = FONT_FILES): Diagnostic[] {
  const fonts = Object.values(fontFiles);
  const found: Diagnostic[] = [];
  for (const [text, path] of strings(loaded.data, [])) {
    const missing = [...new Set([...text].filter((c) => !INVISIBLE.test(c) && !printable(fonts, c.codePointAt(0) ?? 0)))];
    if (missing.length === 0) continue;
    const codes = missing.map((c) => `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`);
    found.push(warning(loaded.file, locate(loaded, path), 'missing-glyph', { characters: missing.join(' '), codes }, { path: formatPath(path) }));
  }
  return found;
}
