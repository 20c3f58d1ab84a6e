/**
 * What points at the obvious fix: the typo distance that counts a swap as one typo, the id of an
 * option whose label was written, a date in French order, a quoted number, the name `impact
 * init` leaves, one message per YAML mistake in words of impact's own, files in natural order.
 */
import fc from 'fast-check';
import { parseDocument, type ErrorCode } from 'yaml';
import { naturalOrder, scan } from '../src/batch/inputs.js';
import { message } from '../src/diagnostics/messages.js';
import { error } from '../src/diagnostics/diagnostic.js';
import { evaluationSkeleton } from '../src/skeleton/skeleton.js';
import { LANGS } from '../src/grid/types.js';
import { parseSource } from '../src/load/load.js';
import { suggest, typoDistance } from '../src/text/suggest.js';
import { idOfLabel, optionsAt, quotedNumber } from '../src/validate/hints.js';
import { isoDate } from '../src/text/dates.js';
import { placeholderWarnings } from '../src/validate/placeholder.js';

/** Plain Levenshtein, the textbook way: what the typo distance must never exceed. */
function levenshtein(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i += 1) {
    for (let j = 1; j <= b.length; j += 1) {
      const row = rows[i] as number[];
      const above = rows[i - 1] as number[];
      row[j] = Math.min((above[j] as number) + 1, (row[j - 1] as number) + 1, (above[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
  }
  return rows[a.length]?.[b.length] as number;
}

describe('the typo distance (optimal string alignment)', () => {
  test.each([
    ['snate', 'sante', 1],
    ['sante', 'sante', 0],
    ['', 'abc', 3],
    ['benevoles', 'benevole', 1],
    ['publics_en_dificulte', 'publics_en_difficulte', 1],
    ['ca', 'abc', 3], // optimal string alignment: no part is edited twice (true Damerau would say 2)
    ['abcd', 'badc', 2],
    ['œuvre', 'ouvre', 1],
    ['😀a', 'a😀', 1], // code points, not UTF-16 halves: one swap
  ])('%s → %s: %i', (a, b, expected) => expect(typoDistance(a, b)).toBe(expected));

  test('is symmetric, 0 only for equal words, never more than Levenshtein, one less for a single swap', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), (a, b) => {
        expect(typoDistance(a, b)).toBe(typoDistance(b, a));
        expect(typoDistance(a, b) === 0).toBe(a === b);
        expect(typoDistance(a, b)).toBeLessThanOrEqual(levenshtein(a, b));
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z]{2,12}$/), fc.nat(), (word, at) => {
        const i = at % (word.length - 1);
        if (word[i] === word[i + 1]) return;
        const swapped = `${word.slice(0, i)}${word[i + 1]}${word[i]}${word.slice(i + 2)}`;
        expect(typoDistance(word, swapped)).toBe(1);
      }),
      { numRuns: 300 },
    );
  });

  test('a swap is suggested, as a missing letter is', () => {
    expect(suggest('snate', ['sante', 'lien_social'])).toBe('sante');
    expect(suggest('buidl', ['build', 'validate', 'init'])).toBe('build');
    expect(suggest('lein_social', ['sante', 'lien_social'])).toBe('lien_social');
  });
});

describe('an option’s label written instead of its id', () => {
  const frequence = optionsAt(['effets_individuels', 'lien_social', 'frequence']);
  const parite = optionsAt(['effets_collectifs', 'egalite_femmes_hommes', 'occupants', 0]);

  test('the field’s options are found from the path, in a list too', () => {
    expect(frequence.map((o) => o.id)).toEqual(['quotidienne', 'hebdomadaire', 'mensuelle', 'ponctuelle']);
    expect(parite.map((o) => o.id)).toContain('autant');
    expect(optionsAt(['effets_individuels', 'nowhere', 'frequence'])).toEqual([]);
  });

  test.each([
    ['chaque semaine', 'hebdomadaire'],
    ['Chaque Semaine', 'hebdomadaire'],
    ['every week', 'hebdomadaire'],
    ['de facon ponctuelle', 'ponctuelle'],
    ['chaque semane', 'hebdomadaire'],
  ])('«%s» names %s, in either language, case, accents and a typo aside', (typed, id) => {
    expect(idOfLabel(typed, frequence, true)).toBe(id);
  });

  test('the style of apostrophe does not count', () => {
    expect(idOfLabel("il y a autant de femmes que d'hommes", parite, false)).toBe('autant');
  });

  test('only an exact label when a near one is not asked for, and nothing for what is no label', () => {
    expect(idOfLabel('chaque semane', frequence, false)).toBeUndefined();
    expect(idOfLabel('tous les ans', frequence, true)).toBeUndefined();
  });
});

describe('a date written otherwise', () => {
  test.each([
    ['15/03/2023', '2023-03-15'],
    ['5/3/2023', '2023-03-05'],
    ['15-03-2023', '2023-03-15'],
    ['15.03.2023', '2023-03-15'],
    ['2023/3/5', '2023-03-05'],
    ['29/02/2024', '2024-02-29'],
  ])('%s is %s', (text, iso) => expect(isoDate(text)).toBe(iso));

  test.each([['31/02/2023'], ['15/13/2023'], ['mars 2023'], ['2023'], ['29/02/2023']])('%s is no date: no form to offer', (text) => {
    expect(isoDate(text)).toBeUndefined();
  });
});

test('a number in quotes is given back without them; a text is not a number', () => {
  expect(quotedNumber('12')).toBe('12');
  expect(quotedNumber(' 3 ')).toBe('3');
  expect(quotedNumber('douze')).toBeUndefined();
  expect(quotedNumber(12)).toBeUndefined();
});

describe('the name impact init leaves', () => {
  const loaded = (text: string) => {
    const result = parseSource('site.yaml', new TextEncoder().encode(text));
    if (!result.ok) throw new Error(JSON.stringify(result.diagnostics));
    return result.loaded;
  };

  test.each(LANGS)('the skeleton in %s is warned about, at the name', (lang) => {
    const [d, ...others] = placeholderWarnings(loaded(evaluationSkeleton(lang, 'evaluation.schema.json')));
    expect(others).toEqual([]);
    expect(d).toMatchObject({ severity: 'warning', code: 'placeholder-name', path: 'lieu.nom' });
    expect(message(d!, 'fr')).toContain('est le texte qu’impact init met à la place du nom');
  });

  test('a real name is not', () => {
    expect(placeholderWarnings(loaded('version: 1\nlieu: { nom: Le Nom du lieu-dit }\n'))).toEqual([]);
  });
});

/** Every code of the YAML parser (yaml 2's ErrorCode): the list below must name them all. */
const YAML_CODES = [
  'ALIAS_PROPS',
  'BAD_ALIAS',
  'BAD_DIRECTIVE',
  'BAD_DQ_ESCAPE',
  'BAD_INDENT',
  'BAD_PROP_ORDER',
  'BAD_SCALAR_START',
  'BLOCK_AS_IMPLICIT_KEY',
  'BLOCK_IN_FLOW',
  'DUPLICATE_KEY',
  'IMPOSSIBLE',
  'KEY_OVER_1024_CHARS',
  'MISSING_CHAR',
  'MULTILINE_IMPLICIT_KEY',
  'MULTIPLE_ANCHORS',
  'MULTIPLE_DOCS',
  'MULTIPLE_TAGS',
  'NON_STRING_KEY',
  'RESOURCE_EXHAUSTION',
  'TAB_AS_INDENT',
  'TAG_RESOLVE_FAILED',
  'UNEXPECTED_TOKEN',
  'BAD_COLLECTION_TYPE',
] as const satisfies readonly ErrorCode[];
// Fails to compile when yaml adds a code the list lacks.
const everyCode: Exclude<ErrorCode, (typeof YAML_CODES)[number]> extends never ? true : never = true;

describe('YAML mistakes, in words of impact’s own', () => {
  test.each(YAML_CODES)('%s has its own French and English', (yamlCode) => {
    expect(everyCode).toBe(true);
    const d = error('site.yaml', { line: 1, column: 1 }, 'yaml-syntax', { yamlCode, detail: 'the parser’s English' });
    const [fr, en] = [message(d, 'fr'), message(d, 'en')];
    expect(fr).toMatch(/^syntaxe YAML\u00A0: /);
    expect(en).toMatch(/^YAML syntax: /);
    for (const text of [fr, en]) expect(text).not.toContain('the parser’s English');
  });

  const diagnosticsOf = (text: string) => {
    const result = parseSource('site.yaml', new TextEncoder().encode(text));
    return result.ok ? [] : result.diagnostics;
  };

  test('a tab before a list item is one error, not four', () => {
    const text = 'version: 1\nlieu:\n  nom: Test\neffets_individuels:\n  lien_social:\n    publics:\n\t- benevoles\n';
    // What the parser itself reports: four errors for the one tab.
    expect(parseDocument(text, { prettyErrors: false }).errors.map((e) => e.code)).toEqual([
      'TAB_AS_INDENT',
      'BLOCK_AS_IMPLICIT_KEY',
      'MULTILINE_IMPLICIT_KEY',
      'MISSING_CHAR',
    ]);
    const diagnostics = diagnosticsOf(text);
    expect(diagnostics).toEqual([
      expect.objectContaining({ line: 7, column: 1, code: 'yaml-syntax', params: expect.objectContaining({ yamlCode: 'TAB_AS_INDENT' }) }),
    ]);
  });

  test('two tabs on two lines are two errors, each on its line', () => {
    const text = 'version: 1\nlieu:\n  nom: Test\neffets_individuels:\n\tlien_social:\n\t\tpublics: [benevoles]\n';
    expect(diagnosticsOf(text).map((d) => `${d.line}:${d.column}`)).toEqual(['5:1', '6:1']);
  });

  test('an over-indented line is said once, and never in the parser’s English', () => {
    const diagnostics = diagnosticsOf('version: 1\nlieu:\n  nom: Test\n    commune: Lyon\n');
    expect(diagnostics).toHaveLength(1);
    expect(message(diagnostics[0]!, 'fr')).not.toMatch(/Implicit keys|Nested mappings/);
  });

  test('« Implicit keys need to be on a single line » reaches no one', () => {
    const text = 'version: 1\nlieu:\n  nom\n  commune: Lyon\n';
    expect(parseDocument(text, { prettyErrors: false }).errors.map((e) => e.message)).toEqual(['Implicit keys need to be on a single line']);
    const [d, ...others] = diagnosticsOf(text);
    expect(others).toEqual([]);
    expect(d).toMatchObject({ line: 3, column: 3 });
    expect(message(d!, 'fr')).toBe(
      'syntaxe YAML\u00A0: une clé doit tenir sur une seule ligne, suivie de «\u00A0:\u00A0»\u202F; vérifiez l’indentation de la ligne suivante et qu’aucun guillemet n’est resté ouvert',
    );
  });
});

describe('natural order', () => {
  test('numbers by their value, letters ignoring case', () => {
    const files = ['site-10.yaml', 'site-2.yaml', 'Site-3.yaml', 'site-1.yaml', 'site-02b.yaml', 'a/site-10.yaml', 'a/site-9.yaml'];
    expect([...files].sort(naturalOrder)).toEqual([
      'a/site-9.yaml',
      'a/site-10.yaml',
      'site-1.yaml',
      'site-2.yaml',
      'site-02b.yaml',
      'Site-3.yaml',
      'site-10.yaml',
    ]);
  });

  test('is consistent on any paths: antisymmetric, and a sorted list is in order', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-zA-Z0-9/._-]{0,12}$/), { maxLength: 12 }), (paths) => {
        const sorted = [...paths].sort(naturalOrder);
        for (let i = 1; i < sorted.length; i += 1) expect(naturalOrder(sorted[i - 1]!, sorted[i]!)).toBeLessThanOrEqual(0);
        for (const a of paths) for (const b of paths) expect(Math.sign(naturalOrder(a, b)) + Math.sign(naturalOrder(b, a))).toBe(0);
      }),
      { numRuns: 200 },
    );
  });

  test('the files named, whatever order the shell gives them in, and standard input first', () => {
    expect(scan(['site-10.yaml', 'site-2.yaml', '-']).inputs.map((i) => i.file)).toEqual(['-', 'site-2.yaml', 'site-10.yaml']);
  });
});
