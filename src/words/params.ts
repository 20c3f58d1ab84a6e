/** Reading a diagnostic's parameters, the same in every language's catalogue. */
import type { Lang } from '../grid/types.js';
import { formatNumber } from './prose.js';

/** A diagnostic's parameters: what its words are made of. */
export type Params = Readonly<Record<string, string | number | readonly string[]>>;

/** A diagnostic's words, made from its parameters. */
export type Message = (p: Params) => string;

export const s = (p: Params, key: string): string => String(p[key] ?? '');
export const items = (p: Params, key: string): readonly string[] => (p[key] as readonly string[] | undefined) ?? [];

/** The possible values, when no near miss was found to suggest: " (possible keys: a, b)". */
export const possible = (p: Params, words: string): string => (items(p, 'allowed').length > 0 ? ` (${words} ${items(p, 'allowed').join(', ')})` : '');

/** A parameter's value by its name in `table` (a type, a kind), or as it is when the table has none. */
export const named = (table: Readonly<Record<string, string>>, p: Params, key: string): string => table[s(p, key)] ?? s(p, key);

/** A comma-separated parameter ("string,null"), each value named, joined by `or`. */
export const namedEach = (table: Readonly<Record<string, string>>, p: Params, key: string, or: string): string =>
  s(p, key)
    .split(',')
    .map((value) => table[value] ?? value)
    .join(` ${or} `);

/** A whole number as the language groups its digits: "200 000", "200,000". */
export const count = (p: Params, key: string, lang: Lang): string => formatNumber(Number(p[key] ?? 0), lang);

/** A size in bytes, in the unit that reads best: "20 Mo", "64 octets". */
export function bytes(p: Params, key: string, units: { readonly mega: string; readonly kilo: string; readonly bytes: string }, lang: Lang): string {
  const n = Number(p[key] ?? 0);
  const [value, unit] = n >= 1024 * 1024 ? [n / (1024 * 1024), units.mega] : n >= 1024 ? [n / 1024, units.kilo] : [n, units.bytes];
  return `${formatNumber(value, lang, { min: 0, max: 1 })} ${unit}`;
}
