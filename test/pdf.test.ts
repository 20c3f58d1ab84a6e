/**
 * The PDF as a reader, a printer and a screen reader get it, read back with MuPDF
 * (test/support/pdf.ts).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { expectInOrder, pageText, textOf } from './support/pdf.js';
import { fonts, info, outlines, taggedTables, tagging, xmpOf } from './support/pdf-document.js';
import { expectWellFormedXml } from './support/xml.js';
import { join } from 'node:path';
import { parseSource } from '../src/load/load.js';
import { modelOf } from '../src/pipeline/stages.js';
import { missingGlyphs, pdfReport } from '../src/render/pdf/index.js';
import { documentDate } from '../src/render/pdf/date.js';
import { renderMarkdown } from '../src/render/markdown.js';
import type { Lang } from '../src/grid/types.js';

const dir = mkdtempSync(join(tmpdir(), 'impact-pdf-'));

function loaded(name: string, text = readFileSync(`examples/${name}.yaml`, 'utf8')) {
  const result = parseSource(`${name}.yaml`, Buffer.from(text));
  if (!result.ok) throw new Error(`${name} does not load`);
  return result.loaded;
}

async function pdfOf(name: string, text?: string, lang: Lang = 'fr'): Promise<{ file: string; bytes: Buffer }> {
  const model = modelOf(loaded(name, text), lang);
  const bytes = await pdfReport(model, renderMarkdown(model));
  const file = join(dir, `${name}.${lang}.pdf`);
  writeFileSync(file, bytes);
  return { file, bytes };
}


describe('the seed report', () => {
  let file: string;
  beforeAll(async () => {
    ({ file } = await pdfOf('la-petite-manchester'));
  });

  test('holds every observation of the reference report, in reading order', () => {
    const text = textOf(file);
    const observations = [
      'Évaluation des effets sociaux et urbains de La Petite Manchester',
      'Commune : Mulhouse',
      'Synthèse',
      'Effets individuels',
      'Intensité : +++',
      '#prise de confiance · #projet professionnel · #employabilité',
      'Non renseigné : transmission de savoir-faire personnel.',
      'Lien social',
      'Des interactions sociales ont été observées entre différents publics :',
      'personnes travaillant sur le site',
      'acteur·rice·s du quartier',
      'publics en difficulté',
      'lors d’évènements grand public, lors de temps spécifiques organisés pour favoriser les rencontres entre les publics et dans la vie du projet.',
      'Santé',
      'ont été observés. Certaines personnes disent ou semblent se sentir mieux dans leurs relations avec les autres et avoir une plus grande confiance en elles.',
      'Précisions des évaluateur·rice·s : Transmission de savoir-faire personnel',
      'Insertion professionnelle',
      'ont bénéficié à 150 personnes et ont permis :',
      'à des personnes en difficulté de reprendre confiance',
      'à certaines personnes d’obtenir un emploi à l’extérieur du lieu',
      'à des personnes ou des structures d’être accompagnées',
      "Précisions des évaluateur·rice·s : Malika : ouverture d'une micro-entreprise",
      'Capacité à agir',
      'Le lieu a vu émerger 3 nouveaux projets ou actions imprévus (atelier, évènement, marché…), portés par des occupant·e·s.',
      'Précisions des évaluateur·rice·s : cours de cuisine collectif',
      'Effets collectifs',
      'Intensité : ++++',
      'Solidarité',
      'portant sur les compétences et petits services ont été observés entre :',
      'bénévoles',
      'Précisions des évaluateur·rice·s : accompagnement scolaire',
      'Réseau de personnes',
      'autour d’un projet ou d’une action a été observée entre occupant·e·s du site et publics en difficulté.',
      "Précisions des évaluateur·rice·s : repas d'anniversaire - goûter d'anniversaire",
      'Il a été observé que certaines personnes se sentent faire partie d’un groupe autour du projet.',
      'Précisions des évaluateur·rice·s : fréquentation trop faible',
      'Concernant l’équipe de gestion et d’animation du lieu, les dirigeant·e·s et les publics, les femmes sont plus nombreuses que les hommes.',
      'Précisions des évaluateur·rice·s : oui',
      'Effets sur le quartier et le territoire',
      'Intensité : ++++',
      'Le projet a permis d’améliorer la gestion urbaine',
      'Le projet a permis de répondre à des besoins sociaux urgents du territoire :',
      'services de proximité',
      'pratique artistique et culturelle',
      'locaux d’activité',
      'espaces de convivialité ou de rencontres attentifs aux minorités',
      'Précisions des évaluateur·rice·s : Miroir-cité - conciergerie solidaire',
      'a permis d’améliorer ou d’expérimenter de nouveaux modes de faire.',
      'Précisions des évaluateur·rice·s : coopération avec la collectivité de mulhouse',
      'Méthode et limites',
      'Annexe : le détail des points',
    ];
    expectInOrder(text, observations);
  });

  test('embeds and subsets every font it uses', () => {
    const used = fonts(file);
    expect(used.length).toBeGreaterThanOrEqual(3);
    for (const font of used) {
      expect(font).toEqual({ name: expect.stringMatching(/^[A-Z]{6}\+SourceSans3-/), type: 'Type0/CIDFontType2', encoding: 'Identity-H', embedded: true, subset: true, toUnicode: true });
    }
  });

  test('is an A4 document of 10 pages with its metadata', () => {
    const meta = info(file);
    expect(meta).toMatchObject({
      Title: 'Évaluation des effets sociaux et urbains de La Petite Manchester',
      Subject: 'Évaluation des effets sociaux et urbains d’un tiers-lieu',
      Keywords: 'La Petite Manchester, Mulhouse, prise de confiance, projet professionnel, employabilité, compétences, aptitudes, dextérité',
      Creator: 'impact',
      Tagged: 'yes',
      Pages: '10',
      'Page size': '595.28 x 841.89 pts',
      CreationDate: 'D:20000101000000Z',
    });
  });

  test('has a bookmark for every family and answered criterion', () => {
    const families = outlines(file).filter((o) => o.kids.length > 0 && o.title.startsWith('Effets'));
    expect(families.map((o) => o.title)).toEqual(['Effets individuels', 'Effets collectifs', 'Effets sur le quartier et le territoire']);
    // 13 criteria, 3 of them unanswered: named in their family's one sentence, without a heading.
    expect(families.flatMap((o) => o.kids.map((k) => k.title))).toHaveLength(10);
    expect(families[0]?.kids.map((k) => k.title)).toEqual(['Lien social', 'Santé', 'Insertion professionnelle', 'Capacité à agir']);
  });

  test('is tagged: language, title shown, a structure tree of headings, paragraphs and lists, furniture as artifacts', () => {
    const tags = tagging(file);
    expect(tags).toMatchObject({ lang: 'fr-FR', displayDocTitle: true, marked: true });
    for (const type of ['Document', 'H1', 'Sect', 'H2', 'H3', 'P', 'L', 'LI', 'LBody', 'BlockQuote', 'Figure', 'Table', 'TR', 'TH', 'TD']) {
      expect({ type, present: tags.structureTypes.has(type) }).toEqual({ type, present: true });
    }
    expect(tags.markedContent).toContainEqual(expect.stringMatching(/^\/Artifact <<\s*\/Type \/Layout/));
  });
});

test('each table cell names the cells that head it: the header of its column and of its row', async () => {
  const { file } = await pdfOf('la-halle-aux-cerises');
  const tables = taggedTables(file);
  expect(tables.length).toBeGreaterThan(5);
  const ids = tables.flat(2).map((cell) => cell.id);
  expect(new Set(ids).size).toBe(ids.length);
  for (const [header = [], ...rows] of tables) {
    expect(header.map((cell) => [cell.type, cell.scope, cell.headers])).toEqual(header.map(() => ['TH', 'Column', []]));
    for (const row of rows) {
      const rowHeader = row[0]?.scope === 'Row' ? [row[0].id] : [];
      row.forEach((cell, col) => {
        if (cell.scope === 'Row') expect(cell).toMatchObject({ type: 'TH', headers: [header[col]?.id] });
        else expect(cell).toMatchObject({ type: 'TD', scope: undefined, headers: [header[col]?.id, ...rowHeader] });
      });
    }
  }
});

test('an annex table that runs onto the next page goes on under its header again', async () => {
  const { file } = await pdfOf('la-halle-aux-cerises');
  // The neighbourhood effects' table starts on page 13 and ends on page 14, with its last two rows (never one alone overleaf).
  const page = (n: number) => pageText(file, n).replace(/\s+/g, ' ');
  expect(page(13)).toContain('Effets sur le quartier et le territoire : +++');
  // Its header once, over its two last rows; the next family's table follows with its own.
  expect(page(14)).toMatch(/^La Halle aux Cerises Critère Points Détail Services publics et de proximité 3 (?:(?!Critère Points Détail).)* Innovation publique 2 /);
});

test('the same input gives a byte-identical PDF', async () => {
  const first = await pdfOf('la-halle-aux-cerises');
  const second = await pdfOf('la-halle-aux-cerises');
  expect(first.bytes.equals(second.bytes)).toBe(true);
  expect(info(first.file).CreationDate).toBe('D:20250314000000Z');
  expect(info(first.file).Author).toBe('Comité d’évaluation de la Halle, Agence d’urbanisme Loire');
});

test('a PDF does not depend on the reports built before it in the same process', async () => {
  const out = mkdtempSync(join(tmpdir(), 'impact-fresh-'));
  const cli = spawnSync(process.execPath, ['bin/impact.js', 'build', 'examples/la-petite-manchester.yaml', '--format', 'pdf', '--out-dir', out], { encoding: 'utf8' });
  expect(cli.status).toBe(0);
  const alone = readFileSync(join(out, 'la-petite-manchester.pdf'));
  // Built first, a town whose hyphen is non-breaking (U+2011), the glyph of "-": words and
  // glyphs are shared between documents, the characters a glyph stands for must not be.
  const seed = readFileSync('examples/la-petite-manchester.yaml', 'utf8');
  await pdfOf('la-petite-manchester', seed.replace('commune: Mulhouse', 'commune: "Saint\u2011Denis"'));
  await pdfOf('la-halle-aux-cerises');
  const after = await pdfOf('la-petite-manchester');
  expect(textOf(after.file)).toContain('micro-entreprise');
  expect(after.bytes.equals(alone)).toBe(true);
});

test('the date comes from the evaluation, else SOURCE_DATE_EPOCH, else a fixed default', () => {
  expect(documentDate('2024-06-30', {}).toISOString()).toBe('2024-06-30T00:00:00.000Z');
  expect(documentDate(undefined, { SOURCE_DATE_EPOCH: '1700000000' }).toISOString()).toBe('2023-11-14T22:13:20.000Z');
  expect(documentDate(undefined, {}).toISOString()).toBe('2000-01-01T00:00:00.000Z');
});

describe('names and text from every Latin-script language', () => {
  const yaml = [
    'version: 1',
    'lieu: { nom: "Café & Cie <Lab> — Şişli Łódź", evaluateurs: ["Zoë <Z> & Ioana Ștefănescu"] }',
    'effets_individuels:',
    '  sante: { effets: [bien_etre], exemple: "Đặng Thị Hương, Ğazi İnan, Żaneta, cœur « vivant » 1 500 €" }',
    '  lien_social: { publics: [benevoles], exemple: "la fête 🎉 du quartier" }',
  ].join('\n');

  test('print as written, and the metadata stays well-formed', async () => {
    const { file } = await pdfOf('names', yaml);
    const text = textOf(file);
    expect(text).toContain('Évaluation des effets sociaux et urbains de Café & Cie <Lab> — Şişli Łódź');
    expect(text).toContain('Đặng Thị Hương, Ğazi İnan, Żaneta, cœur « vivant » 1 500 €');
    expect(info(file).Title).toBe('Évaluation des effets sociaux et urbains de Café & Cie <Lab> — Şişli Łódź');
    expect(info(file).Author).toBe('Zoë <Z> & Ioana Ștefănescu');
    const xmp = xmpOf(file);
    expectWellFormedXml(xmp);
    expect(xmp).toContain('<rdf:li>Zoë &lt;Z&gt; &amp; Ioana Ștefănescu</rdf:li>');
    expect(xmp).not.toMatch(/<Lab>/);
  });

  test('a character the font lacks is a warning that names its place in the YAML', () => {
    const warnings = missingGlyphs(loaded('names', yaml));
    expect(warnings).toEqual([
      expect.objectContaining({ severity: 'warning', code: 'missing-glyph', line: 5, column: 49, path: 'effets_individuels.lien_social.exemple', params: { characters: '🎉', codes: ['U+1F389'] } }),
    ]);
  });
});

test('the English report is an English PDF', async () => {
  const { file } = await pdfOf('la-petite-manchester', undefined, 'en');
  expect(info(file).Title).toBe('Evaluation of the social and urban effects of La Petite Manchester');
  expect(textOf(file)).toContain('page 1 of 10');
  expect(tagging(file).lang).toBe('en-GB');
});
