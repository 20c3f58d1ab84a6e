/**
 * Numbers and dates written without Intl.NumberFormat and Intl.DateTimeFormat
 * (src/words/locale.ts): the same text as Intl's, byte for byte, in every language and with every
 * number of fraction digits impact asks for; and a new process that builds a report makes
 * neither of those Intl objects (each costs ICU's start-up, which the snapshot cannot keep).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { LANGS, type Lang } from '../src/grid/types.js';
import { DECIMAL, localeDate, localeNumber, type DateForm, type FractionDigits } from '../src/words/locale.js';
import { formatNumber, writtenDate, writtenPartialDate } from '../src/words/prose.js';
import { TYPOGRAPHY } from '../src/words/typography.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const RUNS = Number(process.env.FUZZ_RUNS ?? 200) * 25;

/** What impact asks for (the default, a size in kB, a batch's seconds), and others around them. */
const DIGITS: readonly FractionDigits[] = [DECIMAL, { min: 0, max: 1 }, { min: 1, max: 1 }, { min: 0, max: 0 }, { min: 2, max: 2 }, { min: 0, max: 6 }, { min: 3, max: 5 }];

const intlNumbers = new Map<string, Intl.NumberFormat>();
function intlNumber(n: number, lang: Lang, { min, max }: FractionDigits): string {
  const key = `${lang} ${min} ${max}`;
  if (!intlNumbers.has(key)) intlNumbers.set(key, new Intl.NumberFormat(TYPOGRAPHY[lang].locale, { minimumFractionDigits: min, maximumFractionDigits: max }));
  return intlNumbers.get(key)!.format(n);
}

/** The cases where `n` is not written as Intl writes it, in every language and with every `DIGITS`. */
const differences = (n: number) =>
  LANGS.flatMap((lang) =>
    DIGITS.flatMap((digits) => {
      const [ours, intl] = [localeNumber(n, TYPOGRAPHY[lang], digits), intlNumber(n, lang, digits)];
      return ours === intl ? [] : [{ n, lang, digits, ours, intl }];
    }),
  );

const sameAsIntl = (arbitrary: fc.Arbitrary<number>) => fc.assert(fc.property(arbitrary, (n) => differences(n).length === 0 && differences(-n).length === 0), { numRuns: RUNS });

/** A decimal of `digits` digits after the point: what an evaluation's numbers and their ratios look like. */
const decimal = (digits: fc.Arbitrary<number>) => fc.tuple(fc.integer({ min: 0, max: 999_999_999_999 }), digits).map(([m, k]) => m / 10 ** k);

describe('numbers are written as Intl.NumberFormat writes them', () => {
  test('what the report says: the seed’s numbers, groups, signs, zeros', () => {
    expect(formatNumber(1250.5, 'fr')).toBe('1\u202F250,5');
    expect(formatNumber(1250.5, 'en')).toBe('1,250.5');
    expect(formatNumber(1.0005, 'fr')).toBe('1,001'); // (1.0005).toFixed(3) is "1.000"
    expect(formatNumber(-1234, 'fr')).toBe('-1\u202F234'); // a hyphen-minus, not U+2212
    expect(formatNumber(-0, 'en')).toBe('-0');
    expect(formatNumber(-0.0001, 'fr')).toBe('-0');
    expect(formatNumber(999.9995, 'en')).toBe('1,000');
    expect(formatNumber(20.25, 'fr', { min: 0, max: 1 })).toBe('20,3');
    expect(formatNumber(3, 'en', { min: 1, max: 1 })).toBe('3.0');
  });

  test('every integer from -20 000 to 20 000 and every ten-thousandth from -2 to 2', () => {
    const cases = Array.from({ length: 40_001 }, (_, i) => [i - 20_000, (i - 20_000) / 10_000]).flat();
    expect(cases.flatMap(differences)).toEqual([]);
  });

  test('integers up to the fast path’s bound (1e15) and past it', () => {
    sameAsIntl(fc.integer({ min: 0, max: 999_999_999_999_999 }));
    sameAsIntl(fc.oneof(fc.maxSafeInteger(), fc.integer({ min: 999_999_999_999_000, max: 1_000_000_000_001_000 })));
  });

  test('doubles of every magnitude, the exponents of String() and what is not finite included', () => {
    sameAsIntl(fc.double({ min: 0, max: 1e15, noNaN: true }));
    sameAsIntl(fc.double());
    sameAsIntl(fc.double({ min: 1e14, max: 1e16, noNaN: true }));
    sameAsIntl(fc.double({ min: 1e-8, max: 1e-5, noNaN: true }));
  });

  test('decimals with few digits and with many', () => {
    sameAsIntl(decimal(fc.integer({ min: 0, max: 3 })));
    sameAsIntl(decimal(fc.integer({ min: 4, max: 12 })));
  });

  test('halves where the rounding falls (x.5, x.x5, x.xx5, x.xxx5…) and nines that carry', () => {
    sameAsIntl(fc.tuple(fc.integer({ min: 0, max: 99_999_999_999 }), fc.integer({ min: 0, max: 7 })).map(([m, k]) => (m * 10 + 5) / 10 ** (k + 1)));
    sameAsIntl(fc.tuple(fc.integer({ min: 0, max: 14 }), fc.integer({ min: 1, max: 8 })).map(([j, k]) => 10 ** j - 5 / 10 ** k));
  });
});

const intlDates = new Map<string, Intl.DateTimeFormat>();
function intlDate(date: Date, lang: Lang, form: DateForm): string {
  const key = `${lang} ${form}`;
  const options: Intl.DateTimeFormatOptions = form === 'day' ? { day: 'numeric', month: 'long', year: 'numeric' } : { month: 'long', year: 'numeric' };
  if (!intlDates.has(key)) intlDates.set(key, new Intl.DateTimeFormat(TYPOGRAPHY[lang].locale, { ...options, timeZone: 'UTC' }));
  return intlDates.get(key)!.format(date);
}

const DAY = 86_400_000;

describe('dates are written as Intl.DateTimeFormat writes them', () => {
  test('in words, in both languages', () => {
    expect(writtenDate('2026-12-03', 'fr')).toBe('3 décembre 2026');
    expect(writtenDate('2026-12-03', 'en')).toBe('3 December 2026');
    expect(writtenPartialDate('2026-12', 'fr')).toBe('décembre 2026');
    expect(writtenPartialDate('2026-12', 'en')).toBe('December 2026');
    expect(writtenPartialDate(2019, 'fr')).toBe('2019');
  });

  test('every day from 1900 to 2100, and every month, as the report writes them', () => {
    const wrong: string[] = [];
    for (let time = Date.UTC(1900, 0, 1); time <= Date.UTC(2100, 11, 31); time += DAY) {
      const date = new Date(time);
      const [iso, month] = [date.toISOString().slice(0, 10), date.toISOString().slice(0, 7)];
      for (const lang of LANGS) {
        if (writtenDate(iso, lang) !== intlDate(date, lang, 'day')) wrong.push(`${lang} ${iso}`);
        if (writtenPartialDate(month, lang) !== intlDate(date, lang, 'month')) wrong.push(`${lang} ${month}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  const sameDates = (dates: fc.Arbitrary<Date>) =>
    fc.assert(
      fc.property(dates, (date) => LANGS.every((lang) => (['day', 'month'] as const).every((form) => localeDate(date, TYPOGRAPHY[lang], form) === intlDate(date, lang, form)))),
      { numRuns: RUNS },
    );

  test('any instant of the years 1 to 9999, read in UTC', () => {
    sameDates(fc.date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59.999Z'), noInvalidDate: true }));
  });

  test('before year 1 and past 9999, Intl writes them', () => {
    sameDates(fc.date({ noInvalidDate: true }));
    expect(() => writtenDate('2026-13-01', 'fr')).toThrow(RangeError); // Intl's: an invalid date
  });
});

describe('a new process writes a report’s numbers and dates without Intl.NumberFormat or DateTimeFormat', () => {
  const work = mkdtempSync(join(tmpdir(), 'impact-locale-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  /** Run before anything else: a NumberFormat or DateTimeFormat made after it throws. */
  const forbid = join(work, 'forbid-intl.cjs');
  writeFileSync(
    forbid,
    "for (const name of ['NumberFormat', 'DateTimeFormat']) Intl[name] = function () { throw new Error(`Intl.${name} constructed`); };\n",
  );

  test('the prose helpers (dist/), the fallback past 1e15 being the only one to make one', () => {
    const prose = pathToFileURL(join(ROOT, 'dist', 'words', 'prose.js')).href;
    const script = `
      const { formatNumber, writtenDate, writtenPartialDate } = await import(${JSON.stringify(prose)});
      const written = [];
      for (const lang of ['fr', 'en']) {
        written.push(formatNumber(1250.5, lang), formatNumber(-3, lang), formatNumber(2.5, lang, { min: 1, max: 1 }), formatNumber(1536 / 1024, lang, { min: 0, max: 1 }));
        written.push(writtenDate('2026-12-03', lang), writtenPartialDate('2019-03', lang), writtenPartialDate(2019, lang));
      }
      let past;
      try { formatNumber(1e21, 'fr'); } catch (error) { past = error.message; }
      console.log(JSON.stringify({ written, past }));`;
    const run = spawnSync(process.execPath, ['--require', forbid, '--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual({
      written: ['1\u202F250,5', '-3', '2,5', '1,5', '3 décembre 2026', 'mars 2019', '2019', '1,250.5', '-3', '2.5', '1.5', '3 December 2026', 'March 2019', '2019'],
      past: 'Intl.NumberFormat constructed',
    });
  });

  /** The seed to PDF and Markdown (issue 16's cold build), and a report that writes dates, in each language. */
  test.each([
    ['la-petite-manchester', 'fr', 'pdf,md'],
    ['la-halle-aux-cerises', 'fr', 'md'],
    ['la-halle-aux-cerises', 'en', 'md'],
  ])('the build of %s (%s, %s): the same Markdown as with Intl', (name, lang, formats) => {
    const build = (out: string, preload: string[]) =>
      spawnSync(process.execPath, [...preload, join(ROOT, 'bin', 'impact.js'), 'build', join(ROOT, 'examples', `${name}.yaml`), '--lang', lang, '--format', formats, '--out-dir', join(work, out)], {
        encoding: 'utf8',
        env: { ...process.env, NODE_OPTIONS: '' },
      });
    const [without, usual] = [build(`${name}-${lang}-without`, ['--require', forbid]), build(`${name}-${lang}`, [])];
    expect([without.status, without.stderr]).toEqual([0, '']);
    expect(usual.status).toBe(0);
    const markdown = (out: string) => readFileSync(join(work, out, `${name}.md`), 'utf8');
    expect(markdown(`${name}-${lang}-without`)).toBe(markdown(`${name}-${lang}`));
  });
});
