/**
 * Numbers and dates written as Intl writes them for a language, from the data of its typography
 * (`numbers`, `dates`), without Intl.NumberFormat or Intl.DateTimeFormat.
 *
 * Why: the first Intl.NumberFormat a Node.js 20 process makes costs 11–18 ms (ICU loads its
 * number-format data), the first Intl.DateTimeFormat about 6 ms more, and V8 cannot keep an Intl
 * object in impact's start-up snapshot (bin/snapshot.cjs): every run paid them again, about a
 * third of a `node -e 0` out of a cold build's budget of four (issue 16). Plural rules (0.3 ms)
 * and the collators stay Intl's.
 *
 * What is written here is only what test/locale.test.ts compares equal to Intl: finite numbers
 * below 1e15 that String() writes without an exponent, years 1 to 9999. Anything else is written
 * by Intl itself, made when first needed, so that no output depends on this code beyond what was
 * compared.
 */
import { processCache } from '../runtime/caches.js';
import type { Typography } from './typography.js';

/** Fraction digits, at least and at most: Intl's minimumFractionDigits and maximumFractionDigits. */
export interface FractionDigits {
  readonly min: number;
  readonly max: number;
}

/** Intl.NumberFormat's default: up to three fraction digits, none if they are zeros. */
export const DECIMAL: FractionDigits = { min: 0, max: 3 };

/** The fast path's bound: the tests compare up to it, and Intl writes what is past it. */
const LIMIT = 1e15;

const numberFormats = processCache<string, Intl.NumberFormat>('number formats');

function intlNumber(n: number, locale: string, { min, max }: FractionDigits): string {
  const key = `${locale} ${min} ${max}`;
  let format = numberFormats.get(key);
  if (format === undefined) {
    format = new Intl.NumberFormat(locale, { minimumFractionDigits: min, maximumFractionDigits: max });
    numberFormats.set(key, format);
  }
  return format.format(n);
}

/** `digits` plus one in its last place, carried: "0999" → "1000", "99" → "100". */
function plusOne(digits: string): string {
  let i = digits.length - 1;
  while (i >= 0 && digits[i] === '9') i -= 1;
  const carried = '0'.repeat(digits.length - 1 - i);
  return i < 0 ? `1${carried}` : `${digits.slice(0, i)}${Number(digits[i]) + 1}${carried}`;
}

/**
 * The whole and fraction digits of `shortest` (String() of a non-negative number, no exponent)
 * rounded to `max` fraction digits. ICU rounds the shortest decimal form of the double, the one
 * String() writes, half away from zero (Intl's default `halfExpand`): 1.0005 is "1.001" at three
 * digits, where toFixed(3), rounding the double's exact binary value (1.000499…), writes "1.000".
 */
function rounded(shortest: string, max: number): [whole: string, fraction: string] {
  const [whole = '', fraction = ''] = shortest.split('.');
  if (fraction.length <= max) return [whole, fraction];
  const kept = fraction.slice(0, max);
  if (fraction.charCodeAt(max) < 0x35 /* '5' */) return [whole, kept];
  const digits = plusOne(whole + kept);
  return [digits.slice(0, digits.length - max), digits.slice(digits.length - max)];
}

/** `whole` with a group separator every three digits, when it has enough of them (both languages group by threes). */
function grouped(whole: string, { group, minimumGrouping }: Typography['numbers']): string {
  if (whole.length < 3 + minimumGrouping) return whole;
  const first = whole.length % 3 || 3;
  const groups = [whole.slice(0, first)];
  for (let i = first; i < whole.length; i += 3) groups.push(whole.slice(i, i + 3));
  return groups.join(group);
}

/** `n` as Intl.NumberFormat(typography.locale, digits) writes it: "1 250,5", "1,250.5", "-0". */
export function localeNumber(n: number, typography: Typography, digits: FractionDigits = DECIMAL): string {
  const { min, max } = digits;
  const shortest = String(Math.abs(n));
  const usual = Math.abs(n) < LIMIT && !shortest.includes('e') && Number.isInteger(min) && Number.isInteger(max) && min >= 0 && min <= max && max <= 20;
  if (!usual) return intlNumber(n, typography.locale, digits);
  const [whole, fraction] = rounded(shortest, max);
  let end = fraction.length;
  while (end > min && fraction[end - 1] === '0') end -= 1;
  const decimals = fraction.slice(0, end).padEnd(min, '0');
  // Intl writes the sign of every negative number, -0 and those rounded to zero included.
  const sign = n < 0 || Object.is(n, -0) ? typography.numbers.minus : '';
  return `${sign}${grouped(whole, typography.numbers)}${decimals ? `${typography.numbers.decimal}${decimals}` : ''}`;
}

/** What a written date says: the day, month and year ("3 décembre 2026"), or the month and year ("décembre 2026"). */
const DATE_OPTIONS = {
  day: { day: 'numeric', month: 'long', year: 'numeric' },
  month: { month: 'long', year: 'numeric' },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

export type DateForm = keyof typeof DATE_OPTIONS;

const dateFormats = processCache<string, Intl.DateTimeFormat>('date formats');

function intlDate(date: Date, locale: string, form: DateForm): string {
  const key = `${locale} ${form}`;
  let format = dateFormats.get(key);
  if (format === undefined) {
    format = new Intl.DateTimeFormat(locale, { ...DATE_OPTIONS[form], timeZone: 'UTC' });
    dateFormats.set(key, format);
  }
  return format.format(date);
}

/** `date` (its day in UTC) as Intl.DateTimeFormat(typography.locale) writes it in `form`: "3 December 2026", "December 2026". */
export function localeDate(date: Date, typography: Typography, form: DateForm): string {
  const year = date.getUTCFullYear();
  const month = typography.dates.months[date.getUTCMonth()];
  // Before year 1 Intl writes the year of an era it does not name; an invalid date is its RangeError.
  if (!(year >= 1 && year <= 9999) || month === undefined) return intlDate(date, typography.locale, form);
  return typography.dates[form].replace(/MMMM|d|y/g, (field) => (field === 'd' ? String(date.getUTCDate()) : field === 'y' ? String(year) : month));
}
