/**
 * Characters the report's font cannot print (an emoji, a non-Latin script), found in the
 * evaluator's text before typesetting and reported as warnings where the YAML has them.
 */
import { formatPath, warning, type Diagnostic } from '../../diagnostics/diagnostic.js';
import { locate, type DataPath } from '../../load/locate.js';
import type { Loaded } from '../../load/load.js';
import { face } from './faces.js';
import { processCache } from '../../runtime/caches.js';
import { FONT_FILES } from '../../theme/fonts.js';

const coverage = processCache<string, Map<number, boolean>>('font coverage');

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
