import fc from 'fast-check';
import { FAMILIES, fieldsOf } from '../src/grid/grid.js';
import type { Criterion, Field } from '../src/grid/types.js';
import { familyScoreFrom, scoreCriterion, scoreEvaluation, type FamilyScore } from '../src/score/score.js';
import { parseSource } from '../src/load/load.js';
import { readFileSync } from 'node:fs';

const criterion = (id: string): Criterion => {
  const found = FAMILIES.flatMap((f) => f.criteria).find((c) => c.id === id);
  if (!found) throw new Error(id);
  return found;
};

describe('criterion scores', () => {
  test.each([
    ['lien_social', undefined, 0, 'absent'],
    ['lien_social', null, 0, 'present with no answer'],
    ['lien_social', { publics: [] }, 0, 'an empty list is no answer'],
    ['lien_social', { publics: ['benevoles'] }, 1, 'one option'],
    ['lien_social', { publics: ['benevoles', 'voisins', 'visiteurs'] }, 2, 'a list adds at most 2'],
    ['lien_social', { publics: ['benevoles', 'voisins'], occasions: ['vie_du_projet', 'temps_de_rencontre'] }, 3, 'capped at 3 without evidence'],
    ['lien_social', { publics: ['benevoles', 'voisins'], occasions: ['vie_du_projet'], exemple: 'un repas' }, 4, 'an example substantiates'],
    ['lien_social', { exemple: 'un repas' }, 0, 'an example alone is reported, not scored'],
    ['sante', { effets: ['bien_etre'], autres: ['mieux dormir'] }, 1, 'free observations carry no points'],
    ['insertion_professionnelle', { beneficiaires: 0 }, 0, 'a count of 0'],
    ['insertion_professionnelle', { beneficiaires: 19 }, 1, 'a count below the threshold'],
    ['insertion_professionnelle', { beneficiaires: 20 }, 2, 'a count at the threshold'],
    ['insertion_professionnelle', { beneficiaires: 150, effets: ['diplomes', 'accompagnement'] }, 4, 'a figure substantiates too'],
    ['inclusion_exclusion', { constat: 'appartenance' }, 3, 'a single choice that finds the effect'],
    ['inclusion_exclusion', { constat: 'exclusion', exemple: 'x' }, 0, 'a negative finding with an example'],
    ['inclusion_exclusion', { constat: 'les_deux', publics_exclus: ['voisins'] }, 1, 'excluded groups are not scored'],
    ['egalite_femmes_hommes', { equipe: 'autant', dirigeants: 'plus_d_hommes' }, 1, 'parity or more women count'],
    ['entretien_des_espaces', { effets: 'negatifs', negatifs: ['dechets', 'degradations'] }, 0, 'negative options'],
    ['services_publics', { gestion_urbaine: 'surcharge', besoins_urgents: ['hebergement'] }, 1, 'an overload is not scored'],
    ['innovation_publique', { effet: 'aucun', pratiques: ['un budget participatif'] }, 1, 'new practices count once'],
  ])('%s %j → %i (%s)', (id, answers, expected, _reason) => {
    expect(scoreCriterion(criterion(id), answers as never).score).toBe(expected);
  });

  test('a criterion is answered as soon as one field is', () => {
    expect(scoreCriterion(criterion('capacite_agir'), { nouveaux_projets: 0 }).answered).toBe(true);
    expect(scoreCriterion(criterion('capacite_agir'), { portes_par: [] }).answered).toBe(false);
  });
});

describe('family scores', () => {
  test.each([
    [[], 0, 'nothing scored'],
    [[0, 0], 0, 'answered, but no positive effect'],
    [[4], 2, 'one strong criterion alone'],
    [[4, 3, 2, 0], 3, 'the two best, rounded down'],
    [[4, 4], 4, 'two strong criteria'],
    [[1, 0, 0], 1, 'at least 1'],
  ])('%j → %i (%s)', (scores, expected) => {
    expect(familyScoreFrom(scores).computed).toBe(expected);
  });
});

describe('calibration on the seed', () => {
  const bytes = readFileSync(new URL('../examples/la-petite-manchester.yaml', import.meta.url));
  const result = parseSource('seed', bytes);
  if (!result.ok) throw new Error('the seed does not load');
  const scores = scoreEvaluation(result.loaded.data);
  const byId = (id: string) => scores.find((f) => f.id === id) as FamilyScore;

  test('individual +++, collective ++++, territorial ++++, no override', () => {
    expect(byId('effets_individuels').score).toBe(3);
    expect(byId('effets_collectifs').score).toBe(4);
    expect(byId('effets_territoriaux').score).toBe(4);
    expect(scores.every((f) => f.override === undefined)).toBe(true);
  });

  test('the optional family is not evaluated', () => {
    expect(byId('effets_projet_urbain').answered).toBe(false);
    expect(byId('effets_projet_urbain').computed).toBe(0);
  });

  test('the committee’s intensity wins and the computed one is kept', () => {
    const data = { ...result.loaded.data, effets_individuels: { ...(result.loaded.data.effets_individuels as object), intensite: { valeur: 1, justification: 'x' } } };
    const family = scoreEvaluation(data)[0] as FamilyScore;
    expect([family.score, family.computed]).toEqual([1, 3]);
  });
});

/** Answers to one criterion, drawn from its fields. */
function answersOf(c: Criterion): fc.Arbitrary<Record<string, unknown>> {
  const fieldValue = (f: Field): fc.Arbitrary<unknown> => {
    const ids = (f.options ?? []).map((o) => o.id);
    switch (f.kind) {
      case 'single':
        return fc.constantFrom(...ids);
      case 'multi':
        return fc.subarray(ids);
      case 'count':
        return fc.nat({ max: 200 });
      case 'texts':
        return fc.array(fc.string({ minLength: 1 }), { maxLength: 3 });
      default:
        return fc.string({ minLength: 1 });
    }
  };
  return fc.record(Object.fromEntries(fieldsOf(c).map((f) => [f.id, fieldValue(f)])), { requiredKeys: [] });
}

const criteria = FAMILIES.flatMap((f) => f.criteria);

/** One more observation on top of `answers`, and whether it is a positive one. */
function addObservation(c: Criterion, answers: Record<string, unknown>, pick: number): { next: Record<string, unknown>; positive: boolean } | undefined {
  const fields = fieldsOf(c);
  const field = fields[pick % fields.length] as Field;
  const current = answers[field.id];
  switch (field.kind) {
    case 'multi': {
      const chosen = (current as string[] | undefined) ?? [];
      const option = (field.options ?? []).find((o) => !chosen.includes(o.id));
      if (!option) return undefined;
      return { next: { ...answers, [field.id]: [...chosen, option.id] }, positive: !option.negative };
    }
    case 'count':
      return { next: { ...answers, [field.id]: ((current as number | undefined) ?? 0) + 1 + pick }, positive: true };
    case 'text':
      return current === undefined ? { next: { ...answers, [field.id]: 'un exemple' }, positive: true } : undefined;
    case 'texts':
      return { next: { ...answers, [field.id]: [...((current as string[] | undefined) ?? []), 'une observation'] }, positive: true };
    case 'single': {
      if (current !== undefined) return undefined;
      const option = (field.options ?? [])[pick % (field.options?.length ?? 1)];
      return option ? { next: { ...answers, [field.id]: option.id }, positive: !option.negative } : undefined;
    }
    default:
      return undefined;
  }
}

describe('properties', () => {
  const drawn = fc.constantFrom(...criteria).chain((c) => fc.tuple(fc.constant(c), answersOf(c), fc.nat()));

  test('adding a positive observation never lowers a criterion score; a negative one never raises it', () => {
    fc.assert(
      fc.property(drawn, ([c, answers, pick]) => {
        const added = addObservation(c, answers, pick);
        if (!added) return;
        const before = scoreCriterion(c, answers).score;
        const after = scoreCriterion(c, added.next).score;
        if (added.positive) expect(after).toBeGreaterThanOrEqual(before);
        else expect(after).toBeLessThanOrEqual(before);
      }),
      { numRuns: 500 },
    );
  });

  test('scores stay within 0..4, and a family with a positive effect within 1..4', () => {
    fc.assert(
      fc.property(drawn, ([c, answers]) => {
        const { score } = scoreCriterion(c, answers);
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(4);
      }),
    );
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 1 }), (scores) => {
        const { computed } = familyScoreFrom(scores);
        expect(computed).toBeGreaterThanOrEqual(scores.some((s) => s > 0) ? 1 : 0);
        expect(computed).toBeLessThanOrEqual(4);
      }),
    );
  });

  test('a family score never drops when a criterion score rises', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 1, maxLength: 6 }), fc.nat(), (scores, i) => {
        const index = i % scores.length;
        const raised = scores.map((s, j) => (j === index ? Math.min(4, s + 1) : s));
        expect(familyScoreFrom(raised).computed).toBeGreaterThanOrEqual(familyScoreFrom(scores).computed);
      }),
    );
  });
});
