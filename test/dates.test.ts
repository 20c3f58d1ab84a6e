/**
 * The dates a file holds: a day where the day is known (the evaluation's, the committee's), a
 * year, a month or a day for the opening date; each written out in the report's language, and a
 * wrong one refused where it is written with the forms it may take.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import type { Diagnostic } from '../src/diagnostics/diagnostic.js';
import { formatDiagnostic } from '../src/diagnostics/format.js';
import { check, modelOf } from '../src/pipeline/stages.js';
import { dayExists, isoMonth, partialDate, partialIso } from '../src/text/dates.js';
import { writtenPartialDate } from '../src/words/prose.js';

const NBSP = '\u00A0';
const NNBSP = '\u202F';

async function checked(opening: string) {
  const file = join(mkdtempSync(join(tmpdir(), 'impact-dates-')), 'site.yaml');
  writeFileSync(file, `version: 1\nlieu:\n  nom: Le Lieu\n  date_ouverture: ${opening}\n`);
  return check(file);
}

describe('an opening date as precise as it is known', () => {
  test.each([
    ['2019', '2019', '2019'],
    ['"2019"', '2019', '2019'],
    ['2019-03', 'mars 2019', 'March 2019'],
    ['2019-03-04', '4 mars 2019', '4 March 2019'],
    ['2020-02-29', '29 février 2020', '29 February 2020'],
  ])('%s is written « %s », “%s”', async (written, fr, en) => {
    const result = await checked(written);
    if (!result.ok) throw new Error(`${written} should be valid`);
    const opening = (lang: 'fr' | 'en') => modelOf(result.loaded, lang).presentation.find((d) => d.id === 'date_ouverture')?.valeur;
    expect([opening('fr'), opening('en')]).toEqual([fr, en]);
  });

  test.each(['2019-13', '2019-02-30', '2021-02-29', '2019-3', '19', '20190', '"mars 2019"', '2019-03-04T10:00', '18/09/2021'])(
    '%s is refused at its line and column, with the three forms',
    async (written) => {
      const result = await checked(written);
      if (result.ok) throw new Error(`${written} should be refused`);
      const [d] = result.diagnostics;
      expect(result.diagnostics).toHaveLength(1);
      expect(d).toMatchObject({ line: 4, column: 19, code: 'bad-partial-date', path: 'lieu.date_ouverture' });
      expect(formatDiagnostic(d as Diagnostic, 'fr')).toContain(`${NNBSP}; écrivez une année (2019), un mois (2019-03) ou un jour (2019-03-04)`);
      expect(formatDiagnostic(d as Diagnostic, 'en')).toContain('; write a year (2019), a month (2019-03) or a day (2019-03-04)');
    },
  );

  test('a day or a month written the French way: its ISO form is the hint', async () => {
    const hints = await Promise.all(['18/09/2021', '09/2021'].map(async (w) => ((await checked(w)) as { diagnostics: Diagnostic[] }).diagnostics[0]?.params?.iso));
    expect(hints).toEqual(['2021-09-18', '2021-09']);
    const [d] = ((await checked('09/2021')) as { diagnostics: Diagnostic[] }).diagnostics;
    expect(formatDiagnostic(d as Diagnostic, 'fr')).toContain(`(2019-03-04)${NBSP}: 2021-09`);
  });

  test('the evaluation’s and the committee’s dates stay days: a month is refused there', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'impact-dates-')), 'site.yaml');
    writeFileSync(file, 'version: 1\nlieu:\n  nom: Le Lieu\n  date_evaluation: 2025-03\ncomite:\n  date_validation: 2025\n');
    const result = await check(file);
    expect(result.ok ? [] : result.diagnostics.map((d) => [d.line, d.code])).toEqual([
      [4, 'bad-date'],
      [6, 'wrong-type'],
    ]);
  });
});

test('every date of the calendar, at every precision, reads back as written and is written out', () => {
  const day = fc.date({ min: new Date('1000-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
  fc.assert(
    fc.property(day, fc.integer({ min: 4, max: 10 }), (iso, length) => {
      const written = iso.slice(0, length === 4 || length === 7 ? length : 10);
      const date = partialDate(written);
      expect(date && partialIso(date)).toBe(written);
      for (const lang of ['fr', 'en'] as const) expect(writtenPartialDate(written, lang)).toContain(written.slice(0, 4).replace(/^0+/, ''));
    }),
  );
  expect([dayExists(2024, 2, 29), dayExists(2023, 2, 29), isoMonth('3/2019'), isoMonth('13/2019')]).toEqual([true, false, '2019-03', undefined]);
});
