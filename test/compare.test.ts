/**
 * `impact compare`'s model: which files are of one site, and what changed between two
 * evaluations, read from their report models — per answer with both values, and as a whole.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { criterionChange, excerpt, EXCERPT_LENGTH } from '../src/compare/diff.js';
import { groupBySite, matching } from '../src/compare/match.js';
import { buildComparison, type ComparisonModel } from '../src/compare/model.js';
import { FAMILIES } from '../src/grid/grid.js';
import { parseSource } from '../src/load/load.js';
import { buildModel, type ReportModel } from '../src/model/model.js';
import { modelOf } from '../src/pipeline/stages.js';
import { renderDocument, renderMarkdown } from '../src/render/markdown.js';
import { scoreEvaluation } from '../src/score/score.js';
import { evaluation, type Evaluation } from './support/arbitraries.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 200);
/** The colon of the French catalogue, after a no-break space. */
const COLON = '\u00A0:';

function modelOfText(text: string, lang: 'fr' | 'en' = 'fr'): ReportModel {
  const result = parseSource('site.yaml', Buffer.from(text));
  if (!result.ok) throw new Error(`does not load: ${JSON.stringify(result.diagnostics)}`);
  return modelOf(result.loaded, lang);
}

const site = (answers: string): ReportModel => modelOfText(`version: 1\nlieu: { nom: Le Relais, commune: Pantin }\n${answers}`);

const criterion = (family: string, id: string) => {
  const found = FAMILIES.find((f) => f.id === family)?.criteria.find((c) => c.id === id);
  if (!found) throw new Error(`no criterion ${family}.${id}`);
  return found;
};

const criterionOf = (model: ReportModel, family: string, id: string) => model.familles.find((f) => f.id === family)?.criteres.find((c) => c.id === id);

const change = (before: ReportModel, after: ReportModel, family: string, id: string) =>
  criterionChange(criterion(family, id), criterionOf(before, family, id), criterionOf(after, family, id), 'fr');

describe('which evaluations are of one site', () => {
  test('by lieu.identifiant when both give one, whatever their names', () => {
    expect(matching({ nom: 'La Halle', identifiant: 'CM-42' }, { nom: 'Halle aux Cerises', identifiant: ' CM-42 ' })).toBe('identifiant');
    expect(matching({ nom: 'La Halle', commune: 'Lyon', identifiant: 'CM-42' }, { nom: 'La Halle', commune: 'Lyon', identifiant: 'CM-43' })).toBe('different');
  });

  test('else by name and town, written alike: case, accents and spaces aside', () => {
    expect(matching({ nom: 'La Halle aux Cerises', commune: 'Saint-Étienne' }, { nom: 'la halle  aux cerises', commune: 'Saint-Etienne', identifiant: 'CM-42' })).toBe('nom_commune');
    expect(matching({ nom: 'La Halle', commune: 'Lyon' }, { nom: 'La Halle', commune: 'Saint-Étienne' })).toBe('different');
    expect(matching({ nom: 'La Halle' }, { nom: 'Le Relais' })).toBe('different');
  });

  test('the town only when both give one', () => {
    expect(matching({ nom: 'La Halle' }, { nom: 'La Halle', commune: 'Lyon' })).toBe('nom_commune');
  });

  test('files are grouped by site in their order, a file without an identifier joining by name and town', () => {
    const files = [
      { nom: 'La Halle', commune: 'Lyon', identifiant: 'A' },
      { nom: 'Le Relais', commune: 'Pantin' },
      { nom: 'La Halle', commune: 'Lyon' },
      { nom: 'La Halle (nouveau nom)', commune: 'Lyon', identifiant: 'A' },
      { nom: 'le relais', commune: 'Pantin' },
    ];
    expect(groupBySite(files, (f) => f).map((group) => group.map((f) => files.indexOf(f)))).toEqual([[0, 2, 3], [1, 4]]);
  });
});

test('the identifier matches files and is never printed: not in the report, not in the comparison', async () => {
  const text = `version: 1\nlieu: { nom: Le Relais, commune: Pantin, identifiant: RESEAU-93-0042 }\neffets_individuels: { sante: { effets: [bien_etre] } }\n`;
  const model = modelOfText(text);
  expect(model.details.map((d) => d.id)).not.toContain('identifiant');
  expect(renderMarkdown(model)).not.toContain('RESEAU-93-0042');
  expect(renderDocument('comparaison', buildComparison(model, model, 'identifiant'))).not.toContain('RESEAU-93-0042');
});

describe('what changed in a criterion', () => {
  const before = site(`effets_individuels:
  lien_social:
    publics: [benevoles]
    frequence: mensuelle
    exemple: un repas par mois
    autres: [les bénévoles se connaissent tous]
  insertion_professionnelle: { beneficiaires: 0 }
effets_collectifs:
  inclusion_exclusion: { constat: les_deux, publics_exclus: [voisins, habitants] }
effets_territoriaux:
  entretien_des_espaces: { effets: negatifs, negatifs: [dechets], exemple_negatif: des sacs laissés après les soirées }
`);
  const after = site(`effets_individuels:
  lien_social:
    publics: [habitants, voisins, visiteurs]
    frequence: hebdomadaire
    exemple: "le repas du jeudi   réunit quarante personnes"
  sante: { effets: [bien_etre] }
  insertion_professionnelle: { beneficiaires: 12 }
effets_collectifs:
  inclusion_exclusion: { constat: les_deux, publics_exclus: [voisins, benevoles] }
effets_territoriaux:
  entretien_des_espaces: { effets: negatifs, negatifs: [dechets] }
`);

  test('choices added and gone, a single choice and a text with both values, the points with their direction', () => {
    expect(change(before, after, 'effets_individuels', 'lien_social')).toEqual({
      id: 'lien_social',
      titre: 'Lien social',
      avant: { score: 3, statut: 'rated' },
      apres: { score: 4, statut: 'rated' },
      seulement_avant: false,
      seulement_apres: false,
      sens: 'hausse',
      changements: [
        { genre: 'choix', champ: 'Publics en interaction', ajoutes: ['habitant·e·s du quartier', 'voisin·e·s', 'visiteur·euse·s'], retires: ['bénévoles'] },
        { genre: 'choix_unique', champ: 'Fréquence des rencontres', avant: 'chaque mois', apres: 'chaque semaine' },
        { genre: 'texte', champ: 'Réponse rédigée', avant: 'un repas par mois', apres: 'le repas du jeudi réunit quarante personnes' },
        { genre: 'textes', champ: 'Autres observations', ajoutes: [], retires: ['les bénévoles se connaissent tous'] },
      ],
      negatifs_apparus: [],
      negatifs_resolus: [],
      negatifs: [],
    });
  });

  test('a count changed, 0 being an answer', () => {
    expect(change(before, after, 'effets_individuels', 'insertion_professionnelle')?.changements).toEqual([
      { genre: 'nombre', champ: 'Nombre de bénéficiaires', avant: 0, apres: 12 },
    ]);
  });

  test('negative findings appear and are resolved, never reported as choices too', () => {
    const inclusion = change(before, after, 'effets_collectifs', 'inclusion_exclusion');
    expect(inclusion).toMatchObject({ changements: [], negatifs_apparus: [`publics qui peuvent se sentir exclus${COLON} bénévoles`], negatifs_resolus: [`publics qui peuvent se sentir exclus${COLON} habitant·e·s du quartier`] });
    // An account of a negative effect no longer written: resolved, not a text removed.
    const upkeep = change(before, after, 'effets_territoriaux', 'entretien_des_espaces');
    expect(upkeep).toMatchObject({ changements: [], negatifs_apparus: [], negatifs_resolus: ['des sacs laissés après les soirées'], sens: 'stable' });
  });

  test('a criterion answered once says so, with that side’s findings neither appeared nor resolved', () => {
    expect(change(before, after, 'effets_individuels', 'sante')).toMatchObject({ seulement_apres: true, seulement_avant: false, apres: { score: 1 }, changements: [] });
    expect(change(after, before, 'effets_individuels', 'sante')).toMatchObject({ seulement_avant: true, avant: { score: 1 } });
    const gone = site('effets_collectifs: {}\n');
    expect(change(before, gone, 'effets_collectifs', 'inclusion_exclusion')).toMatchObject({ seulement_avant: true, negatifs_resolus: [], negatifs: [`publics qui peuvent se sentir exclus${COLON} voisin·e·s`, `publics qui peuvent se sentir exclus${COLON} habitant·e·s du quartier`] });
  });

  test('nothing when both answer alike, or neither answers', () => {
    expect(change(before, before, 'effets_individuels', 'lien_social')).toBeUndefined();
    expect(change(before, after, 'effets_individuels', 'transmission_savoir_faire')).toBeUndefined();
  });
});

test('a long text is quoted by its beginning, cut at a word', () => {
  const long = `${'une phrase assez longue, '.repeat(12)}fin`;
  const cut = excerpt(long);
  expect(cut.length).toBeLessThanOrEqual(EXCERPT_LENGTH + 1);
  expect(cut).toMatch(/longue…$|phrase…$|assez…$|une…$/);
  expect(long.startsWith(cut.slice(0, -1))).toBe(true);
  expect(excerpt('  court   texte ')).toBe('court texte');
});

describe('the comparison of a site’s two evaluations', () => {
  const pair = (lang: 'fr' | 'en'): ComparisonModel =>
    buildComparison(
      modelOfText(readFileSync('test/fixtures/compare/halle-2023.yaml', 'utf8'), lang),
      modelOfText(readFileSync('test/fixtures/compare/halle-2024.yaml', 'utf8'), lang),
      'identifiant',
    );

  test('each family with both intensities, the committee’s and the computed one, and how it moved', () => {
    const families = pair('fr').familles.map(({ id, avant, apres, evolution, sens_calcule, comite }) => ({ id, avant: avant.score, apres: apres.score, evolution, sens_calcule, comite }));
    expect(families).toEqual([
      { id: 'effets_individuels', avant: 4, apres: 4, evolution: 'stable', sens_calcule: 'stable', comite: false },
      { id: 'effets_collectifs', avant: 3, apres: 2, evolution: 'baisse', sens_calcule: 'stable', comite: true },
      { id: 'effets_territoriaux', avant: 2, apres: 3, evolution: 'hausse', sens_calcule: 'hausse', comite: false },
      { id: 'effets_projet_urbain', avant: 0, apres: 2, evolution: 'ajoutee', sens_calcule: 'hausse', comite: false },
    ]);
  });

  test('counts what changed', () => {
    expect(pair('fr').resume).toEqual({
      criteres_en_hausse: 5,
      criteres_en_baisse: 1,
      seulement_avant: 0,
      seulement_apres: 5,
      observations_ajoutees: 14,
      observations_retirees: 0,
      negatifs_apparus: 1,
      negatifs_resolus: 3,
      textes_reecrits: 4,
    });
  });
});

describe('for any two evaluations', () => {
  const modelOfData = (data: Evaluation): ReportModel => buildModel(data, scoreEvaluation(data), 'fr');

  test('one compared with itself: nothing changed', () => {
    fc.assert(
      fc.property(evaluation, (data) => {
        const model = modelOfData(data);
        const compared = buildComparison(model, model, 'nom_commune');
        expect(compared.changements).toBe(false);
        expect(compared.familles.every((f) => f.criteres.length === 0 && f.evolution === 'stable')).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  test('swapped, every change turns the other way, and the Markdown says only what the models hold', () => {
    fc.assert(
      fc.property(evaluation, evaluation, (a, b) => {
        const [before, after] = [modelOfData(a), modelOfData(b)];
        const forth = buildComparison(before, after, 'forcee').resume;
        const back = buildComparison(after, before, 'forcee').resume;
        expect(back).toEqual({
          criteres_en_hausse: forth.criteres_en_baisse,
          criteres_en_baisse: forth.criteres_en_hausse,
          seulement_avant: forth.seulement_apres,
          seulement_apres: forth.seulement_avant,
          observations_ajoutees: forth.observations_retirees,
          observations_retirees: forth.observations_ajoutees,
          negatifs_apparus: forth.negatifs_resolus,
          negatifs_resolus: forth.negatifs_apparus,
          textes_reecrits: forth.textes_reecrits,
        });
        // Every criterion that changed has its heading; no value is printed as JavaScript prints nothing.
        const compared = buildComparison(before, after, 'forcee');
        const markdown = renderDocument('comparaison', compared);
        expect(markdown.match(/^### /gm) ?? []).toHaveLength(compared.familles.flatMap((f) => f.criteres).length);
        expect(markdown).not.toMatch(/→ *(\(|\.|$)|: *→|\[object Object\]/m);
      }),
      { numRuns: Math.max(20, Math.floor(RUNS / 4)) },
    );
  });
});
