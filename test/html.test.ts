/**
 * The HTML report (`--format html`): valid, accessible, self-contained, escaped, the same bytes
 * every time, and the seed's page as a reviewed golden file (`UPDATE_GOLDEN=1` rewrites it: read
 * the diff). The pages are written in-process here; test/html-cli.test.ts runs the command.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readSites } from '../src/cli/summary.js';
import type { Lang } from '../src/grid/types.js';
import { check, modelOf } from '../src/pipeline/stages.js';
import { buildPortfolio } from '../src/portfolio/model.js';
import { chartAlternative } from '../src/render/chart.js';
import { buildComparison } from '../src/compare/model.js';
import { htmlComparison, htmlPortfolio, htmlReport } from '../src/render/html/index.js';
import { labelsFor } from '../src/render/labels.js';
import { renderDocument, renderMarkdown } from '../src/render/markdown.js';
import { baseFolder } from '../src/validate/files.js';
import { accessibilityViolations, domOf, outsideRequests, validationErrors } from './support/html-checks.js';

const EXAMPLES = ['examples/la-petite-manchester.yaml', 'examples/la-halle-aux-cerises.yaml', 'examples/le-relais.yaml'];
const LANGS: Lang[] = ['fr', 'en'];

async function reportOf(file: string, lang: Lang): Promise<string> {
  const checked = await check(file);
  if (!checked.ok) throw new Error(`${file} is not valid`);
  const model = modelOf(checked.loaded, lang);
  return htmlReport(model, renderMarkdown(model), { folder: await baseFolder(file) });
}

async function portfolioOf(lang: Lang): Promise<string> {
  const { valid, invalid } = await readSites([...EXAMPLES, 'test/fixtures/truth/coco-velten.yaml'], lang);
  const model = buildPortfolio(valid, invalid, lang, '2025-06-01');
  return htmlPortfolio(model, renderDocument('portefeuille', model));
}

async function comparisonOf(lang: Lang): Promise<string> {
  const [before, after] = await Promise.all(['test/fixtures/compare/halle-2023.yaml', 'test/fixtures/compare/halle-2024.yaml'].map(check));
  if (!before?.ok || !after?.ok) throw new Error('the pair is not valid');
  const model = buildComparison(modelOf(before.loaded, lang), modelOf(after.loaded, lang), 'identifiant');
  return htmlComparison(model, renderDocument('comparaison', model));
}

const OTHERS: Record<string, (lang: Lang) => Promise<string>> = { portfolio: portfolioOf, comparison: comparisonOf };
const PAGES = [...EXAMPLES, ...Object.keys(OTHERS)].flatMap((file) => LANGS.map((lang) => [file, lang] as const));
const pageOf = (file: string, lang: Lang) => (OTHERS[file] ?? ((l: Lang) => reportOf(file, l)))(lang);

describe.each(PAGES)('%s (%s)', (file, lang) => {
  let html = '';
  beforeAll(async () => {
    html = await pageOf(file, lang);
  }, 60_000);

  test('is valid HTML (html-validate, recommended rules)', async () => {
    expect(await validationErrors(html)).toEqual([]);
  });

  // axe-core's every rule over jsdom takes seconds, more on a busy machine.
  test('has no accessibility violation (axe-core, every rule)', async () => {
    expect(await accessibilityViolations(html)).toEqual([]);
  }, 120_000);

  test('fetches nothing: no outside address, script, stylesheet link or font', () => {
    expect(outsideRequests(html)).toEqual([]);
    expect(html).not.toMatch(/@font-face/);
  });

  test('says its language, has its landmarks, headings in order, every table captioned with scoped headers', () => {
    const { document } = domOf(html).window;
    expect(document.documentElement.lang).toBe(lang === 'fr' ? 'fr-FR' : 'en-GB');
    for (const landmark of ['body > header', 'body > nav', 'body > main', 'body > footer']) expect(document.querySelectorAll(landmark)).toHaveLength(1);
    expect(document.querySelector('meta[name=viewport]')?.getAttribute('content')).toBe('width=device-width, initial-scale=1');
    const levels = [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => Number(h.tagName.slice(1)));
    expect(levels[0]).toBe(1);
    expect(levels.filter((level) => level === 1)).toHaveLength(1);
    expect(levels.filter((level, i) => i > 0 && level > (levels[i - 1] ?? 0) + 1)).toEqual([]);
    const tables = [...document.querySelectorAll('table')];
    expect(tables.length).toBeGreaterThan(0);
    for (const table of tables) {
      expect(table.querySelector('caption')?.textContent?.trim()).toBeTruthy();
      expect([...table.querySelectorAll('thead th')].every((th) => th.getAttribute('scope') === 'col')).toBe(true);
      expect([...table.querySelectorAll('tbody th')].every((th) => th.getAttribute('scope') === 'row')).toBe(true);
    }
  });

  test('is the same bytes when written again', async () => {
    expect(await pageOf(file, lang)).toBe(html);
  });
});

describe('what a report draws', () => {
  test('the chart says every criterion in its text alternative, in both layouts, with the three states in its legend', async () => {
    const checked = await check('examples/la-halle-aux-cerises.yaml');
    if (!checked.ok) throw new Error('invalid');
    const model = modelOf(checked.loaded, 'fr');
    const { document } = domOf(await reportOf('examples/la-halle-aux-cerises.yaml', 'fr')).window;
    const charts = [...document.querySelectorAll('svg.graphique')];
    expect(charts.map((svg) => svg.getAttribute('class'))).toEqual(['graphique large', 'graphique etroit']);
    for (const svg of charts) {
      expect(svg.getAttribute('role')).toBe('img');
      expect(svg.getAttribute('aria-label')).toBe(chartAlternative(model, labelsFor('fr', undefined)));
    }
    expect(charts[0]?.getAttribute('aria-label')).toContain('Entretien des espaces\u00A0: 3 sur 4, constat négatif');
    expect([...document.querySelectorAll('.legende-graphique li')].map((li) => li.textContent)).toEqual(['points d’effets positifs', 'constat négatif', 'non renseigné']);
  });

  test('the site image is embedded as a data: URI, with the site named as its alternative', async () => {
    const { document } = domOf(await reportOf('examples/la-halle-aux-cerises.yaml', 'fr')).window;
    const image = document.querySelector('header img');
    expect(image?.getAttribute('src')).toMatch(/^data:image\/png;base64,[A-Za-z0-9+/]+=*$/);
    expect(image?.getAttribute('alt')).toBe('Logo ou photo de La Halle aux Cerises');
  });

  test('a family section takes its colour class; an intensity is drawn as a scale the words beside it say', async () => {
    const { document } = domOf(await reportOf('examples/la-petite-manchester.yaml', 'fr')).window;
    expect([...document.querySelectorAll('section.famille')].map((s) => s.className)).toEqual(['famille f0', 'famille f1', 'famille f2']);
    const first = document.querySelector('table.synthese tbody tr td.intensite');
    expect(first?.querySelector('svg.echelle')?.getAttribute('aria-hidden')).toBe('true');
    expect(first?.querySelectorAll('svg.echelle circle[fill="#b3541e"]')).toHaveLength(3);
    expect(first?.textContent).toBe('+++');
  });
});

describe('hostile text from the YAML', () => {
  const HOSTILE = `<script>alert("x")</script> & 'quotes' "double" </p><img src=x onerror=alert(1)>`;

  test('is printed as written, never read as markup, in the page and in its head', async () => {
    const seed = readFileSync('examples/la-petite-manchester.yaml', 'utf8');
    const dir = mkdtempSync(join(tmpdir(), 'impact-html-'));
    const file = join(dir, 'hostile.yaml');
    const quoted = JSON.stringify(HOSTILE);
    writeFileSync(
      file,
      seed
        .replace('lieu: { nom: La Petite Manchester, commune: Mulhouse }', `lieu: { nom: ${quoted}, commune: ${quoted}, evaluateurs: [${quoted}] }`)
        .replace('mots_cles: [prise de confiance, projet professionnel, employabilité]', `mots_cles: [${quoted}]`)
        .replace('exemple: Transmission de savoir-faire personnel', `exemple: ${quoted}`),
    );
    const html = await reportOf(file, 'fr');
    expect(await validationErrors(html)).toEqual([]);
    const { document } = domOf(html).window;
    expect(document.querySelectorAll('script, img, [onerror]')).toHaveLength(0);
    expect(document.querySelector('h1')?.textContent).toContain(HOSTILE);
    expect(document.title).toContain(HOSTILE);
    expect(document.querySelector('meta[name=author]')?.getAttribute('content')).toBe(HOSTILE);
    expect(document.querySelector('meta[name=keywords]')?.getAttribute('content')).toContain(HOSTILE);
    expect(document.querySelector('.details')?.textContent).toContain(HOSTILE);
    expect([...document.querySelectorAll('blockquote')].some((q) => q.textContent?.includes(HOSTILE))).toBe(true);
  }, 60_000);
});

test('the seed report is the reviewed golden page', async () => {
  const html = await reportOf('examples/la-petite-manchester.yaml', 'fr');
  const golden = new URL('golden/la-petite-manchester.html', import.meta.url);
  if (process.env.UPDATE_GOLDEN) writeFileSync(golden, html);
  expect(html).toBe(readFileSync(golden, 'utf8'));
});
