/**
 * How much text one evaluation may hold. Setting text in the PDF costs time for every character
 * and every text (each list item is a paragraph of its own): bounded here, a file at the size
 * limit builds in seconds (docs/limits.md) or is refused at once, where the text goes past.
 */
import { CST, Lexer, isAlias, isCollection, isPair, isScalar, type Document, type Node } from 'yaml';
import type { Limits } from './limits.js';

export interface TextExcess {
  /** Where the text that goes past the limit is written (an alias, for a text it repeats). */
  readonly offset: number;
  readonly code: 'too-much-text' | 'too-many-texts';
  readonly limit: number;
}

/** The first text, in the document's order and aliases expanded, past `maxTextChars` characters or `maxTexts` texts in all. */
export function tooMuchText(doc: Document, limits: Pick<Limits, 'maxTextChars' | 'maxTexts'>): TextExcess | undefined {
  let chars = 0;
  let texts = 0;
  // The collections being walked: an alias inside the value it names (`&a [*a]`) is not expanded again.
  const open = new Set<unknown>();
  const walk = (node: unknown, at: number | undefined): TextExcess | undefined => {
    if (isAlias(node)) {
      const target = node.resolve(doc);
      return open.has(target) ? undefined : walk(target, at ?? node.range?.[0]);
    }
    if (isScalar(node)) {
      if (typeof node.value !== 'string') return undefined;
      chars += node.value.length;
      texts += 1;
      const offset = at ?? node.range?.[0] ?? 0;
      if (chars > limits.maxTextChars) return { offset, code: 'too-much-text', limit: limits.maxTextChars };
      if (texts > limits.maxTexts) return { offset, code: 'too-many-texts', limit: limits.maxTexts };
      return undefined;
    }
    if (!isCollection(node)) return undefined;
    open.add(node);
    try {
      for (const item of node.items) {
        const found = walk(isPair(item) ? item.value : (item as Node), at);
        if (found) return found;
      }
      return undefined;
    } finally {
      open.delete(node);
    }
  };
  return walk(doc.contents, undefined);
}

/** Keys and values a file may hold, for each text it may hold: each text has a key, or is an item among few keys. */
export const VALUES_PER_TEXT = 3;

/** Keys and values a file may hold besides: the grid's keys and its counts, however few its texts. */
export const STRUCTURE_VALUES = 1_000;

/** How many keys and values a file may hold when it may hold `maxTexts` texts. */
export const maxValues = (maxTexts: number): number => VALUES_PER_TEXT * maxTexts + STRUCTURE_VALUES;

/**
 * Where the source's scalars (keys and values) go past `maxValues(maxTexts)`, found by the
 * YAML lexer before anything is parsed: building the document of a 5 MiB flow list takes the yaml
 * library half a minute and gigabytes, while lexing stops as soon as the count is passed.
 */
export function tooManyValues(source: string, maxTexts: number): number | undefined {
  const limit = maxValues(maxTexts);
  let values = 0;
  let offset = 0;
  for (const token of new Lexer().lex(source)) {
    if (token === CST.SCALAR) {
      values += 1;
      if (values > limit) return offset;
    } else if (token !== CST.DOCUMENT && token !== CST.FLOW_END) {
      offset += token.length;
    }
  }
  return undefined;
}
