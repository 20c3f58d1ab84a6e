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
  expect(lines).toEqual(['Effets sociaux et urbains', 'de La Petite Manchester']);
});

test('a name longer than a line breaks between its words, never inside one, and stays in the page', async () => {
  const name = 'La Coopérative intercommunale des habitant·e·s et des associations du quartier Nord-Est';
  const { file, lines } = await cover(name, 'fr');
  expect(lines.length).toBeGreaterThan(2);
  const written = lines.join(' ').split(' ');
  for (const word of name.split(' ')) expect(written).toContain(word);
  for (const word of words(file).filter((w) => w.yMax < 150)) expect(word.xMax).toBeLessThan(595.28 - 40);
});
