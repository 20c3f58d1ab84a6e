import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { escapeMarkdown } from '../src/render/escape.js';
import { agree, capitalise, formatNumber, joinList } from '../src/words/prose.js';
import { frenchOf } from '../src/words/fr/typography.js';
import { frenchSpacing } from '../src/text/typography.js';
import { suggest } from '../src/text/suggest.js';

describe('lists', () => {
  test.each([
    [[], ''],
    [['A'], 'A'],
    [['A', 'B'], 'A et B'],
    [['A', 'B', 'C'], 'A, B et C'],
  ])('%j → %s', (items, expected) => expect(joinList(items, 'fr')).toBe(expected));

  test('English', () => expect(joinList(['A', 'B', 'C'], 'en')).toBe('A, B and C'));
});

describe('numbers and agreement', () => {
  test('French thousands take a narrow no-break space', () => {
    expect(formatNumber(1500, 'fr')).toBe('1\u202F500');
    expect(formatNumber(150, 'fr')).toBe('150');
    expect(formatNumber(1500, 'en')).toBe('1,500');
  });

  test.each([
    [0, 'fr', 'personne'],
    [1, 'fr', 'personne'],
    [2, 'fr', 'personnes'],
    [150, 'fr', 'personnes'],
    [0, 'en', 'people'],
    [1, 'en', 'person'],
  ] as const)('%i (%s) → %s', (n, lang, expected) => {
    const [singular, plural] = lang === 'fr' ? ['personne', 'personnes'] : ['person', 'people'];
    expect(agree(n, singular, plural, lang)).toBe(expected);
  });
});

describe('French', () => {
  test.each([
    ['La Petite Manchester', 'de La Petite Manchester'],
    ['Le Relais', 'du Relais'],
    ['Les Grands Voisins', 'des Grands Voisins'],
    ['Ourcq Living Lab', 'd’Ourcq Living Lab'],
    ['Île aux Trésors', 'd’Île aux Trésors'],
    ['Lendroit', 'de Lendroit'],
  ])('%s → %s', (name, expected) => expect(frenchOf(name)).toBe(expected));

  test('spacing before high punctuation and inside guillemets', () => {
    expect(frenchSpacing('« A » : b ; c ? d !')).toBe('«\u00A0A\u00A0»\u00A0: b\u202F; c\u202F? d\u202F!');
  });

  test('capitals', () => expect(capitalise('élan')).toBe('Élan'));
});

describe('suggestions', () => {
  test.each([
    ['publics_en_dificulte', ['publics_en_difficulte', 'benevoles'], 'publics_en_difficulte'],
    ['santé', ['sante', 'lien_social'], 'sante'],
    ['Lien Social', ['sante', 'lien_social'], 'lien_social'],
    ['xyz', ['sante', 'lien_social'], undefined],
  ])('%s → %s', (typed, candidates, expected) => expect(suggest(typed, candidates)).toBe(expected));
});

describe('the evaluator’s text is printed as written, never interpreted', () => {
  const md = new MarkdownIt({ html: true });
  /** The block types and the plain text a Markdown reader gets from `source`. */
  const readBack = (source: string) => {
    const tokens = md.parse(source, {});
    const inline = tokens.filter((t) => t.type === 'inline').flatMap((t) => t.children ?? []);
    return {
      blocks: tokens.map((t) => t.type).filter((type) => type !== 'inline'),
      text: inline.map((t) => (t.type === 'text' ? t.content : `<${t.type}>`)).join(''),
    };
  };

  test.each([
    '**gras** et _italique_',
    '# pas un titre',
    '- pas une liste',
    '1. pas une liste',
    '> pas une citation',
    '<b>html</b> & &amp;',
    '[lien](http://example.org)',
    '`code`',
    'a | b',
    '{{ pas un modèle }}',
  ])('%s', (text) => {
    const escaped = escapeMarkdown(text);
    expect(readBack(escaped)).toEqual({ blocks: ['paragraph_open', 'paragraph_close'], text });
    expect(readBack(`- ${escaped}`).text).toBe(text);
    expect(readBack(`> *Exemple :* ${escaped}`).text).toBe(`<em_open>Exemple :<em_close> ${text}`);
  });

  test('any text survives a Markdown reader unchanged (but for collapsed blanks and control characters)', () => {
    const printable = fc.string({ unit: fc.constantFrom(...'ab #>-+=*_`[]()<>!&|~\\{}.:1'.split('')), minLength: 1 });
    fc.assert(
      fc.property(printable, (text) => {
        const expected = text.replace(/ +/g, ' ').trim();
        fc.pre(expected !== '');
        expect(readBack(escapeMarkdown(text))).toEqual({ blocks: ['paragraph_open', 'paragraph_close'], text: expected });
      }),
      { numRuns: 400 },
    );
  });

  test('control characters are dropped and line breaks become spaces', () => {
    expect(escapeMarkdown('a\u0000b\u0007c\nd\r\ne\tf')).toBe('abc d e f');
  });
});
