/** The cover's title never breaks a site's name inside (« La Petite / Manchester »), read back from the PDF's lines. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Lang } from '../src/grid/types.js';
import { parseSource } from '../src/load/load.js';
import { modelOf } from '../src/pipeline/stages.js';
import { pdfReport } from '../src/render/pdf/index.js';
import { DEFAULT_THEME } from '../src/theme/theme.js';
import { renderMarkdown } from '../src/render/markdown.js';
import { layoutTexts, words } from './support/pdf.js';
import { checkPdf, figureAlts, tagging } from './support/pdf-document.js';

const dir = mkdtempSync(join(tmpdir(), 'impact-cover-'));
const SEED = readFileSync('examples/la-petite-manchester.yaml', 'utf8');
const LOGO = fileURLToPath(new URL('./fixtures/logo.png', import.meta.url));

/** The title's lines: the first page's lines above the site's details, as a reader copies them. */
async function cover(name: string, lang: Lang, logo = false): Promise<{ file: string; lines: string[] }> {
  const text = SEED.replace('nom: La Petite Manchester', `nom: ${JSON.stringify(name)}`);
  const result = parseSource('site.yaml', Buffer.from(text));
  if (!result.ok) throw new Error('the site does not load');
  const model = modelOf(result.loaded, lang);
  const theme = logo ? { ...DEFAULT_THEME, logo: LOGO } : DEFAULT_THEME;
  const file = join(dir, `${name.replace(/\W+/g, '-')}.${lang}${logo ? '.logo' : ''}.pdf`);
  writeFileSync(file, await pdfReport(model, renderMarkdown(model), { theme }));
  const lines = (layoutTexts(file)[0] ?? '').split('\n').map((l) => l.replace(/[\u00A0\u202F]/g, ' ').replace(/\u2011/g, '-').trim());
  return { file, lines: lines.slice(0, lines.findIndex((l) => /^(Commune|Town)\s?:/.test(l))) };
}

const titleLines = async (name: string, lang: Lang, logo = false): Promise<string[]> => (await cover(name, lang, logo)).lines;

describe.each(['fr', 'en'] as const)('in %s', (lang) => {
  test.each(['La Petite Manchester', 'La Halle aux Cerises', 'Le Relais des Possibles', 'La Fabrique Saint-Jean-de-Luz'])('“%s” is on one line of the title', async (name) => {
    const lines = await titleLines(name, lang);
    const shown = name.replace(/^Le /, '');
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.some((line) => line.includes(shown))).toBe(true);
  });

  test('with the theme’s logo beside it, in a narrower title, the name is still on one line', async () => {
    const lines = await titleLines('La Petite Manchester', lang, true);
    expect(lines.some((line) => line.includes('La Petite Manchester'))).toBe(true);
  });
});

test('before the name, « de » goes with it: no line ends on it', async () => {
  const lines = await titleLines('La Petite Manchester', 'fr');
  expect(lines).toEqual(['Évaluation des effets sociaux et urbains', 'de La Petite Manchester']);
});

test('a name longer than a line breaks between its words, never inside one, and stays in the page', async () => {
  const name = 'La Coopérative intercommunale des habitant·e·s et des associations du quartier Nord-Est';
  const { file, lines } = await cover(name, 'fr');
  expect(lines.length).toBeGreaterThan(2);
  const written = lines.join(' ').split(' ');
  for (const word of name.split(' ')) expect(written).toContain(word);
  // The title's words: those on the cover's band (the brand's colour over the top 36 % of the page).
  const title = words(file).filter((w) => w.yMax < 841.89 * 0.36);
  expect(title.length).toBeGreaterThan(written.length - 1);
  for (const word of title) expect(word.xMax).toBeLessThan(595.28 - 40);
});

describe.each([
  ['fr', ['Évaluation des effets sociaux et urbains', 'de La Halle aux Cerises', 'Commune : Saint-Étienne', 'Période évaluée : 2024', 'Date de l’évaluation : 14 mars 2025', 'Évaluateur·rice·s : Comité d’évaluation de la Halle et Agence d’urbanisme Loire', 'Commanditaire : Ville de Saint-Étienne, direction de la vie associative'], 'Logo ou photo de La Halle aux Cerises', 'Synthèse'],
  ['en', ['Evaluation of the social and urban effects', 'of La Halle aux Cerises', 'Town: Saint-Étienne', 'Period evaluated: 2024', 'Date of the evaluation: 14 March 2025', 'Evaluators: Comité d’évaluation de la Halle and Agence d’urbanisme Loire', 'Commissioned by: Ville de Saint-Étienne, direction de la vie associative'], 'Logo or photo of La Halle aux Cerises', 'Summary'],
] as const)('the cover of La Halle aux Cerises in %s', (lang, facts, alt, summary) => {
  let file: string;
  beforeAll(async () => {
    const path = 'examples/la-halle-aux-cerises.yaml';
    const result = parseSource(path, readFileSync(path));
    if (!result.ok) throw new Error('the example does not load');
    const model = modelOf(result.loaded, lang);
    file = join(dir, `halle.${lang}.pdf`);
    writeFileSync(file, await pdfReport(model, renderMarkdown(model), { folder: 'examples' }));
  });

  test('is page 1 alone: the document’s type, the site whole, its facts, the commissioner; the summary comes later', () => {
    const lines = (layoutTexts(file)[0] ?? '').split('\n').map((l) => l.replace(/[\u00A0\u202F]/g, ' ').replace(/\s+/g, ' ').trim());
    for (const fact of facts) expect({ fact, on: lines.includes(fact) }).toEqual({ fact, on: true });
    expect(lines.join(' ')).not.toContain(summary);
  });

  test('shows the site’s image, its alternative text naming the site', () => {
    expect(figureAlts(file)).toContain(alt);
  });

  test('the committee’s intensity and the computed one are two figures, each said; the file is sound and tagged', () => {
    const colon = lang === 'fr' ? '\u00A0:' : ':';
    const [retained, computed] = lang === 'fr' ? ['Intensité retenue par le comité', 'Intensité calculée'] : ['Intensity set by the committee', 'Computed intensity'];
    expect(figureAlts(file)).toEqual(expect.arrayContaining([`${retained}${colon} ++`, `${computed}${colon} +++`]));
    // On the synthesis's card too, both at the same size.
    const [cardRetained, cardComputed] = lang === 'fr' ? ['retenue par le comité', 'calculée'] : ['set by the committee', 'computed'];
    expect(figureAlts(file)).toEqual(expect.arrayContaining([`${cardRetained}${colon} ++`, `${cardComputed}${colon} +++`]));
    checkPdf(file);
    for (const type of ['H1', 'H2', 'P', 'L', 'LI', 'Figure']) expect(tagging(file).structureTypes.has(type)).toBe(true);
  });
});
