/**
 * The dates an evaluation file holds, in one place: a day (YYYY-MM-DD: the evaluation's, the
 * committee's validation) and, where a site's history is vaguer, a day, a month (YYYY-MM) or a
 * year (YYYY: the opening date). What each form is, whether a day is one of the calendar, and the
 * ISO form of a day written otherwise. The report writes them out (src/words/prose.ts).
 */

/** A day, a month or a year, as the schema checks its shape; the day itself is checked by `format: date`. */
export const PARTIAL_DATE = '^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$';
/** The full form, whose day must exist. */
export const FULL_DATE = '^[0-9]{4}-[0-9]{2}-[0-9]{2}$';
/** A year written as a number (`date_ouverture: 2019`, as YAML reads it unquoted). */
export const YEARS = { minimum: 1000, maximum: 9999 } as const;

/** A date as precise as it was written: a year, a month of a year, or a day. */
export interface PartialDate {
  readonly year: number;
  readonly month?: number;
  readonly day?: number;
}

/** Whether `day`/`month`/`year` is a day of the calendar. */
export function dayExists(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** `2019`, `"2019"`, `"2019-03"`, `"2019-03-04"` as a date; undefined when it is none of them. */
export function partialDate(value: unknown): PartialDate | undefined {
  const text = typeof value === 'number' && Number.isInteger(value) ? String(value) : typeof value === 'string' ? value.trim() : '';
  if (!new RegExp(PARTIAL_DATE).test(text)) return undefined;
  const [year = 0, month, day] = text.split('-').map(Number);
  if (day !== undefined && month !== undefined && !dayExists(year, month, day)) return undefined;
  return { year, ...(month === undefined ? {} : { month }), ...(day === undefined ? {} : { day }) };
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** The form the file writes: `2019`, `2019-03`, `2019-03-04`. */
export const partialIso = ({ year, month, day }: PartialDate): string =>
  [String(year), ...(month === undefined ? [] : [pad(month)]), ...(day === undefined ? [] : [pad(day)])].join('-');

/**
 * The ISO form (YYYY-MM-DD) of a day written otherwise: day first as in French (15/03/2023,
 * 15-03-2023, 15.03.2023, 5/3/2023), or year first without its zeros (2023/3/5, 2023-3-5).
 */
export function isoDate(text: string): string | undefined {
  const dayFirst = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/.exec(text);
  const yearFirst = /^\s*(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})\s*$/.exec(text);
  const [year, month, day] = dayFirst
    ? [Number(dayFirst[3]), Number(dayFirst[2]), Number(dayFirst[1])]
    : yearFirst
      ? [Number(yearFirst[1]), Number(yearFirst[2]), Number(yearFirst[3])]
      : [0, 0, 0];
  return year > 0 && dayExists(year, month, day) ? `${year}-${pad(month)}-${pad(day)}` : undefined;
}

/**
 * A month written otherwise (03/2019, 3/2019, 2019/3): its ISO form, 2019-03. The day-first
 * forms of a whole day are `isoDate`'s.
 */
export function isoMonth(text: string): string | undefined {
  const monthFirst = /^\s*(\d{1,2})[/.-](\d{4})\s*$/.exec(text);
  const yearFirst = /^\s*(\d{4})[/.](\d{1,2})\s*$/.exec(text);
  const [year, month] = monthFirst ? [Number(monthFirst[2]), Number(monthFirst[1])] : yearFirst ? [Number(yearFirst[1]), Number(yearFirst[2])] : [0, 0];
  return year > 0 && month >= 1 && month <= 12 ? `${year}-${pad(month)}` : undefined;
}
