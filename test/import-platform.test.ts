/** The platform's real place files, imported: answers to their criteria, the known defect reported. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { FAMILIES, fieldsOf } from '../src/grid/grid.js';
import { targets } from '../src/import/columns.js';
import { QUESTIONNAIRE, importPlace } from '../src/import/platform.js';
import type { Tree } from '../src/import/site.js';
import { evaluationYaml } from '../src/import/yaml.js';
import { parseSource } from '../src/load/load.js';
import { validate } from '../src/validate/validate.js';

const FIXTURES = fileURLToPath(new URL('fixtures/import/platform/', import.meta.url));
const place = (name: string): unknown => JSON.parse(readFileSync(`${FIXTURES}${name}.json`, 'utf8'));
const imported = (name: string) => importPlace(`${name}.json`, place(name));
const criterion = (answers: Tree, family: string, id: string) => (answers[family] as Tree | undefined)?.[id] as Tree | undefined;

test('every field of the questionnaire goes to a field of the grid, none twice', () => {
  const paths = Object.values(QUESTIONNAIRE);
  expect(new Set(paths).size).toBe(paths.length);
  const known = new Set(targets().flatMap((t) => [t.path.join('.'), t.path.slice(1).join('.')]));
  expect(paths.filter((p) => !known.has(p))).toEqual([]);
});

test('every criterion of the platform’s families has its text mapped to its exemple', () => {
  const texts = Object.values(QUESTIONNAIRE).filter((p) => p.endsWith('.exemple'));
  const criteria = FAMILIES.filter((f) => !f.optional)
    .flatMap((f) => f.criteria.filter((c) => !c.addition && fieldsOf(c).some((x) => x.id === 'exemple')))
    .map((c) => `${c.id}.exemple`);
  expect(texts.sort()).toEqual(criteria.sort());
});

test('Aquarium: name, town and what the panorama says of the site to lieu, each text to its criterion, capacite_agir reported and left out', () => {
  const { sites, diagnostics } = imported('Aquarium');
  const source = place('Aquarium') as { blocs: { impact_social: { donnees: Record<string, string> } } };
  const texts = source.blocs.impact_social.donnees;
  expect(sites).toHaveLength(1);
  const [site] = sites;
  expect(site?.answers.lieu).toEqual({
    nom: 'Aquarium',
    commune: 'Aubervilliers',
    description: 'L\'Aquarium est un lieu de rencontre et de création pour et par les femmes du quartier.',
    adresse: '195 Rue Danielle Casanova, 93300 Aubervilliers',
    date_ouverture: '2020-01-01',
    surface: 40,
    publics: ['Famille', 'Personnes âgées'],
  });
  expect(criterion(site?.answers ?? {}, 'effets_individuels', 'lien_social')).toEqual({ exemple: texts.lien_social });
  expect(criterion(site?.answers ?? {}, 'effets_individuels', 'sante')).toEqual({ exemple: texts['sante_bien_être'] });
  expect(criterion(site?.answers ?? {}, 'effets_collectifs', 'solidarite')).toEqual({ exemple: texts.solidarite });
  expect(criterion(site?.answers ?? {}, 'effets_collectifs', 'reseau_de_personnes')).toEqual({ exemple: texts.reseaux });
  expect(criterion(site?.answers ?? {}, 'effets_collectifs', 'inclusion_exclusion')).toEqual({ exemple: texts.appartenance_exclusion });
  expect(criterion(site?.answers ?? {}, 'effets_individuels', 'capacite_agir')).toBeUndefined();
  expect(diagnostics).toEqual([
    expect.objectContaining({ severity: 'warning', code: 'import-copied-text', path: 'blocs.impact_social.donnees.capacite_agir' }),
  ]);
});

test.each(['Chez-FRED', 'Le-6b'])('%s: capacite_agir repeating solidarite with other capitals is reported, not imported', (name) => {
  const { sites, diagnostics } = imported(name);
  expect(diagnostics.map((d) => d.code)).toEqual(['import-copied-text']);
  expect(criterion(sites[0]?.answers ?? {}, 'effets_individuels', 'capacite_agir')).toBeUndefined();
  expect(criterion(sites[0]?.answers ?? {}, 'effets_collectifs', 'solidarite')?.exemple).toEqual(expect.any(String));
});

test('Le Telegraphe: nothing copied, empty texts are no answer', () => {
  const { sites, diagnostics } = imported('Le-Telegraphe');
  expect(diagnostics).toEqual([]);
  const answers = sites[0]?.answers ?? {};
  expect(Object.keys(answers).sort()).toEqual(['effets_collectifs', 'effets_individuels', 'langue', 'lieu']);
  expect(Object.keys(answers.effets_individuels as Tree)).toEqual(['lien_social']);
  expect(Object.keys(answers.effets_collectifs as Tree)).toEqual(['reseau_de_personnes']);
});

test('what the grid has no field for is listed as left out, with why: a bloc whole, or the keys lieu did not take', () => {
  const { leftOut } = imported('Aquarium');
  expect(leftOut).toEqual([
    expect.objectContaining({
      why: 'no-field',
      what: expect.arrayContaining(['tags', 'blocs.valeurs', 'blocs.presentation.donnees.date_creation', 'blocs.accessibilite.donnees.transports']),
    }),
  ]);
  const what = leftOut[0]?.what ?? [];
  for (const taken of ['address.address', 'address.postalcode', 'blocs.presentation', 'blocs.presentation.donnees.surface', 'blocs.accessibilite.donnees.publics']) {
    expect(what).not.toContain(taken);
  }
});

test('Le 6b: its website from its networks; Chez FRED, whose link is empty, has none', () => {
  expect(imported('Le-6b').sites[0]?.answers.lieu).toMatchObject({ site_web: 'https://www.le6b.fr', surface: 7000, date_ouverture: '2010-01-01' });
  expect(imported('Chez-FRED').sites[0]?.answers.lieu).not.toHaveProperty('site_web');
});

test('a date of the panorama that is not one is refused in words, with where it is', () => {
  const { sites, diagnostics } = importPlace('lieu.json', { name: 'Lieu', blocs: { presentation: { donnees: { date_ouverture: 'bientôt', surface: 120 } } } });
  expect(sites[0]?.answers.lieu).toEqual({ nom: 'Lieu', surface: 120 });
  expect(diagnostics).toEqual([expect.objectContaining({ severity: 'error', code: 'import-not-a-partial-date', path: 'blocs.presentation.donnees.date_ouverture' })]);
});

test('choices the questionnaire stores as labels become option ids; a label that names nothing is refused', () => {
  const answers = {
    name: 'Lieu',
    blocs: {
      impact_social: {
        donnees: {
          impact_social_public: ['personnes travaillant sur le site', 'bénévoles'],
          impact_social_frequence: 'quotidienne',
          capacite_agir_nombre: '3',
          innovation_publique_type: ['budget participatif'],
          cadre_de_vie_image: 'une image de marque',
          intensite_effets_individuels: 4,
        },
      },
    },
  };
  const { sites, diagnostics, leftOut } = importPlace('lieu.json', answers);
  expect(criterion(sites[0]?.answers ?? {}, 'effets_individuels', 'lien_social')).toEqual({ publics: ['personnes_travaillant_sur_le_site', 'benevoles'], frequence: 'quotidienne' });
  expect(criterion(sites[0]?.answers ?? {}, 'effets_individuels', 'capacite_agir')).toEqual({ nouveaux_projets: 3 });
  expect(criterion(sites[0]?.answers ?? {}, 'effets_territoriaux', 'innovation_publique')).toEqual({ pratiques: ['budget participatif'] });
  expect(diagnostics).toEqual([expect.objectContaining({ code: 'import-unknown-choice', path: 'blocs.impact_social.donnees.cadre_de_vie_image' })]);
  expect(leftOut).toEqual([expect.objectContaining({ why: 'other-scale', what: ['intensite_effets_individuels'] })]);
});

test('a JSON that is not a place file is refused', () => {
  expect(importPlace('x.json', { hello: 1 }).diagnostics.map((d) => d.code)).toEqual(['import-not-a-place']);
});

test.each(['Aquarium', 'Chez-FRED', 'Le-6b', 'Le-Telegraphe'])('%s is written as a valid evaluation', (name) => {
  const site = imported(name).sites[0];
  const text = evaluationYaml(site?.answers ?? {}, 'evaluation.schema.json', 'note');
  const parsed = parseSource(`${name}.yaml`, new TextEncoder().encode(text));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.diagnostics));
  expect(validate(parsed.loaded).filter((d) => d.severity === 'error')).toEqual([]);
});
