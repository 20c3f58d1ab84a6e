/**
 * The portfolio as a funder reads it, on the cases of test/fixtures/portefeuille: a site counts
 * as evaluated once a criterion is answered, a family left out does not apply, totals say which
 * periods they cover, invalid files are named by their site, sites come in French name order;
 * its Markdown compared with reviewed copies (test/golden/portefeuille*.md; after a deliberate
 * change, `UPDATE_GOLDEN=1`, then read the diff). Also the order and the periods as units.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import fc from 'fast-check';
import { scan } from '../src/batch/inputs.js';
import { readSites } from '../src/cli/summary.js';
import type { Lang } from '../src/grid/types.js';
import { buildPortfolio, type PortfolioModel } from '../src/portfolio/model.js';
import { byName } from '../src/portfolio/order.js';
import { figuresByPeriod, periodOf, totalOf } from '../src/portfolio/periods.js';
import { scopeOf } from '../src/portfolio/scope.js';
import { renderDocument } from '../src/render/markdown.js';

/** Five sites evaluated, one with nothing answered, three invalid files; names and files in different orders. */
const CASES = 'test/fixtures/portefeuille';

async function portfolio(lang: Lang = 'fr'): Promise<PortfolioModel> {
  const { valid, invalid } = await readSites(scan([CASES]).inputs.map((input) => input.file), lang);
  return buildPortfolio(valid, invalid, lang);
}

test('a site answered in words only is evaluated, its families « effets décrits », its criteria « d »', async () => {
  const { valid, invalid } = await readSites(['test/fixtures/truth/coco-velten.yaml', 'examples/la-petite-manchester.yaml'], 'fr');
  const model = buildPortfolio(valid, invalid, 'fr');
  expect(model.totaux.lieux).toBe(2);
  const individual = model.totaux.intensites[0]?.repartition.map((r) => [r.score, r.statut, r.lieux]);
  expect(individual).toEqual([[4, 'rated', 0], [3, 'rated', 1], [2, 'rated', 0], [1, 'rated', 0], [0, 'described', 1], [0, 'no-positive-effect', 0], [0, 'not-assessed', 0]]);
  const markdown = renderDocument('portefeuille', model);
  expect(markdown).toMatch(/\| Coco Velten \| d \| d \| – \| d \| d \| d \| d \| – \| – \|/);
  expect(markdown).toContain('| Coco Velten | effets décrits, non notés | effets décrits, non notés | non évaluée |');
});

describe('the portfolio as a funder reads it (test/fixtures/portefeuille)', () => {
  let model: PortfolioModel;
  beforeAll(async () => {
    model = await portfolio();
  });

  test('counts as evaluated only the sites with a criterion answered, a text being an answer', () => {
    expect(model.totaux.lieux).toBe(5);
    expect(model.lieux.map((s) => s.lieu.nom)).toEqual(['atelier', 'Eau Vive', 'Écluse', 'Le Relais', 'Zèbre']);
    // Moulin Neuf has its families and a keyword, but no criterion answered.
    expect(model.lieux_sans_reponse.map((s) => s.lieu.nom)).toEqual(['Moulin Neuf']);
    // Écluse answers santé with its text alone: the site and the family are evaluated.
    const ecluse = model.lieux.find((s) => s.lieu.nom === 'Écluse');
    expect(ecluse?.criteres.find((c) => c.id === 'sante')?.renseigne).toBe(true);
    expect(ecluse?.familles[0]?.renseignee).toBe(true);
    expect(model.non_evalues.map((e) => e.nom)).not.toContain('Moulin Neuf');
    for (const family of model.totaux.intensites) expect(family.repartition.reduce((n, r) => n + r.lieux, 0) + family.sans_objet).toBe(5);
  });

  test('a family left out of the file does not apply; one kept but left empty is not evaluated', () => {
    const urbain = (name: string) => model.lieux.find((s) => s.lieu.nom === name)?.familles[3];
    expect(urbain('Le Relais')).toMatchObject({ sans_objet: true, renseignee: false });
    expect(urbain('Écluse')).toMatchObject({ sans_objet: false, renseignee: false });
    expect(urbain('Zèbre')).toMatchObject({ sans_objet: false, renseignee: true, score: 1 });
    expect(model.totaux.intensites[3]?.sans_objet).toBe(3);
    expect(model.totaux.intensites[3]?.repartition.map((r) => r.lieux)).toEqual([0, 0, 0, 1, 0, 0, 1]);
    const relais = model.non_evalues.find((e) => e.nom === 'Le Relais');
    expect(relais).toMatchObject({ familles: [], criteres: 13, criteres_non_renseignes: 10 });
    expect(model.non_evalues.find((e) => e.nom === 'Écluse')).toMatchObject({ criteres: 16, criteres_non_renseignes: 13 });
  });

  test('says which periods the totals cover: one when every answer shares it, else how many', () => {
    // 40 people in 2023 (Le Relais), 12 and 5 in 2024 (Zèbre, Écluse).
    expect(model.totaux.beneficiaires).toEqual({ total: 57, reponses: 3, periodes: 2 });
    expect(model.totaux.nouveaux_projets).toEqual({ total: 5, reponses: 2, periodes: 1, periode: '2024' });
    expect(model.totaux.periodes).toEqual([
      { periode: '2023', lieux: 2, beneficiaires: { total: 40, reponses: 1 }, nouveaux_projets: { total: 0, reponses: 0 } },
      { periode: '2024', lieux: 2, beneficiaires: { total: 17, reponses: 2 }, nouveaux_projets: { total: 5, reponses: 2 } },
      { lieux: 1, beneficiaires: { total: 0, reponses: 0 }, nouveaux_projets: { total: 0, reponses: 0 } },
    ]);
  });

  test('names the invalid files by their site, in name order: the named, then those without a name', () => {
    expect(model.non_inclus.map(({ nom, lisible, ligne }) => ({ nom, lisible, ligne }))).toEqual([
      { nom: 'Le Hangar', lisible: true, ligne: 8 },
      { nom: undefined, lisible: true, ligne: 3 },
      { nom: undefined, lisible: false, ligne: 7 },
    ]);
  });

  test('does not depend on the order of the files, and breaks ties between names by the path', async () => {
    const { valid, invalid } = await readSites(scan([CASES]).inputs.map((input) => input.file), 'fr');
    const twice = [...valid, ...valid.map((site) => ({ ...site, fichier: `autre/${site.fichier}` }))];
    const forward = buildPortfolio(twice, invalid, 'fr');
    const backward = buildPortfolio([...twice].reverse(), [...invalid].reverse(), 'fr');
    expect(backward).toEqual(forward);
    expect(forward.lieux.slice(0, 2).map((s) => s.fichier)).toEqual(['autre/test/fixtures/portefeuille/d-atelier.yaml', 'test/fixtures/portefeuille/d-atelier.yaml']);
  });

  test.each(['fr', 'en'] as const)('its Markdown in %s is the reviewed copy (UPDATE_GOLDEN=1 rewrites it)', async (lang) => {
    const markdown = renderDocument('portefeuille', await portfolio(lang));
    const golden = new URL(`golden/portefeuille${lang === 'fr' ? '' : `.${lang}`}.md`, import.meta.url);
    if (process.env.UPDATE_GOLDEN) writeFileSync(golden, markdown);
    expect(markdown).toBe(readFileSync(golden, 'utf8'));
    expect(markdown).not.toMatch(/\b(undefined|null|NaN)\b|\[object Object\]/);
  });
});

describe('the portfolio’s cover: its scope and date', () => {
  const site = (lieu: Record<string, string>, commanditaire?: string) => ({ lieu, ...(commanditaire !== undefined ? { commanditaire } : {}) });

  test('names each commune, period and commissioner once, in French order, and counts the sites that give none', () => {
    const scope = scopeOf(
      [
        site({ commune: 'Lyon', periode: '2024', date_evaluation: '2025-02-14' }, 'Métropole de Lyon'),
        site({ commune: ' Lyon ', periode: '2023' }, 'Métropole  de Lyon'),
        site({ commune: 'Aubusson', date_evaluation: '2024-12-01' }),
        site({}),
      ],
      'fr',
    );
    expect(scope).toEqual({
      communes: ['Aubusson', 'Lyon'],
      sans_commune: 1,
      periodes: ['2023', '2024'],
      sans_periode: 2,
      commanditaires: ['Métropole de Lyon'],
      date_iso: '2025-02-14',
      date: '14 février 2025',
      date_des_evaluations: true,
    });
  });

  test('is dated by the latest evaluation, else by the build’s date, never by the clock', () => {
    expect(scopeOf([site({ date_evaluation: '2024-01-31' })], 'en', '2026-12-02')).toMatchObject({ date: '31 January 2024', date_des_evaluations: true });
    expect(scopeOf([site({})], 'en', '2026-12-02')).toMatchObject({ date_iso: '2026-12-02', date_des_evaluations: false });
    expect(scopeOf([site({})], 'fr')).not.toHaveProperty('date');
  });

  test('the cover says it in words: no date line without a date, the build’s date without « la plus récente »', async () => {
    const { valid, invalid } = await readSites(['examples/le-relais.yaml'], 'fr');
    const undated = renderDocument('portefeuille', buildPortfolio(valid, invalid, 'fr'));
    expect(undated).toContain('- **Commune\u00A0:** Aubusson\n- **Période couverte\u00A0:** non précisée\n\n');
    expect(undated).not.toContain('Date');
    expect(undated).not.toContain('Commanditaire');
    const built = renderDocument('portefeuille', buildPortfolio(valid, invalid, 'fr', '2026-12-02'));
    expect(built).toContain('- **Date\u00A0:** 2 décembre 2026\n');
  });
});

describe('the portfolio’s order and periods', () => {
  const named = (nom: string | undefined, fichier = `${nom ?? 'sans-nom'}.yaml`) => ({ ...(nom !== undefined ? { nom } : {}), fichier });
  const order = byName((item: { nom?: string; fichier: string }) => item);

  test('French collation: accents and case only break ties, numbers read as numbers, unnamed last', () => {
    const names = ['Zèbre', 'Le Relais', 'atelier', 'Écluse', 'Eau Vive', 'ecluse', 'Lieu 10', 'Lieu 2'];
    expect([...names.map((n) => named(n)), named(undefined)].sort(order).map((i) => i.nom)).toEqual([
      'atelier',
      'Eau Vive',
      'ecluse',
      'Écluse',
      'Le Relais',
      'Lieu 2',
      'Lieu 10',
      'Zèbre',
      undefined,
    ]);
  });

  test('any order of the same items gives one order (property)', () => {
    const item = fc.record({ nom: fc.option(fc.constantFrom('Écluse', 'ecluse', 'Ecluse', 'atelier', 'Le Relais', 'É'), { nil: undefined }), fichier: fc.string() });
    fc.assert(
      fc.property(fc.array(item), (items) => {
        const once = [...items].sort(order);
        expect([...items].reverse().sort(order)).toEqual(once);
      }),
    );
  });

  test('a period is compared spaces aside; a total over one period names it, over none says so', () => {
    const site = (periode: string | undefined, beneficiaires?: number) => ({ lieu: periode === undefined ? {} : { periode }, ...(beneficiaires !== undefined ? { beneficiaires } : {}) });
    expect(periodOf(site(' 2023 –  2024 '))).toBe('2023 – 2024');
    expect(periodOf(site('  '))).toBeUndefined();
    expect(totalOf([site('2024', 3), site(' 2024', 4), site('2023')], 'beneficiaires')).toEqual({ total: 7, reponses: 2, periodes: 1, periode: '2024' });
    expect(totalOf([site(undefined, 3)], 'beneficiaires')).toEqual({ total: 3, reponses: 1, periodes: 1 });
    expect(totalOf([site('2024', 3), site(undefined, 1)], 'beneficiaires')).toEqual({ total: 4, reponses: 2, periodes: 2 });
    expect(totalOf([site('2024')], 'beneficiaires')).toEqual({ total: 0, reponses: 0, periodes: 0 });
    expect(figuresByPeriod([site(undefined), site('2024'), site('2023', 0)]).map((p) => [p.periode, p.beneficiaires])).toEqual([
      ['2023', { total: 0, reponses: 1 }],
      ['2024', { total: 0, reponses: 0 }],
      [undefined, { total: 0, reponses: 0 }],
    ]);
  });
});
