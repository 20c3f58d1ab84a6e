/**
 * The portfolio given several periods of one site: its evaluations found by the rule of
 * `impact compare` (one identifier, else one name and town), in period order, with each family's
 * intensity at each and what changed from the first to the last.
 */
import { readSites } from '../src/cli/summary.js';
import { buildPortfolio, type PortfolioModel } from '../src/portfolio/model.js';
import { renderDocument } from '../src/render/markdown.js';

const HALLE = ['test/fixtures/compare/halle-2024.yaml', 'test/fixtures/compare/halle-2023.yaml'];

async function portfolio(files: readonly string[], lang: 'fr' | 'en' = 'fr'): Promise<PortfolioModel> {
  const { valid, invalid } = await readSites(files, lang);
  return buildPortfolio(valid, invalid, lang);
}

test('a site evaluated twice: its periods in order, whatever the order of the files, each family at each, the changes from the first to the last', async () => {
  const model = await portfolio([...HALLE, 'examples/le-relais.yaml']);
  expect(model.evolutions).toHaveLength(1);
  const [halle] = model.evolutions;
  expect(halle).toMatchObject({ nom: 'La Halle aux Cerises', commune: 'Saint-Étienne', periodes: [{ periode: '2023' }, { periode: '2024' }], criteres_en_hausse: 5, criteres_en_baisse: 1, negatifs_apparus: 1, negatifs_resolus: 3 });
  expect(halle?.familles.map((f) => [f.id, f.etats.map((s) => (s.sans_objet ? 'sans objet' : s.score)), f.evolution])).toEqual([
    ['effets_individuels', [4, 4], 'stable'],
    ['effets_collectifs', [3, 2], 'baisse'],
    ['effets_territoriaux', [2, 3], 'hausse'],
    ['effets_projet_urbain', ['sans objet', 2], 'ajoutee'],
  ]);
  const markdown = renderDocument('portefeuille', model);
  expect(markdown).toContain('## Évolution des lieux évalués plusieurs fois');
  expect(markdown).toContain('| La Halle aux Cerises (2023 → 2024) | ++++ → ++++ | +++ → ++ | ++ → +++ | sans objet → ++ | 5 / 1 | 1 / 3 |');
  expect(renderDocument('portefeuille', await portfolio([...HALLE, 'examples/le-relais.yaml'], 'en'))).toContain(
    '| La Halle aux Cerises (2023 → 2024) | ++++ → ++++ | +++ → ++ | ++ → +++ | not applicable → ++ | 5 / 1 | 1 / 3 |',
  );
});

test('sites each evaluated once: no such section', async () => {
  const model = await portfolio(['examples/la-halle-aux-cerises.yaml', 'examples/le-relais.yaml']);
  expect(model.evolutions).toEqual([]);
  expect(renderDocument('portefeuille', model)).not.toContain('plusieurs fois');
});
