/**
 * `impact summary`: the portfolio model on the 24-file fixture folder, its Markdown (tables that
 * parse as tables, French typography, no file path), its CSV read back, its PDF read back with
 * MuPDF, and the command end to end, over that folder and over the funder's cases of
 * test/fixtures/portefeuille (their model and golden files: test/portfolio.test.ts).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { expectInOrder, layoutTexts, pageText, textOf, words as wordsOf } from './support/pdf.js';
import { info } from './support/pdf-document.js';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import MarkdownIt from 'markdown-it';
import { scan } from '../src/batch/inputs.js';
import { outputPaths, readSites } from '../src/cli/summary.js';
import type { Lang } from '../src/grid/types.js';
import { portfolioCsv, COLUMNS } from '../src/portfolio/csv.js';
import { FAMILIES } from '../src/grid/grid.js';
import { buildPortfolio, type PortfolioModel } from '../src/portfolio/model.js';
import { renderDocument, renderMarkdown } from '../src/render/markdown.js';
import { pdfPortfolio } from '../src/render/pdf/index.js';
import { compileTemplates } from '../src/render/templates.js';
import { check, modelOf } from '../src/pipeline/stages.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin', 'impact.js');
const SITES = 'test/fixtures/sites';
/** The funder's cases: five sites evaluated, one with nothing answered, three invalid files. */
const CASES = 'test/fixtures/portefeuille';
const NBSP = '\u00A0';
const NNBSP = '\u202F';

const tmp = (): string => mkdtempSync(join(tmpdir(), 'impact-summary-'));

async function portfolio(args: readonly string[], lang: Lang = 'fr'): Promise<PortfolioModel> {
  const { valid, invalid } = await readSites(scan(args).inputs.map((input) => input.file), lang);
  return buildPortfolio(valid, invalid, lang);
}

async function checked(file: string) {
  const result = await check(file);
  if (!result.ok) throw new Error(`${file} is invalid`);
  return result.loaded;
}

function impact(args: string[], cwd = ROOT) {
  const run = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** RFC 4180 read back, fields separated by `separator`: records of fields, quotes undone, CRLF or LF line ends. */
function parseCsv(text: string, separator = ';'): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === separator) {
      record.push(field);
      field = '';
    } else if (c === '\r' || c === '\n') {
      if (c === '\r' && text[i + 1] === '\n') i += 1;
      record.push(field);
      records.push(record);
      record = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || record.length > 0) records.push([...record, field]);
  return records;
}

/** The tables of a Markdown text as markdown-it reads them: header cells and body rows of cells. */
function tablesOf(markdown: string): { header: string[]; rows: string[][] }[] {
  const tokens = new MarkdownIt().parse(markdown, {});
  const tables: { header: string[]; rows: string[][] }[] = [];
  let rows: string[][] = [];
  for (const token of tokens) {
    if (token.type === 'table_open') rows = [];
    if (token.type === 'tr_open') rows.push([]);
    if (token.type === 'inline' && rows.length > 0 && tokens.indexOf(token) > 0) {
      const previous = tokens[tokens.indexOf(token) - 1];
      if (previous?.type === 'th_open' || previous?.type === 'td_open') rows.at(-1)?.push(token.content);
    }
    if (token.type === 'table_close') {
      const [header = [], ...body] = rows;
      tables.push({ header, rows: body });
      rows = [];
    }
  }
  return tables;
}


describe('the portfolio model of the fixture folder', () => {
  let model: PortfolioModel;
  beforeAll(async () => {
    model = await portfolio([SITES]);
  });

  test('holds the 20 valid sites, each with the 4 families and the 16 criteria', () => {
    expect(model.lieux).toHaveLength(20);
    expect(model.totaux.lieux).toBe(20);
    expect(model.criteres.map((c) => c.numero)).toEqual(Array.from({ length: 16 }, (_, i) => i + 1));
    for (const site of model.lieux) {
      expect(site.familles.map((f) => f.id)).toEqual(['effets_individuels', 'effets_collectifs', 'effets_territoriaux', 'effets_projet_urbain']);
      expect(site.criteres).toHaveLength(16);
      for (const c of site.criteres) expect(c.score).toBeGreaterThanOrEqual(0);
      for (const c of site.criteres) if (!c.renseigne) expect(c.score).toBe(0);
    }
    expect(model.lieux.map((s) => s.fichier).every((f) => !/casse-/.test(f))).toBe(true);
    expect(model.lieux_sans_reponse).toEqual([]);
  });

  test('lists the sites in French name order, not in the folders’ order', () => {
    const names = model.lieux.map((s) => s.lieu.nom);
    expect(names).toEqual([...names].sort(new Intl.Collator('fr', { numeric: true }).compare));
    expect(names).not.toEqual([...model.lieux].sort((a, b) => (a.fichier < b.fichier ? -1 : 1)).map((s) => s.lieu.nom));
    expect(names.slice(0, 2)).toEqual(['L’Atelier Łódź', 'L’Atelier Terre et Feu']);
    expect(names.at(-1)).toBe('Ti an Dud');
  });

  test('sums the people reached by insertion actions and the new projects, with how many sites answered and over how many periods', () => {
    // Fourteen sites answer, over seven periods as written ("2024", "2023-2024", "curs 2023-2024"…).
    expect(model.totaux.beneficiaires).toEqual({ total: 5239, reponses: 14, periodes: 7 });
    // Seventeen, over eight periods and two sites that give none.
    expect(model.totaux.nouveaux_projets).toEqual({ total: 73, reponses: 17, periodes: 9 });
    const periods = model.totaux.periodes;
    expect(periods.map((p) => p.periode)).toEqual([
      '2e semestre 2024',
      '2022-2024',
      '2023',
      '2023-2024',
      '2024',
      'curs 2023-2024',
      'janvier – décembre 2024',
      'printemps-été 2024',
      'septembre 2023 – juin 2024',
      undefined,
    ]);
    // Period by period, the figures add up to the totals: nothing counted twice or left out.
    expect(periods.reduce((n, p) => n + p.lieux, 0)).toBe(20);
    expect(periods.reduce((n, p) => n + p.beneficiaires.total, 0)).toBe(5239);
    expect(periods.reduce((n, p) => n + p.nouveaux_projets.reponses, 0)).toBe(17);
    expect(periods.find((p) => p.periode === '2024')).toEqual({ periode: '2024', lieux: 9, beneficiaires: { total: 4963, reponses: 7 }, nouveaux_projets: { total: 56, reponses: 8 } });
    expect(model.lieux.filter((s) => s.beneficiaires === 0)).toHaveLength(2);
    expect(model.lieux.filter((s) => s.nouveaux_projets === 0)).toHaveLength(3);
  });

  test('counts the sites at each intensity of each family, every site once', () => {
    expect(model.totaux.intensites.map((f) => f.repartition.map((r) => [r.score, r.statut]))).toEqual(
      Array(4).fill([[4, 'rated'], [3, 'rated'], [2, 'rated'], [1, 'rated'], [0, 'described'], [0, 'no-positive-effect'], [0, 'not-assessed']]),
    );
    for (const family of model.totaux.intensites) expect(family.repartition.reduce((n, r) => n + r.lieux, 0) + family.sans_objet).toBe(20);
    const urbain = model.totaux.intensites.find((f) => f.id === 'effets_projet_urbain');
    // Fifteen sites leave the optional family out: it does not apply to them, it is not "non évalué".
    expect(urbain?.sans_objet).toBe(15);
    expect(urbain?.repartition.at(-1)?.lieux).toBe(0);
    expect(model.totaux.intensites.filter((f) => f.id !== 'effets_projet_urbain').map((f) => f.sans_objet)).toEqual([0, 0, 0]);
    expect(model.totaux.sans_objet).toBe(15);
  });

  test('tells a family answered without a positive effect from a family not evaluated', () => {
    const counts = (id: string) => model.totaux.intensites.find((f) => f.id === id)?.repartition.slice(-2).map((r) => r.lieux);
    // La Base partagée, La Maison des Faubourgs and La Cantine du Lauragais answer collective effects, none positive.
    expect(counts('effets_collectifs')).toEqual([3, 5]);
    expect(counts('effets_territoriaux')).toEqual([2, 4]);
  });

  test('notes the committee’s intensity beside the computed one', () => {
    const overridden = model.lieux.flatMap((s) => s.familles.filter((f) => f.avis_comite).map((f) => ({ site: s.lieu.nom, ...f })));
    expect(overridden.length).toBeGreaterThanOrEqual(4);
    expect(model.totaux.avis_comite).toBe(overridden.length);
    for (const f of overridden) expect(f.score).toBe(f.avis_comite?.valeur);
    expect(overridden.some((f) => f.score !== f.score_calcule)).toBe(true);
  });

  test('says what each site did not evaluate of what applies to it: families “non évalué” and criteria not answered', () => {
    for (const entry of model.non_evalues) {
      const site = model.lieux.find((s) => s.fichier === entry.fichier);
      const applying = site?.criteres.filter((c) => !c.sans_objet) ?? [];
      expect(entry.criteres_non_renseignes).toBe(applying.filter((c) => !c.renseigne).length);
      expect(entry.familles).toEqual(site?.familles.filter((f) => !f.renseignee && !f.sans_objet).map((f) => f.titre));
      expect(entry.criteres).toBe(site?.familles[3]?.sans_objet ? 13 : 16);
    }
    const complete = model.lieux.filter((s) => !model.non_evalues.some((e) => e.fichier === s.fichier));
    for (const site of complete) expect(site.criteres.every((c) => c.renseigne || c.sans_objet)).toBe(true);
    // Ti an Dud answers all thirteen criteria that apply to it: nothing is missing.
    expect(complete.map((s) => s.lieu.nom)).toContain('Ti an Dud');
  });

  test('lists the 4 invalid files with their first error, by their site’s name when it can be read', () => {
    expect(model.non_inclus.map((f) => f.fichier.split('/').pop()).sort()).toEqual(['casse-cle.yaml', 'casse-option.yaml', 'casse-syntaxe.yaml', 'casse-type.yaml']);
    expect(model.non_inclus.map((f) => [f.nom, f.lisible])).toEqual([
      ['La Maison du Trégor', true],
      ['La Ressourcerie du Canal', true],
      ['Le Tiers-Lieu du Florival', true],
      [undefined, false],
    ]);
    const option = model.non_inclus.find((f) => f.fichier.endsWith('casse-option.yaml'));
    expect(option).toMatchObject({ ligne: 9, colonne: 26 });
    expect(option?.message).toBe(`option inconnue «${NBSP}publics_en_dificulte${NBSP}» pour «${NBSP}publics${NBSP}»${NNBSP}; vouliez-vous dire «${NBSP}publics_en_difficulte${NBSP}»${NNBSP}?`);
  });
});

describe('the portfolio in Markdown', () => {
  let fr: string;
  let en: string;
  beforeAll(async () => {
    fr = renderDocument('portefeuille', await portfolio([SITES]));
    en = renderDocument('portefeuille', await portfolio([SITES], 'en'));
  });

  test('is titled with the number of sites, in each language', () => {
    expect(fr.split('\n')[0]).toBe(`# Portefeuille${NBSP}: 20 lieux évalués`);
    expect(en.split('\n')[0]).toBe('# Portfolio: 20 sites evaluated');
  });

  test('its tables parse as tables: figures by period, intensities, family scores, the heat map and its legend', () => {
    const [periods, distribution, families, heat, legend, ...more] = tablesOf(fr);
    expect(more).toHaveLength(0);
    expect(periods?.header).toEqual(['Période', 'Lieux évalués', 'Personnes accompagnées', 'Nouveaux projets ou actions imprévus']);
    expect(periods?.rows.find((cells) => cells[0] === '2024')).toEqual(['2024', '9', `4${NNBSP}963 (7 sur 9)`, '56 (8 sur 9)']);
    expect(periods?.rows.at(-1)).toEqual(['période non précisée', '2', '–', '1 (1 sur 2)']);
    expect(distribution?.header).toEqual(['Famille d’effets', '++++', '+++', '++', '+', 'effets décrits', 'aucun effet positif', 'non évalué', 'sans objet']);
    expect(distribution?.rows.find((cells) => cells[0] === 'Effets collectifs')?.slice(-3)).toEqual(['3', '5', '0']);
    expect(distribution?.rows.find((cells) => cells[0] === 'Effets sur le projet urbain')?.slice(-3)).toEqual(['0', '0', '15']);
    expect(distribution?.rows.map((row) => row.slice(1).reduce((n, cell) => n + Number(cell), 0))).toEqual([20, 20, 20, 20]);
    expect(families?.header).toEqual(['Lieu', 'Effets individuels', 'Effets collectifs', 'Effets sur le quartier et le territoire', 'Effets sur le projet urbain']);
    expect(families?.rows).toHaveLength(20);
    const intensities = families?.rows.flatMap((row) => row.slice(1)).map((cell) => cell.replace(/[\u00A0\u202F]/g, ' ')) ?? [];
    expect(intensities).toHaveLength(80);
    for (const cell of intensities) expect(cell).toMatch(/^(\+{1,4}( \(comité ; calculée : (\+{1,4}|non évalué|aucun effet positif)\))?|non évalué|aucun effet positif|sans objet)$/);
    expect(families?.rows.filter((row) => row[4] === 'sans objet')).toHaveLength(15);
    expect(families?.rows.flat().filter((cell) => cell.includes('comité')).length).toBeGreaterThanOrEqual(4);
    expect(heat?.header).toEqual(['Lieu', ...Array.from({ length: 16 }, (_, i) => String(i + 1))]);
    expect(heat?.rows).toHaveLength(20);
    for (const row of heat?.rows ?? []) {
      expect(row).toHaveLength(17);
      for (const cell of row.slice(1, 14)) expect(cell).toMatch(/^([0-4]|–|d)$/);
      // The urban project's criteria: blank where the family does not apply, never "not answered".
      expect(row.slice(14).every((cell) => /^([0-4]|–|d)$/.test(cell)) || row.slice(14).every((cell) => cell === '')).toBe(true);
    }
    const tiAnDud = heat?.rows.find((row) => row[0] === 'Ti an Dud');
    expect(tiAnDud?.slice(14)).toEqual(['', '', '']);
    expect(heat?.rows.map((row) => row[0])).toEqual(families?.rows.map((row) => row[0]));
    expect(legend?.header).toEqual(['Effets individuels', 'Effets collectifs', 'Effets sur le quartier et le territoire', 'Effets sur le projet urbain']);
    expect(legend?.rows.flat().filter(Boolean)).toHaveLength(16);
    expect(legend?.rows[0]).toEqual(['1. Lien social', '6. Solidarité', '10. Cadre de vie et attractivité du quartier', '14. Gouvernance partagée']);
  });

  test('writes the totals in correct French: no-break thousands, agreement, lists', () => {
    // Sites of different periods: the total says so, never silently.
    expect(fr).toContain(
      `- **5${NNBSP}239** personnes accompagnées par des actions de formation ou d’insertion professionnelle (14 lieux sur 20 ont répondu${NNBSP}; plusieurs périodes${NBSP}: voir les chiffres par période)`,
    );
    expect(fr).toContain(`- **73** nouveaux projets ou actions imprévus (17 lieux sur 20 ont répondu${NNBSP}; plusieurs périodes${NBSP}: voir les chiffres par période)`);
    expect(fr).toContain('## Chiffres par période');
    expect(fr).toContain('- **4** évaluations non incluses, invalides ou illisibles');
    expect(fr).toMatch(/\*\*L’Atelier Terre et Feu\*\*\u00A0: familles non évaluées \(Effets collectifs et Effets sur le quartier et le territoire\)\u202F; 11 critères non renseignés sur 13\./);
    expect(fr).toMatch(/\*\*La Maison des Faubourgs\*\*\u00A0: familles non évaluées \(Effets individuels et Effets sur le quartier et le territoire\)/);
    // The optional family left out is not missing: Ti an Dud answers all that applies to it.
    expect(fr).not.toMatch(/familles? non évaluées? \([^)]*Effets sur le projet urbain/);
    expect(fr).not.toContain('**Ti an Dud**\u00A0:');
    // French spacing: never an ordinary space before a colon, semicolon, ? or ! nor inside « ».
    expect(fr).not.toMatch(/ [:;?!](?![-:|])/);
    expect(fr).not.toMatch(/« | »/);
    expect(en).toContain('- **5,239** people reached by training or employment support (14 of 20 sites answered; several periods: see the figures by period)');
  });

  test('agrees in the singular for one site, and says when no site answered or gave no period', async () => {
    const one = renderDocument('portefeuille', await portfolio(['examples/le-relais.yaml']));
    expect(one.split('\n')[0]).toBe(`# Portefeuille${NBSP}: 1 lieu évalué`);
    expect(one).toContain('(aucun lieu n’a répondu)');
    expect(one).toContain(`(1 lieu sur 1 a répondu${NNBSP}; période non précisée)`);
    expect(one).not.toContain('Chiffres par période');
    expect(one).not.toContain('Évaluations non incluses');
    const enOne = renderDocument('portefeuille', await portfolio(['examples/le-relais.yaml'], 'en'));
    expect(enOne.split('\n')[0]).toBe('# Portfolio: 1 site evaluated');
  });

  test('lists the files not included by their site’s name, with their line and first error, escaped for Markdown', () => {
    expect(fr).toContain('## Évaluations non incluses');
    expect(fr).toMatch(/- \*\*Le Tiers-Lieu du Florival\*\* \(ligne 9\) — option inconnue «\u00A0publics\\_en\\_dificulte\u00A0»/);
    expect(fr).toMatch(/- Un fichier illisible \(ligne 11\) — syntaxe YAML/);
    const html = new MarkdownIt().render(fr);
    expect(html).toContain('option inconnue «\u00A0publics_en_dificulte\u00A0»');
  });

  test('prints no file path: the reader is a funder', () => {
    for (const markdown of [fr, en]) {
      expect(markdown).not.toContain('test/fixtures');
      expect(markdown).not.toMatch(/\.ya?ml\b/);
      expect(markdown).not.toContain('site.yaml');
    }
  });

  test('the report is still rapport.hbs, and the portfolio is not one of its partials', async () => {
    const relais = renderMarkdown(modelOf((await checked('examples/le-relais.yaml')), 'fr'));
    expect(relais).toBe(readFileSync(join(ROOT, 'test', 'golden', 'le-relais.md'), 'utf8'));
    const dir = tmp();
    writeFileSync(join(dir, 'lieu.hbs'), '{{> portefeuille}}');
    expect(() => compileTemplates('fr', dir)).toThrow(expect.objectContaining({ problem: { problem: 'missing-partial', name: 'portefeuille' } }));
  });

  test('--templates overrides the portfolio’s partials by name', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'portefeuille_chiffres.hbs'), '- **{{nombre totaux.lieux}}** lieux du réseau Test\n');
    const markdown = renderDocument('portefeuille', await portfolio([SITES]), dir);
    expect(markdown).toContain('- **20** lieux du réseau Test');
    expect(markdown).not.toContain('personnes accompagnées');
  });
});

describe('the portfolio as CSV', () => {
  test('one row per valid site after the header, with a BOM, CRLF, and plain numbers', async () => {
    const model = await portfolio([SITES]);
    const csv = portfolioCsv(model, ';');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    const records = parseCsv(csv.slice(1));
    expect(records).toHaveLength(21);
    const [header = [], ...rows] = records;
    expect(header).toEqual(COLUMNS.map((c) => c.id));
    expect(header.every((id) => /^[a-z_]+$/.test(id))).toBe(true);
    expect(header.slice(0, 5)).toEqual(['fichier', 'nom', 'commune', 'periode', 'date_evaluation']);
    expect(header.slice(-2)).toEqual(['beneficiaires', 'nouveaux_projets']);
    expect(header).toHaveLength(5 + 4 + 4 + 4 + 16 + 2);
    for (const row of rows) expect(row).toHaveLength(header.length);
    const column = (id: string) => rows.map((row) => row[header.indexOf(id)] ?? '');
    expect(column('beneficiaires').filter((v) => v !== '').reduce((n, v) => n + Number(v), 0)).toBe(5239);
    expect(column('beneficiaires').filter((v) => v !== '')).toHaveLength(14);
    expect(column('nouveaux_projets').filter((v) => v !== '').reduce((n, v) => n + Number(v), 0)).toBe(73);
    expect(column('nouveaux_projets').filter((v) => v !== '')).toHaveLength(17);
    expect(column('beneficiaires').every((v) => /^\d*$/.test(v))).toBe(true);
    const ti = rows.find((row) => row[1] === 'Ti an Dud') ?? [];
    expect(ti.slice(0, 5)).toEqual(['test/fixtures/sites/bretagne/rennes/site.yaml', 'Ti an Dud', 'Rennes', '2024', '2025-03-03']);
    // Ti an Dud leaves the urban project out: no intensity, rather than a 0 nobody gave.
    expect(ti[header.indexOf('effets_projet_urbain')]).toBe('');
    for (const id of header.slice(5, -2).filter((id) => !id.endsWith('_statut'))) expect(column(id).every((v) => /^[0-4]?$/.test(v))).toBe(true);
    for (const id of header.filter((id) => id.endsWith('_statut'))) {
      expect(column(id).every((v) => ['rated', 'described', 'no-positive-effect', 'not-assessed', 'not-applicable'].includes(v))).toBe(true);
    }
    for (const [i, family] of FAMILIES.entries()) {
      // A family described in words only has no score to write; its _statut column says so.
      const scored = model.lieux.map((s) => (s.familles[i]?.renseignee ?? false) && s.familles[i]?.statut !== 'described');
      for (const id of [family.id, `${family.id}_calcule`]) expect(column(id).map((v) => v !== '')).toEqual(scored);
    }
    expect(column('effets_collectifs').filter((v) => v === '0')).toHaveLength(3);
    const site = model.lieux.find((s) => s.lieu.nom === 'Ti an Dud');
    const first = header.indexOf('lien_social');
    expect(header.slice(first, first + 16).map((id) => ti[header.indexOf(id)])).toEqual(site?.criteres.map((c) => (c.statut === 'rated' ? String(c.score) : '')));
  });

  test('writes a name a spreadsheet would run as a formula after an apostrophe', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'formule.yaml'), 'version: 1\nlieu:\n  nom: "=HYPERLINK(\\"http://x\\")"\n  commune: "+33 Lyon"\n  periode: "@2024"\n');
    const [header = [], row = []] = parseCsv(portfolioCsv(await portfolio([dir]), ';').slice(1));
    expect(row[header.indexOf('nom')]).toBe('\'=HYPERLINK("http://x")');
    expect(row[header.indexOf('commune')]).toBe("'+33 Lyon");
    expect(row[header.indexOf('periode')]).toBe("'@2024");
    expect(row[header.indexOf('fichier')]).toBe(join(dir, 'formule.yaml'));
  });

  test.each([';', ','] as const)('separated by “%s”, quotes a name with a separator, quotes or a line break, and reads back the same', async (separator) => {
    const dir = tmp();
    const name = 'La Halle, dite "les Cerises"\net son jardin';
    writeFileSync(join(dir, 'virgule.yaml'), `version: 1\nlieu:\n  nom: ${JSON.stringify(name)}\n  commune: "Saint-Étienne; Loire"\n`);
    const csv = portfolioCsv(await portfolio([dir]), separator);
    expect(csv).toContain(`"La Halle, dite ""les Cerises""\net son jardin"${separator}"Saint-Étienne; Loire"`);
    expect(csv.split('\r\n')[0]?.split(separator).slice(0, 3)).toEqual(['\uFEFFfichier', 'nom', 'commune']);
    const [header = [], row = [], ...rest] = parseCsv(csv.slice(1), separator);
    expect(rest).toHaveLength(0);
    expect(header).toEqual(COLUMNS.map((c) => c.id));
    expect(row[header.indexOf('nom')]).toBe(name);
    expect(row[header.indexOf('commune')]).toBe('Saint-Étienne; Loire');
    expect(row[header.indexOf('periode')]).toBe('');
    expect(row[header.indexOf('beneficiaires')]).toBe('');
  });

  test('holds every valid site in name order, a site with nothing answered with its score cells empty and its families not assessed', async () => {
    const model = await portfolio([CASES]);
    const [header = [], ...rows] = parseCsv(portfolioCsv(model, ';').slice(1));
    expect(rows.map((row) => row[header.indexOf('nom')])).toEqual(['atelier', 'Eau Vive', 'Écluse', 'Le Relais', 'Moulin Neuf', 'Zèbre']);
    const moulin = rows.find((row) => row[1] === 'Moulin Neuf') ?? [];
    expect(moulin.slice(0, 4)).toEqual(['test/fixtures/portefeuille/f-moulin-neuf.yaml', 'Moulin Neuf', 'Figeac', '2024']);
    const statuses = header.map((id, i) => (id.endsWith('_statut') ? i : -1)).filter((i) => i >= 0);
    expect(statuses.map((i) => moulin[i])).toEqual(['not-assessed', 'not-assessed', 'not-assessed', 'not-assessed']);
    expect(moulin.slice(5).filter((_, i) => !statuses.includes(i + 5)).every((cell) => cell === '')).toBe(true);
  });
});

describe('the portfolio in PDF', () => {
  const dir = tmp();
  let file: string;
  let bytes: Buffer;
  beforeAll(async () => {
    const model = await portfolio([SITES]);
    bytes = await pdfPortfolio(model, renderDocument('portefeuille', model));
    file = join(dir, 'portefeuille.pdf');
    writeFileSync(file, bytes);
  });

  test('is titled with the portfolio’s H1 and tagged, on A4 pages', () => {
    const meta = info(file);
    expect(meta.Title).toBe(`Portefeuille${NBSP}: 20 lieux évalués`);
    expect(meta.Subject).toBe('Portefeuille d’évaluations des effets sociaux et urbains de tiers-lieux');
    expect(meta.Tagged).toBe('yes');
    expect(meta['Page size']).toBe('595.28 x 841.89 pts');
    expect(Number(meta.Pages)).toBeGreaterThanOrEqual(4);
    expect(Number(meta.Pages)).toBeLessThanOrEqual(8);
    // The latest evaluation of the portfolio is its date.
    expect(meta.CreationDate).toBe('D:20250310000000Z');
  });

  test('holds the key figures, the tables, the heat map’s legend and key, in reading order', () => {
    const text = textOf(file);
    const expected = [
      'Portefeuille : 20 lieux évalués',
      '5 239',
      'personnes accompagnées',
      'Chiffres par période',
      'période non précisée',
      'Intensités par famille d’effets',
      'Intensités par lieu',
      'Ti an Dud',
      'Points par critère',
      'Points sur 4 :',
      'non renseigné',
      'Effets individuels',
      '1. Lien social',
      '6. Solidarité',
      '16. Nouveaux métiers',
      'Ce qui n’a pas été évalué',
      'Lieux évalués',
      'Évaluations non incluses',
      'Le Tiers-Lieu du Florival',
      'Un fichier illisible',
    ];
    expectInOrder(text, expected);
    expect(text).not.toMatch(/\.ya?ml|test\/fixtures/);
  });

  test('puts the heat map and its legend on one page, and nothing outside the page’s margins', () => {
    const pages = Number(info(file).Pages);
    const heatPage = Array.from({ length: pages }, (_, i) => i + 1).find((p) => pageText(file, p).includes('Points par critère'));
    expect(heatPage).toBeDefined();
    const page = pageText(file, heatPage ?? 0);
    expect(page).toContain('16. Nouveaux métiers');
    expect(page).toContain('La Grange de Bagatelle');
    const words = wordsOf(file);
    expect(words.length).toBeGreaterThan(500);
    for (const { xMin, yMin, xMax, yMax } of words) {
      expect(xMin).toBeGreaterThanOrEqual(60);
      expect(xMax).toBeLessThanOrEqual(595.28 - 60);
      expect(yMin).toBeGreaterThanOrEqual(0);
      // The footer ("page 1 / 6") sits lowest, 40 points above the edge.
      expect(yMax).toBeLessThanOrEqual(841.89 - 24);
    }
  });

  test('a heat map longer than a page goes on with its header repeated', async () => {
    const { valid, invalid } = await readSites(scan([SITES]).inputs.map((input) => input.file), 'fr');
    const many = buildPortfolio([...valid, ...valid, ...valid], invalid, 'fr');
    const big = join(dir, 'grand.pdf');
    writeFileSync(big, await pdfPortfolio(many, renderDocument('portefeuille', many)));
    // In name order, La Filature Solidaire's three rows come early, Ti an Dud's last.
    const heatPages = layoutTexts(big).filter((text) =>
      /La Filature Solidaire\s+4\s+3\s+4|Ti an Dud\s+4\s+2\s+4/.test(text),
    );
    expect(heatPages.length).toBeGreaterThanOrEqual(2);
    for (const text of heatPages) expect(text).toMatch(/Lieu\s+1\s+2\s+3\s+4\s+5\s+6\s+7\s+8\s+9\s+10\s+11\s+12\s+13\s+14\s+15\s+16/);
  });

  test('is the same bytes for the same input', async () => {
    const model = await portfolio([SITES]);
    const again = await pdfPortfolio(model, renderDocument('portefeuille', model));
    expect(again.equals(bytes)).toBe(true);
  });
});

describe('impact summary', () => {
  test('writes md, pdf and csv from a folder, lists the invalid files on stderr, and exits 1 for them', () => {
    const dir = tmp();
    const result = impact(['summary', SITES, '-o', join(dir, 'p'), '--format', 'md,pdf,csv']);
    expect(result.code).toBe(1);
    expect(readdirSync(dir).sort()).toEqual(['p.csv', 'p.md', 'p.pdf']);
    for (const name of ['casse-cle.yaml', 'casse-option.yaml', 'casse-syntaxe.yaml', 'casse-type.yaml']) expect(result.stderr).toContain(name);
    expect(result.stderr).toContain('casse-option.yaml:9:26: erreur\u00A0: option inconnue');
    expect(result.stdout).toContain(join(dir, 'p.md'));
    expect(readFileSync(join(dir, 'p.md'), 'utf8').split('\n')[0]).toBe(`# Portefeuille${NBSP}: 20 lieux évalués`);
    expect(parseCsv(readFileSync(join(dir, 'p.csv'), 'utf8').slice(1))).toHaveLength(21);
    expect(readFileSync(join(dir, 'p.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
  });

  test('exits 0 when every file is valid, and writes portefeuille.pdf and .md in the current folder by default', () => {
    const dir = tmp();
    for (const name of ['la-petite-manchester', 'le-relais']) writeFileSync(join(dir, `${name}.yaml`), readFileSync(join(ROOT, 'examples', `${name}.yaml`)));
    const result = impact(['summary', '.'], dir);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(readdirSync(dir).sort()).toEqual(['la-petite-manchester.yaml', 'le-relais.yaml', 'portefeuille.md', 'portefeuille.pdf']);
  });

  test('with only invalid files, still writes the portfolio that lists them; with no file at all, writes nothing', () => {
    const dir = tmp();
    const invalid = ['bretagne/casse-type.yaml', 'occitanie/casse-syntaxe.yaml'].map((f) => join(ROOT, SITES, f));
    const result = impact(['summary', ...invalid, '-o', join(dir, 'p'), '--format', 'md'], dir);
    expect(result.code).toBe(1);
    const markdown = readFileSync(join(dir, 'p.md'), 'utf8');
    expect(markdown.split('\n')[0]).toBe(`# Portefeuille${NBSP}: 0 lieu évalué`);
    expect(markdown).toContain('- Un fichier illisible (ligne 11)');
    expect(markdown).toContain('- **La Maison du Trégor** (ligne 6)');
    expect(markdown).not.toContain('casse-');
    expect(markdown).not.toContain('## Intensités par lieu');
    expect(markdown).not.toContain('## Ce qui n’a pas été évalué');
    mkdirSync(join(dir, 'vide'));
    const none = impact(['summary', 'vide', '-o', 'rien'], dir);
    expect(none).toMatchObject({ code: 1, stdout: '' });
    expect(none.stderr).toContain('vide: erreur\u00A0: aucune évaluation (*.yaml, *.yml) dans ce dossier');
    expect(readdirSync(dir).sort()).toEqual(['p.md', 'vide']);
  });

  test('over the funder’s cases: sites in French order, the site with nothing answered not counted, no path in the documents', () => {
    const dir = tmp();
    const result = impact(['summary', CASES, '-o', join(dir, 'p'), '--format', 'md,csv']);
    expect(result.code).toBe(1);
    // The command line keeps the paths: whoever runs it fixes the files.
    for (const name of ['g-hangar.yaml:8:5', 'h-sans-nom.yaml:3:3', 'i-illisible.yaml:7:14']) expect(result.stderr).toContain(name);
    const markdown = readFileSync(join(dir, 'p.md'), 'utf8');
    expect(markdown.split('\n')[0]).toBe(`# Portefeuille${NBSP}: 5 lieux évalués`);
    expect(markdown).not.toMatch(/\.ya?ml|fixtures/);
    const section = markdown.split('## Lieux évalués')[1]?.split('\n## ')[0] ?? '';
    const listed = [...section.matchAll(/^- \*\*(.+?)\*\*/gm)].map((m) => m[1]);
    expect(listed).toEqual(['atelier', 'Eau Vive', 'Écluse', 'Le Relais', 'Zèbre']);
    expect(markdown).toContain(`- **Moulin Neuf**${NBSP}: aucun critère renseigné${NNBSP}; le lieu n’est pas compté parmi les lieux évalués.`);
    const csv = readFileSync(join(dir, 'p.csv'), 'utf8');
    expect(csv.startsWith('\uFEFFfichier;nom;commune;periode;')).toBe(true);
    expect(parseCsv(csv.slice(1), ';').map((row) => row[1])).toEqual(['nom', 'atelier', 'Eau Vive', 'Écluse', 'Le Relais', 'Moulin Neuf', 'Zèbre']);
  });

  test('--csv-separator: “;” for French and “,” for English by default, either when asked; anything else is a usage error', () => {
    const dir = tmp();
    const header = (args: string[]) => {
      const result = impact(['summary', 'examples/le-relais.yaml', '--format', 'csv', '-o', join(dir, 'p'), ...args]);
      expect(result.code).toBe(0);
      return readFileSync(join(dir, 'p.csv'), 'utf8').split('\r\n')[0]?.slice(1, 'fichier;nom'.length + 1);
    };
    expect(header([])).toBe('fichier;nom');
    expect(header(['--lang', 'en'])).toBe('fichier,nom');
    expect(header(['--csv-separator', ','])).toBe('fichier,nom');
    expect(header(['--lang', 'en', '--csv-separator', ';'])).toBe('fichier;nom');
    const wrong = impact(['summary', 'examples/le-relais.yaml', '--format', 'csv', '-o', join(dir, 'q'), '--csv-separator', 'tab']);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('«\u00A0tab\u00A0» n’est pas une valeur de l’option «\u00A0--csv-separator');
    expect(existsSync(join(dir, 'q.csv'))).toBe(false);
  });

  test('-o: an extension is replaced, a folder gets portefeuille.<ext>', () => {
    expect(outputPaths('out/portefeuille', ['pdf', 'md', 'csv'])).toEqual(['out/portefeuille.pdf', 'out/portefeuille.md', 'out/portefeuille.csv']);
    expect(outputPaths('out/p.pdf', ['md'])).toEqual(['out/p.md']);
    expect(outputPaths('out/', ['csv'])).toEqual([join('out', 'portefeuille.csv')]);
    expect(outputPaths(undefined, ['pdf', 'md'])).toEqual(['portefeuille.pdf', 'portefeuille.md']);
    const dir = tmp();
    mkdirSync(join(dir, 'rapports'));
    expect(impact(['summary', join(ROOT, 'examples', 'le-relais.yaml'), '-o', 'rapports', '--format', 'csv'], dir).code).toBe(0);
    expect(existsSync(join(dir, 'rapports', 'portefeuille.csv'))).toBe(true);
  });

  test('never writes over an input', () => {
    const dir = tmp();
    const source = readFileSync(join(ROOT, 'examples', 'le-relais.yaml'), 'utf8');
    writeFileSync(join(dir, 'relais.md'), source);
    const result = impact(['summary', 'relais.md', '-o', 'relais', '--format', 'md'], dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('relais.md');
    expect(result.stderr).toContain('écraserait une évaluation');
    expect(readFileSync(join(dir, 'relais.md'), 'utf8')).toBe(source);
  });

  test('--help gives examples; a format it does not know is a usage error', () => {
    const help = impact(['summary', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Exemples\u00A0:');
    expect(help.stdout).toContain('impact summary sites/ -o rapports/portefeuille-2024 --format pdf,md,csv');
    const wrong = impact(['summary', SITES, '--format', 'xls']);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('«\u00A0xls\u00A0» n’est pas un format connu');
  });
});
