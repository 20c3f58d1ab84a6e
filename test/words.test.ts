/**
 * The words held once per language: no fork on the language outside the catalogues, plurals by
 * each language's rules, every number of the rubric read from its constants.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LANGS } from '../src/grid/types.js';
import { BAREME } from '../src/grid/bareme.js';
import { MAX_SCORE, UNSUBSTANTIATED_CAP } from '../src/grid/rubric.js';
import { count, plural } from '../src/words/plural.js';
import { wordsOf } from '../src/words/words.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Every file under `dir` whose name ends with `ext`, by its path from the repository's root. */
function filesUnder(dir: string, ext: string): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(ext))
    .map((entry) => relative(ROOT, join(entry.parentPath, entry.name)));
}

/** The lines of `files` that match `pattern`, as "file:line: text". */
const matching = (files: readonly string[], pattern: RegExp): string[] =>
  files.flatMap((file) =>
    readFileSync(join(ROOT, file), 'utf8')
      .split('\n')
      .flatMap((line, i) => (pattern.test(line) ? [`${file}:${i + 1}: ${line.trim()}`] : [])),
  );

const CODE = filesUnder('src', '.ts').filter((file) => !file.startsWith(join('src', 'words')));

describe('no words forked on the language outside src/words/', () => {
  test('no comparison of a language with a literal one (lang === "fr" ? … : …)', () => {
    expect(matching(CODE, /(===|!==|==|!=)\s*['"`](fr|en)['"`]|['"`](fr|en)['"`]\s*(===|!==|==|!=)/)).toEqual([]);
  });

  test('no table of words keyed by language but the grid’s labels and the catalogues', () => {
    const tables = matching(CODE, /^\s*(fr|en)\s*:\s*[{(`'"]/).filter((line) => !line.startsWith(join('src', 'grid', 'grid.ts')));
    expect(tables).toEqual([]);
  });

  test('no hand-made plural (n > 1 ? "s" : ""): plurals go through Intl.PluralRules', () => {
    expect(matching([...CODE, ...filesUnder('src/words', '.ts')], /\?\s*['"`]s['"`]\s*:\s*['"`]['"`]|\?\s*['"`]['"`]\s*:\s*['"`]s['"`]/)).toEqual([]);
    expect(matching(filesUnder('templates', '.hbs'), /\}\}s\{\{\/if\}\}/)).toEqual([]);
  });
});

describe('one catalogue per language', () => {
  /** The paths of every key of a catalogue, functions included: the same in every language. */
  const keys = (value: unknown, prefix = ''): string[] =>
    value && typeof value === 'object' && !Array.isArray(value)
      ? Object.entries(value).flatMap(([key, inner]) => [`${prefix}${key}`, ...keys(inner, `${prefix}${key}.`)])
      : [];

  test.each(LANGS.filter((lang) => lang !== LANGS[0]))('%s has every key of the reference catalogue, and no other', (lang) => {
    expect(keys(wordsOf(lang)).sort()).toEqual(keys(wordsOf(LANGS[0])).sort());
  });

  test('each language’s typography is its own', () => {
    expect(wordsOf('fr').typography.spaced('Total : 3 ; « x »')).toBe('Total\u00A0: 3\u202F; «\u00A0x\u00A0»');
    expect(wordsOf('en').typography.spaced('Total: 3; “x”')).toBe('Total: 3; “x”');
  });
});

describe('plural(lang, n, forms)', () => {
  const forms = { one: 'erreur', other: 'erreurs' };
  test('French « one » covers 0 and 1', () => {
    expect([0, 1, 2, 1.5].map((n) => plural('fr', n, forms))).toEqual(['erreur', 'erreur', 'erreurs', 'erreur']);
  });
  test('English “one” is 1 alone', () => {
    expect([0, 1, 2].map((n) => count('en', n, { one: 'error', other: 'errors' }))).toEqual(['0 errors', '1 error', '2 errors']);
  });
  test('a category a language has and the forms lack falls back to other', () => {
    expect(plural('fr', 1_000_000, { one: 'million', other: 'millions' })).toBe('millions');
  });
});

describe('every number of the rubric printed is read from its constants', () => {
  test('the templates write no number of points by hand, and no « sur 4 »', () => {
    const templates = filesUnder('templates', '.hbs');
    expect(matching(templates, /\b[1-9]\d*\s+points?\b|\b(sur|out of|à|to) [1-9]\b(?! ?\/)/)).toEqual([]);
  });

  test('the annex states the constants of rubric.ts', () => {
    expect(BAREME.maximum).toBe(MAX_SCORE);
    expect(BAREME.plafond_sans_preuve).toBe(UNSUBSTANTIATED_CAP);
    expect(wordsOf('fr').annex.unsubstantiated(5)).toContain(`ramené à ${UNSUBSTANTIATED_CAP} :`);
    expect(wordsOf('en').pdf.graphique).toBe(`Points per criterion, out of ${MAX_SCORE}`);
  });
});

describe('the shared templates take their words from the catalogue', () => {
  const shared = readdirSync(join(ROOT, 'templates')).filter((name) => name.endsWith('.hbs'));

  test('they write no word of their own: only markup, data and {{mot}}', () => {
    const ownWords = (file: string) =>
      readFileSync(join(ROOT, 'templates', file), 'utf8')
        .replace(/\{\{[^}]*\}\}/g, ' ')
        .match(/\p{L}{2,}/gu) ?? [];
    expect(Object.fromEntries(shared.map((file) => [file, ownWords(file)]))).toEqual(Object.fromEntries(shared.map((file) => [file, []])));
  });

  test('every {{mot}} they name is a key of every catalogue', () => {
    const named = shared.flatMap((file) => [...readFileSync(join(ROOT, 'templates', file), 'utf8').matchAll(/\(?mot "([^"]+)"/g)].map((m) => m[1]));
    for (const lang of LANGS) expect(named.filter((key) => !(key && key in wordsOf(lang).report))).toEqual([]);
  });

  test('a language folder holds only what its grammar needs: the criteria’s sentences and their forms for the synthesis, the synthesis’s sentences, the portfolio’s counts, scope and method note', () => {
    for (const lang of LANGS) {
      const own = filesUnder(join('templates', lang), '.hbs').map((file) => relative(join('templates', lang), file)).sort();
      expect(own.filter((file) => !file.startsWith('criteres/') && !file.startsWith('synthese/'))).toEqual([
        'portefeuille_chiffres.hbs',
        'portefeuille_couverture.hbs',
        'portefeuille_methode.hbs',
        'portefeuille_non_evalue.hbs',
        'portefeuille_portee.hbs',
        'synthese_compte.hbs',
        'synthese_famille.hbs',
      ]);
    }
  });
});

test('an unanswered criterion’s reason is set in French typography like every other (fix: « Non renseigné : 0 » had a breaking space)', async () => {
  const { explainCriterion } = await import('../src/score/explain.js');
  const { FAMILIES } = await import('../src/grid/grid.js');
  const [criterion] = FAMILIES[0]?.criteria ?? [];
  if (!criterion) throw new Error('the grid has no criterion');
  const unanswered = { id: criterion.id, answered: false, status: 'unanswered', score: 0, reasons: [] } as const;
  expect(explainCriterion(criterion, unanswered, 'fr')).toEqual(['Sans réponse\u00A0: aucun point']);
  expect(explainCriterion(criterion, unanswered, 'en')).toEqual(['Not answered: no points']);
});
