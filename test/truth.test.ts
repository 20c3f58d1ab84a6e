/**
 * A report says only what the answers say: a text answer is an answer, a field that does not
 * apply is not missing, parity is the equality effect, a bare yes or no is no evidence.
 */
import fc from 'fast-check';
import { applicability, inapplicableAnswers, isYesNo, missingFields } from '../src/grid/answers.js';
import { FAMILIES, fieldsOf } from '../src/grid/grid.js';
import type { Criterion, Family } from '../src/grid/types.js';
import { scoreCriterion, scoreEvaluation, scoreFamily } from '../src/score/score.js';
import type { Lang } from '../src/grid/types.js';
import { buildModel } from '../src/model/model.js';
import { renderMarkdown } from '../src/render/markdown.js';
import { familyAnswers } from './support/arbitraries.js';

const criterion = (id: string): Criterion => {
  const found = FAMILIES.flatMap((f) => f.criteria).find((c) => c.id === id);
  if (!found) throw new Error(id);
  return found;
};
const family = (id: string): Family => FAMILIES.find((f) => f.id === id) as Family;
const ids = (fields: readonly { id: string }[]) => fields.map((f) => f.id);

describe('a text answer is an answer', () => {
  test('a criterion answered only in words is described, not rated, and scores nothing', () => {
    const scored = scoreCriterion(criterion('lien_social'), { exemple: 'les voisines se retrouvent au café' });
    expect([scored.answered, scored.status, scored.score]).toEqual([true, 'described', 0]);
    expect(scored.reasons).toEqual([{ kind: 'described' }]);
  });

  test('free observations alone describe too', () => {
    expect(scoreCriterion(criterion('sante'), { autres: ['mieux dormir'] }).status).toBe('described');
  });

  test('a choice makes the criterion rated, even when it observes nothing positive', () => {
    expect(scoreCriterion(criterion('inclusion_exclusion'), { constat: 'exclusion', exemple: 'x' }).status).toBe('rated');
  });

  test('a family answered only in words is described, never « aucun effet positif »', () => {
    const scored = scoreFamily(family('effets_collectifs'), { solidarite: { exemple: 'prêt de machines à coudre' }, reseau_de_personnes: { exemple: 'une radio' } });
    expect([scored.status, scored.computed]).toEqual(['described', 0]);
  });

  test('« aucun effet positif » only when every answer is a choice or a count observing none', () => {
    const answers = { insertion_professionnelle: { beneficiaires: 0 }, capacite_agir: { nouveaux_projets: 0 } };
    expect(scoreFamily(family('effets_individuels'), answers).status).toBe('no-positive-effect');
    const withWords = { ...answers, lien_social: { exemple: 'des repas partagés' } };
    expect(scoreFamily(family('effets_individuels'), withWords).status).toBe('described');
  });

  test('a rated positive effect makes the family rated, words beside it or not', () => {
    const answers = { lien_social: { exemple: 'des repas partagés' }, sante: { effets: ['bien_etre'] } };
    expect(scoreFamily(family('effets_individuels'), answers)).toMatchObject({ status: 'rated', computed: 1 });
  });

  test('for any answers, a family with a criterion answered in words only is never « aucun effet positif »', () => {
    const drawn = fc.constantFrom(...FAMILIES).chain((f) => fc.tuple(fc.constant(f), familyAnswers(f)));
    fc.assert(
      fc.property(drawn, ([f, answers]) => {
        const scored = scoreFamily(f, answers);
        if (scored.criteria.some((c) => c.status === 'described')) expect(scored.status).not.toBe('no-positive-effect');
        if (scored.status === 'no-positive-effect') expect(scored.criteria.filter((c) => c.answered).every((c) => c.status === 'rated' && c.score === 0)).toBe(true);
        expect(scored.status === 'rated').toBe(scored.computed > 0);
      }),
      { numRuns: 300 },
    );
  });

  test('nothing answered is not assessed', () => {
    expect(scoreFamily(family('effets_territoriaux'), {}).status).toBe('not-assessed');
    expect(scoreFamily(family('effets_territoriaux'), { cadre_de_vie: null }).status).toBe('not-assessed');
  });
});

describe('a bare yes or no is no evidence', () => {
  test.each(['oui', 'Oui.', ' NON ', 'yes', 'No!', 'ok'])('%j is a bare yes or no', (text) => expect(isYesNo(text)).toBe(true));
  test.each(['oui, deux fois par mois', 'non-mixité choisie', 'Noé', 'accompagnement scolaire'])('%j says something', (text) =>
    expect(isYesNo(text)).toBe(false));

  test('it earns no point and does not lift the cap of an unsubstantiated criterion', () => {
    const answers = { publics: ['benevoles', 'voisins'], occasions: ['vie_du_projet', 'temps_de_rencontre'] };
    expect(scoreCriterion(criterion('lien_social'), { ...answers, exemple: 'oui' }).score).toBe(3);
    expect(scoreCriterion(criterion('lien_social'), { ...answers, exemple: 'un repas chaque jeudi' }).score).toBe(4);
    const bare = scoreCriterion(criterion('egalite_femmes_hommes'), { equipe: 'autant', exemple: 'oui' });
    expect(bare.score).toBe(1);
    expect(bare.reasons).toContainEqual({ kind: 'bare', field: 'exemple', text: 'oui' });
  });
});

describe('égalité femmes/hommes: parity is the equality effect', () => {
  const egalite = criterion('egalite_femmes_hommes');
  const groups = ['equipe', 'dirigeants', 'occupants', 'publics'];
  const answer = fc.constantFrom('plus_de_femmes', 'autant', 'plus_d_hommes');
  const mirrored = (id: string) => ({ plus_de_femmes: 'plus_d_hommes', plus_d_hommes: 'plus_de_femmes' })[id] ?? id;

  test('an imbalance either way scores nothing; parity scores one point per group', () => {
    expect(scoreCriterion(egalite, { equipe: 'plus_de_femmes', publics: 'plus_d_hommes' }).score).toBe(0);
    expect(scoreCriterion(egalite, { equipe: 'autant', dirigeants: 'autant', publics: 'plus_de_femmes' }).score).toBe(2);
  });

  test('women and men exchanged, the score is the same', () => {
    fc.assert(
      fc.property(fc.tuple(answer, answer, answer, answer), (chosen) => {
        const answers = Object.fromEntries(groups.map((g, i) => [g, chosen[i]]));
        const swapped = Object.fromEntries(groups.map((g, i) => [g, mirrored(chosen[i] as string)]));
        expect(scoreCriterion(egalite, swapped).score).toBe(scoreCriterion(egalite, answers).score);
      }),
    );
  });
});

describe('applicability is data in the grid', () => {
  const inclusion = criterion('inclusion_exclusion');
  const entretien = criterion('entretien_des_espaces');

  test('who may feel excluded applies only with exclusion or both', () => {
    expect(ids(missingFields(inclusion, { constat: 'appartenance' }))).toEqual([]);
    expect(ids(missingFields(inclusion, { constat: 'les_deux' }))).toEqual(['publics_exclus']);
    expect(ids(missingFields(inclusion, { exemple: 'x' }))).toEqual(['constat']);
    expect(ids(inapplicableAnswers(inclusion, { constat: 'appartenance', publics_exclus: ['voisins'] }))).toEqual(['publics_exclus']);
  });

  test('positive and negative details follow the effect chosen', () => {
    expect(ids(missingFields(entretien, { effets: 'negatifs' }))).toEqual(['negatifs']);
    expect(ids(missingFields(entretien, { effets: 'positifs' }))).toEqual(['positifs']);
    expect(ids(missingFields(entretien, { effets: 'mixtes' }))).toEqual(['positifs', 'negatifs']);
    expect(ids(missingFields(entretien, { effets: 'aucun' }))).toEqual([]);
    expect(ids(inapplicableAnswers(entretien, { effets: 'negatifs', positifs: ['proprete'], exemple_positif: 'x' }))).toEqual(['positifs', 'exemple_positif']);
  });

  test('details of a count do not apply when it is 0, and are expected while it is not given', () => {
    const capacite = criterion('capacite_agir');
    const portes = capacite.fields.find((f) => f.id === 'portes_par');
    if (!portes) throw new Error('portes_par');
    expect(applicability(portes, { nouveaux_projets: 0 })).toBe('does-not-apply');
    expect(applicability(portes, { nouveaux_projets: 2 })).toBe('applies');
    expect(applicability(portes, { exemple: 'x' })).toBe('applies');
  });

  test('every rule names a field of its criterion, and an option of it', () => {
    for (const c of FAMILIES.flatMap((f) => f.criteria)) {
      for (const field of c.fields) {
        const rule = field.appliesWhen;
        if (!rule) continue;
        const on = c.fields.find((f) => f.id === rule.field);
        expect(on).toBeDefined();
        if ('options' in rule) for (const id of rule.options) expect(ids(on?.options ?? [])).toContain(id);
        else expect(on?.kind).toBe('count');
      }
    }
  });
});

describe('the grid holds the questionnaire’s options', () => {
  const optionIds = (criterionId: string, fieldId: string) =>
    ids(fieldsOf(criterion(criterionId)).find((f) => f.id === fieldId)?.options ?? []);

  test('a weak sense of belonging, « nouvelle destination », innovation practices as choices, two entretien examples', () => {
    expect(optionIds('inclusion_exclusion', 'constat')).toContain('appartenance_faible');
    expect(optionIds('cadre_de_vie', 'evolutions')).toContain('nouvelle_destination');
    expect(optionIds('innovation_publique', 'pratiques').length).toBeGreaterThan(3);
    expect(ids(criterion('entretien_des_espaces').fields)).toEqual(expect.arrayContaining(['exemple_positif', 'exemple_negatif']));
  });

  test('practices: an option and a free string count alike, once', () => {
    const innovation = criterion('innovation_publique');
    expect(scoreCriterion(innovation, { effet: 'aucun', pratiques: ['un budget participatif'] }).score).toBe(1);
    expect(scoreCriterion(innovation, { effet: 'aucun', pratiques: ['co_construction', 'un budget participatif'] }).score).toBe(1);
  });

  test('a negative example is printed and never scored; a positive one substantiates', () => {
    const entretien = criterion('entretien_des_espaces');
    expect(scoreCriterion(entretien, { effets: 'negatifs', exemple_negatif: 'des déchets' }).score).toBe(0);
    expect(scoreCriterion(entretien, { effets: 'positifs', positifs: ['proprete'], exemple_positif: 'un jardin' }).score).toBe(4);
  });

  test('every option of insertion professionnelle can speak of one person, in both languages', () => {
    for (const option of fieldsOf(criterion('insertion_professionnelle')).flatMap((f) => f.options ?? [])) {
      expect(option.singular?.fr).toBeTruthy();
      expect(option.singular?.en).toBeTruthy();
    }
  });
});

describe('a count meets its sentence', () => {
  /** The paragraph a criterion of effets_individuels prints, spaces made plain. */
  const sentence = (id: string, answers: object, lang: Lang): string => {
    const data = { version: 1, lieu: { nom: 'X' }, effets_individuels: { [id]: answers } };
    const markdown = renderMarkdown(buildModel(data, scoreEvaluation(data), lang)).replace(/[\u00A0\u202F]/g, ' ');
    const title = `### ${criterion(id).label[lang]}\n\n`;
    const start = markdown.indexOf(title) + title.length;
    return (markdown.slice(start).split(/\n#/)[0] ?? '').trim();
  };

  test.each([
    ['fr', { beneficiaires: 1, effets: ['emplois_exterieur'] }, 'ont bénéficié à une personne et lui ont permis d’obtenir un emploi à l’extérieur du lieu.'],
    ['fr', { beneficiaires: 1, effets: ['nouvelle_confiance', 'accompagnement'] }, 'ont bénéficié à une personne et lui ont permis :\n\n- de reprendre confiance\n- d’être accompagnée dans ses démarches'],
    ['fr', { beneficiaires: 150, effets: ['emplois_exterieur'] }, 'ont bénéficié à 150 personnes et ont permis à certaines personnes d’obtenir un emploi à l’extérieur du lieu.'],
    ['en', { beneficiaires: 1, effets: ['emplois_exterieur'] }, 'benefited one person and enabled them to find work outside the site.'],
    ['en', { beneficiaires: 1, effets: ['diplomes', 'creation_activite'] }, 'benefited one person and enabled them to:\n\n- earn a diploma or a qualification\n- start their own business'],
    ['en', { beneficiaires: 2, effets: ['emplois_exterieur'] }, 'benefited 2 people and enabled some people to find work outside the site.'],
  ] as const)('insertion professionnelle (%s) %j', (lang, answers, expected) => {
    expect(sentence('insertion_professionnelle', answers, lang)).toContain(expected);
  });

  test.each([
    ['fr', 1, 'Le lieu a vu émerger un nouveau projet imprévu (atelier, évènement, marché…), porté par des occupant·e·s.'],
    ['fr', 3, 'Le lieu a vu émerger 3 nouveaux projets ou actions imprévus (atelier, évènement, marché…), portés par des occupant·e·s.'],
    ['en', 1, 'One new, unplanned project or activity (such as a workshop, an event, or a market) was started, led by occupants.'],
    ['en', 3, 'A total of 3 new, unplanned projects or activities (such as workshops, events, or markets) were started, led by occupants.'],
  ] as const)('capacité à agir (%s) with %i', (lang, n, expected) => {
    expect(sentence('capacite_agir', { nouveaux_projets: n, portes_par: ['occupants'] }, lang)).toBe(expected);
  });

  test('no sentence opens with digits, and a number is bound to its noun', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000 }), fc.integer({ min: 0, max: 100_000 }), fc.constantFrom<Lang>('fr', 'en'), (beneficiaires, projets, lang) => {
        const data = { version: 1, lieu: { nom: 'X' }, effets_individuels: { insertion_professionnelle: { beneficiaires }, capacite_agir: { nouveaux_projets: projets } } };
        const markdown = renderMarkdown(buildModel(data, scoreEvaluation(data), lang));
        expect(markdown).not.toMatch(/(^|[.!?] )\d/m);
        expect(markdown).not.toMatch(/\d (personnes?|people|person|nouveaux?|new)\b/);
      }),
      { numRuns: 40 },
    );
  });
});
