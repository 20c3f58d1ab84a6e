/** Prose helpers: lists, numbers, agreement, elision, capitals. Pure functions of their arguments. */
import type { Lang } from '../grid/types.js';
import { plural } from './plural.js';
import { TYPOGRAPHY } from './typography.js';
import { DECIMAL, localeDate, localeNumber, type FractionDigits } from './locale.js';
import { NBSP } from '../text/typography.js';
import { partialDate, partialIso } from '../text/dates.js';

/** "A", "A et B", "A, B et C"; "A, B, and C" in English. */
export function joinList(items: readonly string[], lang: Lang): string {
  const { and, serialComma } = TYPOGRAPHY[lang];
  if (items.length <= 1) return items.join('');
  const comma = serialComma && items.length > 2 ? ',' : '';
  return `${items.slice(0, -1).join(', ')}${comma} ${and} ${items.at(-1)}`;
}

/** `n` as the language writes it, to `digits` fraction digits (Intl's default: up to three): "1 500", "1,500", "2,5". */
export function formatNumber(n: number, lang: Lang, digits: FractionDigits = DECIMAL): string {
  return localeNumber(n, TYPOGRAPHY[lang], digits);
}

/** "30 juin 2025", "30 June 2025": an ISO date (YYYY-MM-DD) as written in the report. */
export function writtenDate(iso: string, lang: Lang): string {
  return localeDate(new Date(`${iso}T00:00:00Z`), TYPOGRAPHY[lang], 'day');
}

/** "2019", "mars 2019", "4 mars 2019" (March 2019, 4 March 2019): a date as precise as it was written. */
export function writtenPartialDate(value: string | number, lang: Lang): string {
  const date = partialDate(value);
  if (!date) throw new Error(`impact bug: "${value}" is no date, and was not refused by the schema`);
  if (date.day !== undefined) return writtenDate(partialIso(date), lang);
  if (date.month !== undefined) return localeDate(new Date(Date.UTC(date.year, date.month - 1, 1)), TYPOGRAPHY[lang], 'month');
  return String(date.year);
}

/** The singular or the plural word for `n`: in French 0 and 1 take the singular. */
export function agree(n: number, singular: string, plurals: string, lang: Lang): string {
  return plural(lang, n, { one: singular, other: plurals });
}

/** "150 personnes", "1 point": the number bound to its noun by a no-break space. */
export function counted(n: number, singular: string, plural: string, lang: Lang): string {
  return `${formatNumber(n, lang)}${NBSP}${agree(n, singular, plural, lang)}`;
}

/**
 * "une personne", "one person", "150 personnes": one is written as a word, as prose does, so
 * that a sentence reads the same whether it opens with the number or not.
 */
export function quantity(n: number, singular: string, plural: string, lang: Lang, feminine = false): string {
  if (n !== 1) return counted(n, singular, plural, lang);
  return `${TYPOGRAPHY[lang].one(feminine)} ${singular}`;
}

export function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

/** A title as written inside a sentence: « Santé » → « santé ». */
export function lowerFirst(text: string): string {
  return text.charAt(0).toLocaleLowerCase() + text.slice(1);
}
