/**
 * The document model between the templates and the writers: roles and attributes written by the
 * templates, never seen in the Markdown, and a PDF that stays right when an override adds,
 * removes or moves blocks (read back from the PDF).
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { placed, roleOf, type TableBlock } from '../src/document/document.js';
import { readDocument } from '../src/document/read.js';
import { withoutRoles } from '../src/document/markup.js';
import { escapeMarkdown } from '../src/render/escape.js';
import { readSites } from '../src/cli/summary.js';
import { check, modelOf } from '../src/pipeline/stages.js';
import { buildPortfolio } from '../src/portfolio/model.js';
import { renderMarked, renderMarkdown } from '../src/render/markdown.js';
import { pdfReport } from '../src/render/pdf/index.js';
import { expectInOrder, textOf } from './support/pdf.js';

async function model() {
  const checked = await check('examples/la-petite-manchester.yaml');
  if (!checked.ok) throw new Error('example is not valid');
  return modelOf(checked.loaded, 'fr');
}

function templates(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'impact-document-'));
  for (const [name, source] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), source);
  }
  return dir;
}

async function pdfText(dir?: string): Promise<string> {
  const site = await model();
  const file = join(mkdtempSync(join(tmpdir(), 'impact-document-pdf-')), 'site.pdf');
  writeFileSync(file, await pdfReport(site, renderMarkdown(site, dir), dir ? { templates: dir } : {}));
  return textOf(file);
}

const CONTACT = '{{#bloc "details"}}\n{{#each details}}\n- **{{champ}} :** {{liste valeur}}\n{{/each}}\n{{/bloc}}\n\n| Contact | Téléphone |\n| --- | --- |\n| Accueil | 03 89 00 00 00 |\n';

describe('the document model', () => {
  test('the summary, the chart and the families carry their roles; a table without one has none', async () => {
    const dir = templates({ 'lieu.hbs': CONTACT });
    const places = placed(readDocument(renderMarked('rapport', await model(), dir)));
    const tables = places.filter((p) => p.block.kind === 'table');
    const contact = tables.find((p) => (p.block as TableBlock).header[0]?.runs[0]?.text === 'Contact');
    expect(contact?.within.map((c) => c.role)).toEqual(['couverture']);
    const summary = tables.find((p) => roleOf(p, ['synthese']));
    const first = (summary?.block as TableBlock).rows[0];
    expect(first?.[0]?.attributes).toEqual({ famille: 'effets_individuels' });
    expect(first?.[1]?.attributes.intensite).toMatch(/^[0-4]$/);
    expect((summary?.block as TableBlock).aligns).toEqual([undefined, 'center', undefined]);
    expect(places.some((p) => p.block.kind === 'container' && p.block.role === 'graphique')).toBe(true);
    expect(places.filter((p) => p.block.kind === 'heading' && p.block.level === 2 && roleOf(p, ['famille'])).length).toBe(3);
  });

  test('the Markdown never shows the role markup', async () => {
    const marked = renderMarked('rapport', await model());
    expect(marked).toMatch(/\u0001synthese/);
    expect(withoutRoles(marked)).not.toMatch(/[\u0001-\u0003]/);
  });

  test('an evaluator’s text cannot open a block or give a cell a meaning', () => {
    const said = escapeMarkdown('\u0001synthese\n\u0002points=4\u0003 4');
    const forged = readDocument(`${said}\n\n| a |\n| --- |\n| ${said} |\n`);
    expect(forged.every((b) => b.kind !== 'container')).toBe(true);
    expect((forged[1] as TableBlock).rows[0]?.[0]?.attributes).toEqual({});
  });
});

test('the portfolio’s heat map says each cell’s points or why it has none; its legend and key figures have their roles', async () => {
  const { valid, invalid } = await readSites(['test/fixtures/truth/coco-velten.yaml', 'examples/la-petite-manchester.yaml'], 'fr');
  const places = placed(readDocument(renderMarked('portefeuille', buildPortfolio(valid, invalid, 'fr'))));
  const heat = places.find((p) => p.block.kind === 'table' && roleOf(p, ['carte']))?.block as TableBlock;
  expect(heat.header.slice(1, 4).map((cell) => cell.attributes.famille)).toEqual(['effets_individuels', 'effets_individuels', 'effets_individuels']);
  const coco = heat.rows.find((row) => row[0]?.runs[0]?.text === 'Coco Velten') ?? [];
  expect(coco.slice(1, 4).map((cell) => cell.attributes)).toEqual([{ sans_points: 'decrit' }, { sans_points: 'decrit' }, { sans_points: 'non_renseigne' }]);
  const manchester = heat.rows.find((row) => row[0]?.runs[0]?.text === 'La Petite Manchester') ?? [];
  expect(manchester.slice(1).every((cell) => cell.runs.length === 0 || cell.attributes.points === cell.runs[0]?.text || cell.attributes.sans_points)).toBe(true);
  expect(manchester.filter((cell) => cell.attributes.points !== undefined).length).toBeGreaterThan(8);
  expect(places.some((p) => p.block.kind === 'table' && roleOf(p, ['legende']))).toBe(true);
  expect(places.some((p) => p.block.kind === 'list' && roleOf(p, ['chiffres']))).toBe(true);
});

test('a role that does not exist is an error of its template, with its line and column', async () => {
  const dir = templates({ 'lieu.hbs': '- un\n\n{{#bloc "synthes"}}\n- deux\n{{/bloc}}\n' });
  const site = await model();
  expect(() => renderMarked('rapport', site, dir)).toThrow(
    expect.objectContaining({
      file: join(dir, 'lieu.hbs'),
      line: 3,
      column: 1,
      problem: expect.objectContaining({ problem: 'unknown-role', name: 'synthes' }),
      suggestion: 'synthese',
    }),
  );
});

describe('a template override keeps every other block right (PDF read back)', () => {
  test('a small contact table under the details is a table; the summary is still cards', async () => {
    const text = await pdfText(templates({ 'lieu.hbs': CONTACT }));
    expectInOrder(text, ['Contact Téléphone', 'Accueil 03 89 00 00 00', 'Synthèse', 'Effets individuels', 'Effets collectifs']);
    // Cards print no header row: the summary's table header is not in the PDF.
    expect(text).not.toContain('Famille d’effets Intensité');
    expect(text).not.toMatch(/Intensit\s+é/);
  });

  test('the summary moved after the families is still cards, followed by the chart', async () => {
    const rapport = '# Effets sociaux et urbains {{de lieu.nom}}\n\n{{#bloc "couverture"}}\n{{> lieu}}\n{{/bloc}}\n\n{{#each familles}}\n{{> famille}}\n\n{{/each}}\n{{> synthese}}\n\n{{> annexe}}\n';
    const text = await pdfText(templates({ 'rapport.hbs': rapport }));
    expectInOrder(text, ['Effets sociaux et urbains', 'Intensité : ', 'Synthèse', 'Effets individuels', 'Points par critère', 'Annexe']);
    expect(text).not.toContain('Famille d’effets Intensité');
  });

  test('an extra paragraph on the cover stays on the cover, above the summary', async () => {
    const lieu = `${CONTACT.split('\n\n|')[0]}\n\nÉvaluation conduite avec le réseau régional.\n`;
    const text = await pdfText(templates({ 'lieu.hbs': lieu }));
    expectInOrder(text, ['Évaluation conduite avec le réseau régional.', 'Synthèse', 'Effets individuels', 'page 1 / ', 'Effets individuels Intensité']);
  });
});
