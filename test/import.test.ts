/** `impact import`, unit by unit: words, headers, cells, encodings, file names. */
import fc from 'fast-check';
import { NO_POSITION, error, type DiagnosticCode } from '../src/diagnostics/diagnostic.js';
import { message } from '../src/diagnostics/messages.js';
import { FAMILIES, fieldsOf } from '../src/grid/grid.js';
import { LANGS, type Field } from '../src/grid/types.js';
import { pathOf, readHeader, targets } from '../src/import/columns.js';
import { formHeaders } from '../src/import/form.js';
import { normalise } from '../src/import/match.js';
import { fileStem } from '../src/import/output.js';
import { columnLetters, decode, parseCsv, separatorOf } from '../src/import/table.js';
import { repeatedTexts } from '../src/import/repeats.js';
import { importRows } from '../src/import/sheet.js';
import type { ImportedSite } from '../src/import/site.js';
import { readCell, readTick, type Cell } from '../src/import/values.js';
import { readMembers } from '../src/import/members.js';

const fieldAt = (path: string): Field => {
  const target = targets().find((t) => pathOf(t) === path);
  if (!target) throw new Error(`no field ${path}`);
  return target.field;
};
const header = (text: string) => {
  const column = readHeader(text);
  return column.kind === 'field' ? pathOf(column.target) : column.kind === 'option' ? `${pathOf(column.target)}[${column.option.id}]` : column.kind;
};

describe('normalise', () => {
  test.each([
    ['voisin·e·s', 'voisins'],
    ['Voisins', 'voisins'],
    ['voisin.e.s', 'voisins'],
    ['voisin-e-s', 'voisins'],
    ['habitant(e)s du quartier', 'habitants du quartier'],
    ['acteur·rice·s du quartier', 'acteurs du quartier'],
    ['visiteur·euse·s', 'visiteurs'],
    ['résident·es', 'residents'],
    ['personnes_travaillant_sur_le_site', 'personnes travaillant sur le site'],
    ['Lors d’évènements  grand-public', 'lors d evenements grand public'],
    ['bien-être', 'bien etre'],
  ])('%s → %s', (written, meant) => expect(normalise(written)).toBe(meant));
});

describe('headers', () => {
  test.each([
    ['effets_individuels.lien_social.publics', 'effets_individuels.lien_social.publics'],
    ['lien_social.publics', 'effets_individuels.lien_social.publics'],
    ['Lien social — Publics en interaction', 'effets_individuels.lien_social.publics'],
    ['Lien social : publics en interaction', 'effets_individuels.lien_social.publics'],
    ['Social ties - Groups interacting', 'effets_individuels.lien_social.publics'],
    ['Publics en interaction', 'effets_individuels.lien_social.publics'],
    ['Nom du lieu', 'lieu.nom'],
    ['Name of the site', 'lieu.nom'],
    ['lieu.commune', 'lieu.commune'],
    ['Effets collectifs — Mots-clés', 'effets_collectifs.mots_cles'],
    ['Lien social — Publics en interaction [voisins]', 'effets_individuels.lien_social.publics[voisins]'],
    ['Lien social — Publics en interaction [Voisin·e·s]', 'effets_individuels.lien_social.publics[voisins]'],
    ['Commanditaire', 'evaluation.commanditaire'],
    ['L’évaluation — Sources', 'evaluation.sources'],
    ['evaluation.methode', 'evaluation.methode'],
    ['The evaluation — Method', 'evaluation.methode'],
    ['Date d’ouverture (AAAA, AAAA-MM ou AAAA-MM-JJ)', 'lieu.date_ouverture'],
    ['structure_porteuse', 'lieu.structure_porteuse'],
    ['Membres du comité (Nom (rôle) ; Nom (rôle))', 'comite.membres'],
    ['comite.date_validation', 'comite.date_validation'],
    ['Conclusions', 'conclusions'],
    ['recommandations', 'recommandations'],
    ['Horodateur', 'metadata'],
    ['Timestamp', 'metadata'],
    ['Réponse rédigée', 'ambiguous'],
    ['Entre quels publics', 'ambiguous'],
    ['Ma question', 'unknown'],
    ['Lien social — Publics en interaction [martiens]', 'unknown'],
  ])('%s', (text, meant) => expect(header(text)).toBe(meant));

  test.each(LANGS)('every header of the blank form in %s is read back as its field or option, once', (lang) => {
    const read = formHeaders(lang).map(header);
    expect(read.filter((h) => ['unknown', 'ambiguous', 'metadata'].includes(h))).toEqual([]);
    expect(new Set(read).size).toBe(read.length);
    const expected = targets().flatMap((t) =>
      t.field.kind === 'multi' ? (t.field.options ?? []).map((o) => `${pathOf(t)}[${o.id}]`) : [pathOf(t)],
    );
    expect(read).toEqual(expected);
  });
});

describe('cells', () => {
  const publics = fieldAt('effets_individuels.lien_social.publics');
  const gestion = fieldAt('effets_territoriaux.services_publics.gestion_urbaine');
  const count = fieldAt('effets_individuels.insertion_professionnelle.beneficiaires');
  const date = fieldAt('lieu.date_evaluation');

  test('an empty cell is no answer', () => {
    for (const cell of ['', '  ', null, undefined]) expect(readCell(publics, cell)).toEqual({ value: undefined, refusals: [] });
  });

  test('choices by id or label, separated by ; , or new lines, tolerant of case, accents and inclusive writing', () => {
    expect(readCell(publics, 'Voisins, BENEVOLES; acteurs du quartier\nhabitant·e·s du quartier').value).toEqual([
      'voisins',
      'benevoles',
      'acteurs_du_quartier',
      'habitants',
    ]);
    expect(readCell(publics, 'personnes_travaillant_sur_le_site').value).toEqual(['personnes_travaillant_sur_le_site']);
    expect(readCell(publics, 'neighbours, volunteers').value).toEqual(['voisins', 'benevoles']);
  });

  test('a label that holds commas is one choice, as Google Forms joins them', () => {
    const label = gestion.options?.find((o) => o.id === 'amelioree')?.label.fr ?? '';
    expect(label).toContain(',');
    expect(readCell(gestion, label)).toEqual({ value: 'amelioree', refusals: [] });
  });

  test('a choice that names nothing is refused with the nearest option, the others kept', () => {
    const read = readCell(publics, 'voisines, bénévoles');
    expect(read.value).toEqual(['benevoles']);
    expect(read.refusals).toEqual([expect.objectContaining({ code: 'import-unknown-choice', suggestion: 'voisins', params: expect.objectContaining({ value: 'voisines' }) })]);
  });

  test('a single choice given twice is refused whole', () => {
    const frequence = fieldAt('effets_individuels.lien_social.frequence');
    expect(readCell(frequence, 'chaque jour; chaque semaine')).toEqual({
      value: undefined,
      refusals: [expect.objectContaining({ code: 'import-several-choices' })],
    });
  });

  test('an open list keeps the words no option names', () => {
    const pratiques = fieldAt('effets_territoriaux.innovation_publique.pratiques');
    expect(readCell(pratiques, 'co-construction; budget participatif')).toEqual({ value: ['co_construction', 'budget participatif'], refusals: [] });
  });

  test.each([
    [12, 12],
    ['12', 12],
    ['1 200', 1200],
    ['1\u202F200', 1200],
    ['1\u00A0200', 1200],
    ['12,0', 12],
    ['12.00', 12],
    [0, 0],
  ])('the count %p reads as %p', (cell, value) => expect(readCell(count, cell)).toEqual({ value, refusals: [] }));

  test.each(['12,5', '-3', 'une dizaine', '1 2', 2.5])('the count %p is refused', (cell) => {
    expect(readCell(count, cell).refusals).toEqual([expect.objectContaining({ code: 'import-not-a-count' })]);
  });

  test.each([
    ['2024-06-30', '2024-06-30'],
    ['30/06/2024', '2024-06-30'],
    ['1/7/2024', '2024-07-01'],
    ['2018-01-01T16:12:00.000000Z', '2018-01-01'],
    [new Date(Date.UTC(2024, 5, 30)), '2024-06-30'],
  ])('the date %p reads as %p', (cell, value) => expect(readCell(date, cell)).toEqual({ value, refusals: [] }));

  test('a date in words is refused', () => {
    expect(readCell(date, 'juin 2024').refusals).toEqual([expect.objectContaining({ code: 'import-not-a-date' })]);
  });

  test.each([
    ['2019', 2019],
    [2019, 2019],
    ['03/2019', '2019-03'],
    ['3/2019', '2019-03'],
    ['2019-03', '2019-03'],
    ['04/03/2019', '2019-03-04'],
    [new Date(Date.UTC(2019, 2, 4)), '2019-03-04'],
  ])('the opening date %p reads as %p', (cell, value) => expect(readCell(fieldAt('lieu.date_ouverture'), cell)).toEqual({ value, refusals: [] }));

  test.each(['2019-13', '13/2019', '30/02/2019', 'mars 2019', '19'])('the opening date %p is refused', (cell) => {
    expect(readCell(fieldAt('lieu.date_ouverture'), cell).refusals).toEqual([expect.objectContaining({ code: 'import-not-a-partial-date' })]);
  });

  test('the committee: one member a line or after « ; », the role in the parentheses that end it', () => {
    expect(readMembers('Claire Morel (présidente, adjointe (vie associative)) ; Karim Haddad\n Lucie Fabre ( occupante ) ')).toEqual({
      value: [{ nom: 'Claire Morel', role: 'présidente, adjointe (vie associative)' }, { nom: 'Karim Haddad' }, { nom: 'Lucie Fabre', role: 'occupante' }],
      refusals: [],
    });
    expect(readMembers('(trésorière); Ana Silva ()')).toEqual({
      value: [{ nom: 'Ana Silva' }],
      refusals: [{ code: 'import-member-without-name', params: { value: '(trésorière)' } }],
    });
    expect(readMembers(' ')).toEqual({ value: undefined, refusals: [] });
  });

  test('keywords are separated by commas too, other texts only by ; and new lines', () => {
    expect(readCell(fieldAt('effets_individuels.mots_cles'), 'rencontres, confiance; emploi').value).toEqual(['rencontres', 'confiance', 'emploi']);
    expect(readCell(fieldAt('lieu.evaluateurs'), 'Dupont, Marie; Comité').value).toEqual(['Dupont, Marie', 'Comité']);
  });

  test('a checkbox column: ticked, not ticked, or refused', () => {
    const voisins = publics.options?.find((o) => o.id === 'voisins');
    if (!voisins) throw new Error('no voisins');
    for (const cell of ['Oui', 'Y', 'x', '1', true, 'voisin·e·s', '✓']) expect(readTick(voisins, cell)).toEqual({ ticked: true });
    for (const cell of ['', 'Non', 'N', '0', false, null]) expect(readTick(voisins, cell)).toEqual({ ticked: false });
    expect(readTick(voisins, 'peut-être').refusal).toEqual(expect.objectContaining({ code: 'import-not-a-tick' }));
  });

  test('every option of the grid is found from its label however it is cased or accented', () => {
    const choices = FAMILIES.flatMap((f) => f.criteria.flatMap((c) => fieldsOf(c).filter((x) => x.kind === 'multi' || x.kind === 'single')));
    const pairs = choices.flatMap((field) => (field.options ?? []).flatMap((option) => LANGS.map((lang) => ({ field, option, label: option.label[lang] }))));
    fc.assert(
      fc.property(fc.constantFrom(...pairs), fc.boolean(), fc.boolean(), ({ field, option, label }, upper, stripAccents) => {
        const written = stripAccents ? label.normalize('NFD').replace(/\p{M}/gu, '') : label;
        const value = readCell(field, upper ? written.toLocaleUpperCase('fr') : written).value;
        expect(value).toEqual(field.kind === 'multi' ? [option.id] : option.id);
      }),
    );
  });
});

describe('tables', () => {
  const utf16 = (text: string, bom: boolean): Uint8Array => {
    const body = Buffer.from(text, 'utf16le');
    return bom ? Buffer.concat([Buffer.from([0xff, 0xfe]), body]) : body;
  };

  test.each([
    ['UTF-8', new TextEncoder().encode('Nom du lieu;Commune\nLa Halle;Saint-Étienne')],
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Nom du lieu;Commune\nLa Halle;Saint-Étienne')])],
    ['UTF-16 LE with BOM', utf16('Nom du lieu;Commune\nLa Halle;Saint-Étienne', true)],
    ['UTF-16 LE without BOM', utf16('Nom du lieu;Commune\nLa Halle;Saint-Étienne', false)],
  ])('%s is decoded', (_name, bytes) => expect(decode(bytes)).toEqual({ text: 'Nom du lieu;Commune\nLa Halle;Saint-Étienne' }));

  test('Latin-1 is not taken for UTF-8', () => expect(decode(Buffer.from('Nom;Commune\nLa Halle;Saint-\xC9tienne', 'latin1'))).toEqual({ detail: 'not-utf8' }));

  test.each([
    ['a,b,c\n1,2,3', ','],
    ['a;b;c\n"1,5";2;3', ';'],
    ['a\tb\tc', '\t'],
    ['"a;b",c,d', ','],
    ['seule colonne', ','],
  ])('the separator of %p is %p', (text, separator) => expect(separatorOf(text)).toBe(separator));

  test('CSV: quoted cells keep their separators and new lines; a quote left open or badly closed is said in words', async () => {
    expect(await parseCsv('Nom du lieu;Réponse\n"La Halle";"un; deux\ntrois"\n')).toEqual({ ok: true, rows: [['Nom du lieu', 'Réponse'], ['La Halle', 'un; deux\ntrois']] });
    expect(await parseCsv('a,"b\nc')).toEqual({ ok: false, detail: 'quote-not-closed' });
    expect(await parseCsv('a,b\n"x"y,c\n')).toEqual({ ok: false, detail: 'bad-closing-quote', line: 2 });
  });

  test.each([
    [1, 'A'],
    [26, 'Z'],
    [27, 'AA'],
    [703, 'AAA'],
  ])('column %p is %p', (n, letters) => expect(columnLetters(n)).toBe(letters));
});

test.each([
  ['La Maison Montreau', 'la-maison-montreau'],
  ["L'Arche_makesense", 'l-arche-makesense'],
  ['Le Point H^UT, lieu de création urbaine', 'le-point-h-ut-lieu-de-creation-urbaine'],
  ['★', ''],
])('the file of %p is named %p', (name, stem) => expect(fileStem(name)).toBe(stem));

describe('rows', () => {
  const codes = (rows: Cell[][]) => importRows('t.csv', rows).diagnostics.map((d) => `${d.line}:${d.column} ${d.code}`);

  test('a column without a header is refused when it holds answers, and passed over when empty', () => {
    expect(codes([['Nom du lieu', '', ''], ['La Halle', 'quelque chose', '']])).toEqual(['1:2 import-unknown-column']);
    expect(codes([['Nom du lieu'], ['La Halle', '', 'plus loin']])).toEqual(['1:3 import-unknown-column']);
  });

  test('a second column for the same field is refused; an option column and its whole column are merged', () => {
    expect(codes([['Nom du lieu', 'lieu.nom'], ['A', 'B']])).toEqual(['1:2 import-duplicate-column']);
    const { sites } = importRows('t.csv', [
      ['Nom du lieu', 'lien_social.publics', 'Lien social — Publics en interaction [voisins]'],
      ['La Halle', 'bénévoles', 'oui'],
    ]);
    expect(sites[0]?.answers).toEqual({ lieu: { nom: 'La Halle' }, effets_individuels: { lien_social: { publics: ['benevoles', 'voisins'] } } });
  });

  test('a row without a name is refused; a table without a name column or without rows imports nothing', () => {
    expect(codes([['Nom du lieu', 'Commune'], ['', 'Lyon'], ['La Halle', '']])).toEqual(['2:1 import-no-name']);
    expect(codes([['Commune'], ['Lyon']])).toEqual(['0:0 import-no-name-column']);
    expect(codes([['Nom du lieu'], ['', ''], []])).toEqual(['0:0 import-empty-table']);
  });
});

describe('texts repeated across sites', () => {
  const site = (name: string, row: number, exemple: string): ImportedSite => ({
    source: 'r.csv',
    row,
    column: 1,
    name,
    answers: { lieu: { nom: name }, effets_individuels: { lien_social: { exemple } } },
  });
  const long = 'Les participantes régulières ne se connaissaient pas toutes';

  test('a long text another site gave word for word is reported on the later site; a short one is not', () => {
    expect(repeatedTexts([site('A', 2, long), site('B', 3, long.toUpperCase()), site('C', 4, 'cuisine collective'), site('D', 5, 'Cuisine collective')])).toEqual([
      expect.objectContaining({
        severity: 'warning',
        code: 'import-repeated-text',
        line: 3,
        path: 'effets_individuels.lien_social.exemple',
        params: { field: 'effets_individuels.lien_social.exemple', other: 'A', source: 'r.csv:2' },
      }),
    ]);
  });

  test('what a network’s sites share by right, how they were evaluated and by whom, is no repeat', () => {
    const evaluated = (name: string, row: number): ImportedSite => ({ ...site(name, row, name), answers: { lieu: { nom: name }, evaluation: { methode: long }, comite: { membres: [{ nom: long }] } } });
    expect(repeatedTexts([evaluated('A', 2), evaluated('B', 3)])).toEqual([]);
  });

  test('the same text in two fields of one site is not a repeat', () => {
    const one = site('A', 2, long);
    (one.answers.effets_individuels as Record<string, unknown>).sante = { exemple: long };
    expect(repeatedTexts([one])).toEqual([]);
  });
});

describe('messages', () => {
  const CODES: readonly DiagnosticCode[] = [
    'import-unknown-column', 'import-ambiguous-column', 'import-duplicate-column', 'import-unknown-choice', 'import-not-a-count',
    'import-not-a-date', 'import-several-choices', 'import-not-a-tick', 'import-no-name', 'import-no-name-column', 'import-same-name',
    'import-output-exists', 'import-copied-text', 'import-unreadable-table', 'import-unknown-format', 'import-not-a-place',
    'import-empty-table', 'import-repeated-text',
  ];
  const params = { value: 'v', field: 'f', header: 'En-tête', column: 'C', option: 'o', path: 'p', other: 'D', output: 'x.yaml', from: 'solidarite', detail: 'd', source: 's.csv', candidates: ['a', 'b'], allowed: ['a', 'b'] };

  test.each(CODES)('%s reads in French and in English, French spacing applied', (code) => {
    const diagnostic = error('t.csv', { line: 2, column: 3 }, code, params);
    const fr = message(diagnostic, 'fr');
    const en = message(diagnostic, 'en');
    for (const text of [fr, en]) expect(text).not.toMatch(/undefined|\$\{|\(\)|«  »/);
    expect(fr).not.toMatch(/ [:;?!»]|« /);
    expect(en).not.toMatch(/[«»]/);
  });

  test('a cell of a place file is named by its key, without a column', () => {
    const diagnostic = error('a.json', NO_POSITION, 'import-unknown-choice', { ...params, column: '', header: 'cadre_de_vie_image' });
    expect(message(diagnostic, 'en')).toBe('“v” (“cadre_de_vie_image”) is no option of “f”: this choice is not imported (possible options: a, b)');
  });
});
