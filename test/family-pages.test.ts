/**
 * The families' and criteria's pages (issue 14.5, 14.8, 14.9): what is empty collapses into one
 * sentence or one line, a blank evaluation is not pages of nothing, one inclusive spelling, no
 * list of one item, and English that says the evaluators' words are quoted as written.
 */
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import MarkdownIt, { type Token } from 'markdown-it';
import { parseSource } from '../src/load/load.js';
import { check, modelOf } from '../src/pipeline/stages.js';
import { renderMarkdown } from '../src/render/markdown.js';
import { pdfReport } from '../src/render/pdf/index.js';
import { FAMILIES } from '../src/grid/grid.js';
import type { Family, Lang } from '../src/grid/types.js';
import { wordsOf } from '../src/words/words.js';
import { freeTexts, type Evaluation } from './support/arbitraries.js';
import { pageText, withPdf } from './support/pdf.js';

const dir = mkdtempSync(join(tmpdir(), 'impact-family-pages-'));

/** The five criteria of the individual family, each with one answer that rates it. */
const INDIVIDUAL: Record<string, Evaluation> = {
  lien_social: { publics: ['benevoles'] },
  sante: { effets: ['confiance_en_soi'] },
  transmission_savoir_faire: { savoir_faire: ['langues'] },
  insertion_professionnelle: { beneficiaires: 3 },
  capacite_agir: { nouveaux_projets: 2 },
};

const evaluation = (families: Evaluation = {}): Evaluation => ({ version: 1, lieu: { nom: 'Le Quai' }, ...families });

function modelFor(data: Evaluation, lang: Lang) {
  const result = parseSource('site.yaml', Buffer.from(JSON.stringify(data)));
  if (!result.ok) throw new Error('the evaluation does not load');
  return modelOf(result.loaded, lang);
}

const markdownOf = (data: Evaluation, lang: Lang): string => renderMarkdown(modelFor(data, lang)).replace(/[\u00A0\u202F]/g, ' ');

/** The Markdown of the individual family's section, from its heading to the next section's. */
function firstFamily(markdown: string, lang: Lang): string {
  const start = markdown.indexOf(`\n## ${(FAMILIES[0] as Family).label[lang]}\n`);
  return markdown.slice(start + 1, markdown.indexOf('\n## ', start + 1));
}

/** The individual family with its first `answered` criteria answered, the others not. */
const answering = (answered: number): Evaluation =>
  evaluation({ effets_individuels: Object.fromEntries(Object.entries(INDIVIDUAL).slice(0, answered)) });

describe('a family’s unanswered criteria in one sentence, agreeing with their number', () => {
  test.each([
    [5, 'fr', undefined],
    [4, 'fr', '*Non renseigné : capacité à agir.*'],
    [3, 'fr', '*Non renseignés : insertion professionnelle et capacité à agir.*'],
    [2, 'fr', '*Non renseignés : transmission de savoir-faire personnel, insertion professionnelle et capacité à agir.*'],
    [1, 'fr', '*Non renseignés : santé, transmission de savoir-faire personnel, insertion professionnelle et capacité à agir.*'],
    [5, 'en', undefined],
    [4, 'en', '*Not answered: empowerment.*'],
    [3, 'en', '*Not answered: employment and training and empowerment.*'],
    [2, 'en', '*Not answered: passing on personal skills, employment and training, and empowerment.*'],
  ] as const)('%i criteria answered (%s)', (answered, lang, sentence) => {
    const family = firstFamily(markdownOf(answering(answered), lang), lang);
    const notAnswered = wordsOf(lang).report.non_renseigne;
    if (sentence === undefined) expect(family).not.toContain(notAnswered);
    else expect(family.split('\n').filter((line) => line.includes(notAnswered))).toEqual([sentence]);
    // Only the answered criteria have a heading.
    expect(family.match(/^### /gm)).toHaveLength(answered);
  });

  test('the sentence comes before the answered criteria, under the intensity', () => {
    const family = firstFamily(markdownOf(answering(3), 'fr'), 'fr');
    expect(family.indexOf('Non renseignés')).toBeGreaterThan(family.indexOf('**Intensité'));
    expect(family.indexOf('Non renseignés')).toBeLessThan(family.indexOf('### Lien social'));
  });
});

describe('a family not evaluated at all is one line under its heading', () => {
  test.each(['fr', 'en'] as const)('%s', (lang) => {
    const family = firstFamily(markdownOf(evaluation(), lang), lang);
    const lines = family.split('\n').filter((line) => line.trim() !== '');
    expect(lines).toEqual([`## ${(FAMILIES[0] as Family).label[lang]}`, `*${wordsOf(lang).report.famille_non_evaluee.replace(/[\u00A0\u202F]/g, ' ')}*`]);
  });

  test('« non évaluée » agrees with « intensité »', () => {
    const pages = familyPages(markdownOf(evaluation(), 'fr'), 'Effets individuels', 'fr');
    expect(pages).toContain('Intensité non évaluée');
    expect(pages).not.toMatch(/non évalué(?!e)/);
  });
});

describe('a blank evaluation (only version and lieu.nom) in print', () => {
  let file: string;
  beforeAll(async () => {
    const model = modelFor(evaluation(), 'fr');
    file = join(dir, 'blank.pdf');
    writeFileSync(file, await pdfReport(model, renderMarkdown(model)));
  });

  test('its three families share one page, each a heading and one line', () => {
    const pages = withPdf(file, (doc) => doc.countPages());
    const withFamilies = Array.from({ length: pages }, (_, i) => pageText(file, i + 1)).filter((text) => text.includes('Effets individuels'));
    const families = withFamilies.find((text) => text.includes('Effets collectifs') && text.includes('Effets sur le quartier et le territoire') && text.includes('Intensité non évaluée'));
    expect(families).toBeDefined();
    expect(families?.match(/Intensité non évaluée/g)).toHaveLength(3);
  });

  test('is four pages: the cover, the count and the families, the method, its limits with the annex (one row per family)', () => {
    expect(withPdf(file, (doc) => doc.countPages())).toBe(4);
  });
});

/** Every evaluation of the examples and the fixtures that is valid, by file. */
async function validEvaluations(): Promise<{ file: string; data: Evaluation; loaded: Parameters<typeof modelOf>[0] }[]> {
  const files = [
    ...readdirSync('examples').filter((f) => f.endsWith('.yaml')).map((f) => `examples/${f}`),
    ...readdirSync('test/fixtures', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.yaml')).map((f) => `test/fixtures/${f}`),
  ];
  const checked = await Promise.all(files.map(async (file) => ({ file, checked: await check(file) })));
  return checked.flatMap(({ file, checked: c }) => (c.ok ? [{ file, data: c.loaded.data as Evaluation, loaded: c.loaded }] : []));
}

/** A report's own words: its Markdown without what the evaluators wrote (answers, keywords, names). */
function ownWords(markdown: string, data: Evaluation): string {
  return freeTexts(data)
    .map(({ text }) => text)
    .sort((a, b) => b.length - a.length)
    .reduce((rest, text) => (text.trim() === '' ? rest : rest.split(text).join(' ')), markdown);
}

/** Masculine plurals that have an inclusive form in the report's spelling (acteur·rice·s, occupant·e·s…). */
const NOT_INCLUSIVE = /(?<!\p{L})(acteurs|évaluateurs|occupants|habitants|dirigeants|voisins|visiteurs|résidents|professionnels)(?![\p{L}·])/iu;

const spaced = (text: string): string => text.replace(/[\u00A0\u202F]/g, ' ');

/** The families' pages of a report: from the first family's heading to the annex's. */
function familyPages(markdown: string, firstTitle: string, lang: Lang): string {
  const text = spaced(markdown);
  const annex = text.indexOf(`\n## ${spaced(wordsOf(lang).report.annexe_titre)}\n`);
  if (annex < 0) throw new Error('the report has no annex heading');
  return text.slice(text.indexOf(`\n## ${firstTitle}\n`), annex);
}

/** The lists of the families' pages, by their number of items. */
function listSizes(tokens: readonly Token[]): number[] {
  const sizes: number[] = [];
  const open: number[] = [];
  for (const token of tokens) {
    if (token.type === 'bullet_list_open' || token.type === 'ordered_list_open') open.push(0);
    else if (token.type === 'list_item_open' && token.level === (open.length - 1) * 2 + 1) open[open.length - 1] = (open.at(-1) ?? 0) + 1;
    else if (token.type === 'bullet_list_close' || token.type === 'ordered_list_close') sizes.push(open.pop() ?? 0);
  }
  return sizes;
}

describe('every report of the examples and the fixtures', () => {
  let evaluations: Awaited<ReturnType<typeof validEvaluations>>;
  beforeAll(async () => {
    evaluations = await validEvaluations();
  });

  test('there are enough of them to mean something', () => {
    expect(evaluations.length).toBeGreaterThan(20);
  });

  test('in French, one inclusive spelling: no « acteurs » or « occupants » beside « acteur·rice·s »', () => {
    const found = evaluations.flatMap(({ file, data, loaded }) => {
      const match = NOT_INCLUSIVE.exec(ownWords(renderMarkdown(modelOf(loaded, 'fr')), data));
      return match ? [`${file}: ${match[0]}`] : [];
    });
    expect(found).toEqual([]);
  });

  test('in French, no two sentences in a row open with « Concernant » (the groups of égalité femmes/hommes make a table)', () => {
    const found = evaluations.flatMap(({ file, loaded }) => {
      const paragraphs = renderMarkdown(modelOf(loaded, 'fr')).split(/\n\n+/);
      return paragraphs.some((p, i) => p.startsWith('Concernant') && paragraphs[i + 1]?.startsWith('Concernant')) ? [file] : [];
    });
    expect(found).toEqual([]);
  });

  test.each(['fr', 'en'] as const)('no list of one item on the families’ pages (%s)', (lang) => {
    const md = new MarkdownIt();
    const found = evaluations.flatMap(({ file, loaded }) => {
      const model = modelOf(loaded, lang);
      const first = model.familles[0];
      if (!first) return [];
      const families = familyPages(renderMarkdown(model), first.titre, lang);
      return listSizes(md.parse(families, {})).some((size) => size === 1) ? [file] : [];
    });
    expect(found).toEqual([]);
  });
});

describe('quoted answers in their original language', () => {
  test('an English report of a French evaluation that quotes its evaluators says so, once', () => {
    const data = evaluation({ effets_individuels: { lien_social: { publics: ['benevoles'], exemple: 'un repas partagé chaque mois' } } });
    const markdown = markdownOf(data, 'en');
    expect(markdown.split(wordsOf('en').report.citations_en_langue_d_origine)).toHaveLength(2);
  });

  test('not when the report is in the evaluation’s language, nor when nothing is quoted', () => {
    const quoting = evaluation({ effets_individuels: { lien_social: { publics: ['benevoles'], exemple: 'un repas partagé chaque mois' } } });
    expect(markdownOf(quoting, 'fr')).not.toContain(wordsOf('fr').report.citations_en_langue_d_origine.replace(/[\u00A0\u202F]/g, ' '));
    expect(markdownOf(answering(2), 'en')).not.toContain(wordsOf('en').report.citations_en_langue_d_origine);
  });
});
