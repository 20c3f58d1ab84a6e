/**
 * « Ce qui n'a pas été renseigné » (issue 14.5): one entry per family, and a field that the
 * answers rule out is never asked for.
 */
import { parseSource } from '../src/load/load.js';
import { modelOf } from '../src/pipeline/stages.js';

const modelFor = (yaml: string) => {
  const result = parseSource('site.yaml', Buffer.from(yaml));
  if (!result.ok) throw new Error('the evaluation does not load');
  return modelOf(result.loaded, 'fr');
};

test('a field the answers rule out is not missing; one that applies is', () => {
  const model = modelFor(
    [
      'version: 1',
      'lieu: { nom: Test }',
      'effets_individuels:',
      '  capacite_agir: { nouveaux_projets: 0 }',
      '  insertion_professionnelle: { beneficiaires: 12 }',
      'effets_collectifs:',
      '  inclusion_exclusion: { constat: appartenance }',
    ].join('\n'),
  );
  const [individual, collective, territorial] = model.non_renseignes;
  // nouveaux_projets: 0 rules out portes_par; 12 beneficiaries make effets expected.
  expect(individual?.a_completer).toEqual([{ critere: 'Insertion professionnelle', champs: ['Ce que ces actions ont permis'] }]);
  expect(individual?.sans_reponse).toEqual(['Lien social', 'Santé', 'Transmission de savoir-faire personnel']);
  expect(individual?.tous).toBe(false);
  // Belonging, not exclusion: publics_exclus does not apply, so inclusion is complete.
  expect(collective?.a_completer).toEqual([]);
  expect(collective?.sans_reponse).not.toContain('Sentiment d’inclusion ou d’exclusion');
  expect(territorial).toMatchObject({ famille: 'Effets sur le quartier et le territoire', tous: true });
  expect(model.non_renseignes).toHaveLength(3);
});

test('one entry per family shown: the optional family the file leaves out is not listed', () => {
  const model = modelFor('version: 1\nlieu: { nom: Test }\neffets_individuels:\n  capacite_agir: { nouveaux_projets: 0 }\n');
  expect(model.non_renseignes.map((entry) => entry.famille)).toEqual(['Effets individuels', 'Effets collectifs', 'Effets sur le quartier et le territoire']);
  expect(model.non_renseignes[0]?.a_completer).toEqual([]);
});
