/**
 * The synthesis page's model step (src/model/synthesis.ts): the strongest answered criteria of
 * each family, every negative finding for the « Points de vigilance », how many criteria were
 * answered; and, for every evaluation drawn from the grid, that the synthesis cites no criterion
 * that is not answered and leaves out no negative finding.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { FAMILIES } from '../src/grid/grid.js';
import { LANGS, type Lang } from '../src/grid/types.js';
import { parseSource } from '../src/load/load.js';
import type { ReportModel } from '../src/model/model.js';
import { strongest } from '../src/model/synthesis.js';
import { modelOf } from '../src/pipeline/stages.js';
import { renderMarkdown } from '../src/render/markdown.js';
import { evaluation } from './support/arbitraries.js';
import { stringify } from 'yaml';

const RUNS = Number(process.env.FUZZ_RUNS ?? 200);

function model(text: string, lang: Lang = 'fr'): ReportModel {
  const result = parseSource('site.yaml', Buffer.from(text));
  if (!result.ok) throw new Error('the file does not load');
  return modelOf(result.loaded, lang);
}

const example = (name: string, lang: Lang = 'fr') => model(readFileSync(name, 'utf8'), lang);

/** The synthesis section of a report's Markdown: from its heading to the summary table. */
const synthesisText = (markdown: string): string => {
  const start = markdown.search(/^## (Synthèse|Summary)$/m);
  return markdown.slice(start, markdown.indexOf('\n|', start));
};

describe('the strongest criteria', () => {
  const criterion = (id: string, score: number, renseigne = true) =>
    ({ id, titre: id, nom: id, question: '', renseigne, statut: renseigne ? 'rated' : 'unanswered', score, constats_negatifs: [], constats_positifs: [id], explication: [], reponses: {} }) as const;

  test('the two with the most points, the grid’s order between equals', () => {
    const picked = strongest([criterion('a', 2), criterion('b', 4), criterion('c', 3), criterion('d', 4)]);
    expect(picked.map((c) => c.id)).toEqual(['b', 'd']);
    expect(picked[0]).toEqual({ id: 'b', titre: 'b', nom: 'b', score: 4, constats: ['b'], reponses: {} });
  });

  test('never a criterion without points, nor one not answered', () => {
    expect(strongest([criterion('a', 0), criterion('b', 3, false), criterion('c', 1)]).map((c) => c.id)).toEqual(['c']);
    expect(strongest([criterion('a', 0)])).toEqual([]);
  });
});

describe('the examples', () => {
  test('La Halle aux Cerises: its strongest criteria, what earned their points, its three negative findings', () => {
    const { synthese } = example('examples/la-halle-aux-cerises.yaml');
    expect(synthese).toMatchObject({ renseignes: 16, total: 16 });
    const individual = synthese.familles.find((f) => f.id === 'effets_individuels');
    expect(individual?.points_forts.map((c) => [c.titre, c.score])).toEqual([
      ['Lien social', 4],
      ['Transmission de savoir-faire personnel', 4],
    ]);
    expect(individual?.points_forts[0]?.constats).toEqual(['habitant·e·s du quartier', 'bénévoles', 'visiteur·euse·s', 'publics en difficulté']);
    expect(synthese.vigilance.map((v) => v.critere)).toEqual(['Sentiment d’inclusion ou d’exclusion', 'Entretien des espaces', 'Services publics et de proximité']);
    expect(synthese.vigilance[1]?.constats).toEqual(['effets négatifs\u00A0: des nuisances sonores']);
  });

  test('every negative finding of tous-negatifs, the account of one as written', () => {
    const { synthese } = example('test/fixtures/truth/tous-negatifs.yaml');
    const found = synthese.vigilance.flatMap((v) => v.constats);
    expect(found).toEqual(
      expect.arrayContaining([
        'certaines personnes se sentent exclues',
        'publics qui peuvent se sentir exclus\u00A0: voisin·e·s et habitant·e·s du quartier',
        'l’image du quartier s’est dégradée',
        'exemple d’effet négatif\u00A0: «\u00A0les soirs de concert, des bouteilles restent sur le quai\u00A0»',
      ]),
    );
    expect(synthese.familles.every((f) => f.points_forts.length === 0)).toBe(true);
  });

  test('a blank evaluation: nothing answered, nothing cited, no vigilance', () => {
    const { synthese } = model('version: 1\nlieu: { nom: Le Blanc }\n');
    expect(synthese).toMatchObject({ renseignes: 0, total: 13, vigilance: [] });
    expect(synthese.familles.every((f) => f.points_forts.length === 0 && f.decrits.length === 0)).toBe(true);
    const markdown = renderMarkdown(model('version: 1\nlieu: { nom: Le Blanc }\n'));
    expect(synthesisText(markdown)).toContain('Sur 13 critères, aucun n’est renseigné.');
    expect(markdown).not.toContain('Points de vigilance');
  });

  test('the key reads + to ++++ from the rubric, in both languages', () => {
    for (const lang of LANGS) {
      const markdown = renderMarkdown(example('examples/le-relais.yaml', lang));
      for (const marks of ['+', '++', '+++', '++++']) expect(markdown).toContain(`- **${marks}**`);
    }
  });
});

describe('for every evaluation drawn from the grid', () => {
  const criterionNames = FAMILIES.flatMap((f) => f.criteria.map((c) => c.named));

  test('the synthesis cites answered criteria only, with points, the best ones; the vigilance lists every negative finding', () => {
    fc.assert(
      fc.property(evaluation, fc.constantFrom(...LANGS), (data, lang) => {
        const report = model(stringify(data), lang);
        const { synthese } = report;
        for (const family of report.familles) {
          const picked = synthese.familles.find((f) => f.id === family.id)?.points_forts ?? [];
          for (const cited of picked) {
            const criterion = family.criteres.find((c) => c.id === cited.id);
            expect(criterion?.renseigne && criterion.score > 0).toBe(true);
          }
          const least = Math.min(...picked.map((c) => c.score));
          const left = family.criteres.filter((c) => c.renseigne && !picked.some((p) => p.id === c.id));
          if (picked.length > 0) expect(left.every((c) => c.score <= least)).toBe(true);
        }
        const negatives = report.familles.flatMap((f) => f.criteres.filter((c) => c.constats_negatifs.length > 0).map((c) => [c.titre, c.constats_negatifs]));
        expect(synthese.vigilance.map((v) => [v.critere, v.constats])).toEqual(negatives);
        expect(synthese.vigilance.every((v) => v.constats.length > 0)).toBe(true);
        expect(synthese.renseignes).toBe(report.familles.flatMap((f) => f.criteres).filter((c) => c.renseigne).length);

        // In the words too: a criterion named with its points in the synthesis is an answered one's.
        const text = synthesisText(renderMarkdown(report));
        const answered = new Set(report.familles.flatMap((f) => f.criteres.filter((c) => c.renseigne).map((c) => c.nom)));
        for (const name of criterionNames.map((t) => t[lang])) {
          if (text.includes(` ${name} (`)) expect(answered.has(name)).toBe(true);
        }
      }),
      { numRuns: RUNS },
    );
  }, 120_000);
});
