/**
 * The synthesis in words: each family's sentence from its strongest criteria, each criterion
 * said by its own sentence form (templates/<lang>/synthese/<id>.hbs), for every shape of
 * answer; the « Points de vigilance » as sentences; and, for every evaluation drawn from the
 * grid, sentences that read as sentences in both languages, French with its no-break spaces.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { FAMILIES, fieldsOf } from '../src/grid/grid.js';
import { LANGS, type Field, type Lang } from '../src/grid/types.js';
import { buildModel, type ReportModel } from '../src/model/model.js';
import { TOURNURES, tournure } from '../src/model/synthesis.js';
import { renderMarkdown } from '../src/render/markdown.js';
import { TEMPLATES_DIR } from '../src/runtime/paths.js';
import { scoreEvaluation } from '../src/score/score.js';
import { wordsOf } from '../src/words/words.js';
import { evaluation, type Evaluation } from './support/arbitraries.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 200);

const modelOf = (data: Evaluation, lang: Lang): ReportModel => buildModel(data, scoreEvaluation(data), lang);

/** The synthesis's paragraphs on the families, in report order, and its « Points de vigilance » lines. */
function synthesis(markdown: string): { familles: string[]; vigilance: string[] } {
  const start = markdown.search(/^## (Synthèse|Summary)$/m);
  const section = markdown.slice(start, markdown.indexOf('\n|', start));
  return {
    familles: section.split('\n\n').map((block) => block.trim()).filter((block) => /^(\*\*|Pour \*\*|For \*\*)/.test(block)),
    vigilance: section.split('\n').filter((line) => line.startsWith('- ')),
  };
}

/** The paragraph on `family` of a report whose only answers are `answers`. */
function paragraph(family: string, answers: Evaluation, lang: Lang = 'fr'): string {
  const data = { version: 1, lieu: { nom: 'Le Lieu' }, [family]: answers };
  const index = modelOf(data, lang).familles.findIndex((f) => f.id === family);
  return synthesis(renderMarkdown(modelOf(data, lang))).familles[index] ?? '';
}

const NBSP = '\u00A0';

test('every criterion has its sentence form in every language', () => {
  for (const lang of LANGS) {
    for (const criterion of FAMILIES.flatMap((f) => f.criteria)) expect(existsSync(join(TEMPLATES_DIR, lang, 'synthese', `${criterion.id}.hbs`))).toBe(true);
  }
});

describe('a family’s sentence says its strongest criteria by their own sentence forms', () => {
  test.each([
    ['fr', { beneficiaires: 0, effets: ['emplois_exterieur'] }, `aucune personne n’a encore bénéficié des actions de formation ou d’accompagnement, qui ont néanmoins permis à certaines personnes d’obtenir un emploi à l’extérieur du lieu.`],
    ['fr', { beneficiaires: 1, effets: ['nouvelle_confiance', 'accompagnement'] }, `ont bénéficié à une personne et lui ont permis de reprendre confiance et d’être accompagnée dans ses démarches.`],
    ['fr', { beneficiaires: 150, effets: ['emplois_exterieur'] }, `ont bénéficié à 150${NBSP}personnes et ont permis à certaines personnes d’obtenir un emploi à l’extérieur du lieu.`],
    ['fr', { effets: ['diplomes', 'creation_activite'] }, `mises en place ont permis à certaines personnes d’obtenir un diplôme ou une qualification et à certaines personnes de créer leur activité.`],
    ['en', { beneficiaires: 1, effets: ['diplomes', 'creation_activite'] }, 'benefited one person and enabled them to earn a diploma or a qualification and start their own business.'],
    ['en', { beneficiaires: 2, effets: ['emplois_exterieur'] }, `benefited 2${NBSP}people and enabled some people to find work outside the site.`],
  ] as const)('insertion professionnelle (%s) %j: counts 0, 1 and many, one person’s own words', (lang, answers, expected) => {
    expect(paragraph('effets_individuels', { insertion_professionnelle: answers }, lang)).toContain(expected);
  });

  test.each([
    ['fr', { nouveaux_projets: 1, portes_par: ['occupants'] }, 'le lieu a vu émerger un nouveau projet imprévu, porté par des occupant·e·s.'],
    ['fr', { nouveaux_projets: 3, portes_par: ['occupants', 'benevoles'] }, `le lieu a vu émerger 3${NBSP}nouveaux projets ou actions imprévus, portés par des occupant·e·s et des bénévoles.`],
    ['fr', { nouveaux_projets: 0, portes_par: ['benevoles'] }, 'aucun nouveau projet ni aucune nouvelle action imprévue portés par des bénévoles n’a émergé.'],
    ['en', { nouveaux_projets: 1 }, 'the site saw one new, unplanned project or activity start.'],
  ] as const)('capacité à agir (%s) %j', (lang, answers, expected) => {
    expect(paragraph('effets_individuels', { capacite_agir: answers }, lang)).toContain(expected);
  });

  test.each([
    ['fr', { publics: ['benevoles'] }, 'des échanges ont été observés parmi les bénévoles.'],
    ['fr', { publics: ['benevoles', 'voisins'], frequence: 'hebdomadaire' }, 'des échanges ont été observés entre bénévoles et voisin·e·s, qui se rencontrent chaque semaine.'],
    ['fr', { frequence: 'quotidienne' }, 'des publics différents se rencontrent chaque jour.'],
    ['en', { occasions: ['vie_du_projet'] }, 'exchanges between groups were observed in the day-to-day life of the project.'],
  ] as const)('lien social (%s) %j: one choice or many', (lang, answers, expected) => {
    expect(paragraph('effets_individuels', { lien_social: answers }, lang)).toContain(expected);
  });

  test('one urgent need or many, the improved urban management, the parity by groups', () => {
    expect(paragraph('effets_territoriaux', { services_publics: { besoins_urgents: ['hebergement'] } })).toContain('répondre à un besoin social urgent du territoire (hébergement).');
    expect(paragraph('effets_territoriaux', { services_publics: { gestion_urbaine: 'amelioree', besoins_urgents: ['hebergement', 'aide_alimentaire'] } }, 'en')).toContain(
      'the project improved urban management and helped to meet urgent social needs in the area (housing and food aid).',
    );
    expect(paragraph('effets_collectifs', { egalite_femmes_hommes: { equipe: 'autant', publics: 'plus_de_femmes' } })).toContain(
      `concernant l’équipe de gestion et d’animation du lieu, il y a autant de femmes que d’hommes\u202F; concernant les publics, les femmes sont plus nombreuses que les hommes.`,
    );
  });

  test('a practice in the evaluators’ words is quoted as written among the grid’s', () => {
    const answers = { innovation_publique: { effet: 'difficile', pratiques: ['experimentation', 'un budget participatif'] } };
    expect(paragraph('effets_territoriaux', answers)).toContain('difficiles à mettre en œuvre (surcharge de travail, réorganisation), notamment l’expérimentation avant la décision et un budget participatif.');
  });

  test('the strongest first, the second in a sentence of its own; points said briefly', () => {
    const text = paragraph('effets_collectifs', { solidarite: { types: ['espaces'] }, inclusion_exclusion: { constat: 'appartenance', exemple: 'une fête' } });
    expect(text).toBe(
      `**Les effets collectifs** (++) se lisent avant tout dans le sentiment d’inclusion ou d’exclusion (4${NBSP}points sur 4)${NBSP}: certaines personnes se sentent faire partie d’un groupe autour du projet. ` +
        `Ils se lisent aussi dans la solidarité (1${NBSP}point sur 4)${NBSP}: des échanges, dons ou mutualisations portant sur les espaces ont été observés.`,
    );
  });

  test('no two families of a report say what their effects rest on alike', () => {
    const data = {
      version: 1,
      lieu: { nom: 'X' },
      effets_individuels: { sante: { effets: ['bien_etre'] } },
      effets_collectifs: { solidarite: { types: ['espaces'] } },
      effets_territoriaux: { cadre_de_vie: { image: 'positive' } },
      effets_projet_urbain: { programmation_urbaine: { effets: ['programmation'] } },
    };
    for (const lang of LANGS) {
      const openings = synthesis(renderMarkdown(modelOf(data, lang))).familles.map((p) => /\) (.*?) (la|le|l’|les|health|solidarity|the|urban)\b/u.exec(p)?.[1]);
      expect(new Set(openings).size).toBe(4);
    }
    const keys = Array.from({ length: TOURNURES }, (_, n) => Object.values(tournure(n))).flat();
    for (const lang of LANGS) expect(keys.filter((key) => !(key in wordsOf(lang).report))).toEqual([]);
  });
});

describe('a family without rated effects says which it is', () => {
  test.each([
    ['fr', { solidarite: { exemple: 'prêt de machines' } }, 'Pour **les effets collectifs**, la réponse sur la solidarité est rédigée en mots seulement\u00A0: décrits, ces effets ne sont pas notés.'],
    ['en', { solidarite: { exemple: 'a' }, reseau_de_personnes: { exemple: 'b' } }, 'For **collective effects**, the answers on solidarity and networks of people are written in words only: described, these effects are not rated.'],
    ['fr', { inclusion_exclusion: { constat: 'exclusion' } }, 'Pour **les effets collectifs**, la réponse sur le sentiment d’inclusion ou d’exclusion ne constate aucun effet positif\u202F; les constats négatifs figurent parmi les points de vigilance.'],
    ['en', { inclusion_exclusion: { constat: 'aucun' }, egalite_femmes_hommes: { equipe: 'plus_d_hommes' } }, 'For **collective effects**, the answers on the sense of inclusion or exclusion and gender equality record no positive effect.'],
  ] as const)('(%s) %j', (lang, answers, expected) => {
    expect(paragraph('effets_collectifs', answers, lang)).toBe(expected);
  });

  test('a family none of whose criteria is answered says so when another family is answered', () => {
    const data = { version: 1, lieu: { nom: 'Le Lieu' }, effets_individuels: { sante: { exemple: 'mieux dormir' } } };
    const model = modelOf(data, 'fr');
    const index = model.familles.findIndex((f) => f.id === 'effets_collectifs');
    expect(synthesis(renderMarkdown(model)).familles[index]).toBe('Pour **les effets collectifs**, aucun critère n’est renseigné.');
  });

  test('a blank evaluation’s synthesis is its count sentence alone, not one « nothing answered » per family', () => {
    const markdown = renderMarkdown(modelOf({ version: 1, lieu: { nom: 'Le Lieu' } }, 'fr'));
    expect(synthesis(markdown).familles).toEqual([]);
    expect(markdown).toContain(`Sur 13 critères, aucun n’est renseigné.\n\n## Effets individuels`);
    // Nor an annex that announces points it does not detail.
    expect(markdown).toContain(`## Annexe${NBSP}: le détail des points\n\nAucun critère n’est renseigné${NBSP}: il n’y a pas de points à détailler, seulement ce qui reste à renseigner.`);
  });

  test('the committee’s intensity is said to be the committee’s, and a described family is then not « not rated »', () => {
    const intensite = { valeur: 2, justification: 'vu sur place' };
    expect(paragraph('effets_collectifs', { intensite, solidarite: { exemple: 'prêt de machines' } })).toBe(
      'Pour **les effets collectifs** (++, intensité retenue par le comité), la réponse sur la solidarité est rédigée en mots seulement.',
    );
    expect(paragraph('effets_collectifs', { intensite, solidarite: { types: ['espaces'] } }, 'en')).toMatch(/^\*\*Collective effects\*\* \(\+\+, intensity set by the committee\) show in solidarity/);
  });
});

test('the points de vigilance: one line a criterion, each finding a sentence, the evaluators’ account quoted as written', () => {
  const answers = { entretien_des_espaces: { effets: 'negatifs', negatifs: ['dechets'], exemple_negatif: 'des bouteilles sur le quai' } };
  const data = { version: 1, lieu: { nom: 'X' }, effets_territoriaux: answers };
  expect(synthesis(renderMarkdown(modelOf(data, 'fr'))).vigilance).toEqual([
    `- **Entretien des espaces** (Effets sur le quartier et le territoire). Le projet a eu des effets négatifs sur l’entretien des espaces. Effets négatifs${NBSP}: des dépôts de déchets. Exemple d’effet négatif${NBSP}: «${NBSP}des bouteilles sur le quai${NBSP}».`,
  ]);
  expect(synthesis(renderMarkdown(modelOf(data, 'en'))).vigilance).toEqual([
    '- **Upkeep of spaces** (Effects on the neighbourhood and the area). The project had negative effects on the upkeep of spaces. Negative effects: dumped waste. Example of a negative effect: “des bouteilles sur le quai”.',
  ]);
});

/** The evaluation with every written answer one plain phrase: these checks are on impact's words (the evaluators' are printed as written, and tested so elsewhere). */
function plainTexts(data: Evaluation): Evaluation {
  const plain = { ...data };
  for (const family of FAMILIES) {
    const answers = data[family.id] as Evaluation | null | undefined;
    if (!answers) continue;
    plain[family.id] = Object.fromEntries(
      Object.entries(answers).map(([id, value]) => {
        const criterion = family.criteria.find((c) => c.id === id);
        if (!criterion || !value) return [id, value];
        const texts = fieldsOf(criterion).filter((f) => f.kind === 'text' || f.kind === 'texts');
        return [id, { ...(value as Evaluation), ...Object.fromEntries(texts.filter((f) => f.id in (value as Evaluation)).map((f) => [f.id, f.kind === 'text' ? 'un récit' : ['un récit']])) }];
      }),
    );
  }
  return plain;
}

/** What a sentence of impact's reads as: words, a full stop, no hole where an answer is missing; French spacing in French. */
function expectSentence(text: string, lang: Lang): void {
  expect(text.replace(/[-*\s]/g, '')).not.toBe('');
  expect(text).not.toMatch(/«[\s\u00A0]*»|“\s*”|\(\s*\)/);
  expect(text).not.toMatch(/[ \u00A0\u202F]{2}/);
  expect(text).not.toMatch(/\s[,.]/);
  expect(text).not.toMatch(/\.\.|,\.|undefined|null|NaN|\[object/);
  expect(text).toMatch(/\.$/);
  if (lang === 'fr') {
    expect(text).not.toMatch(/[^\u00A0][:»]|[^\u202F];|«[^\u00A0]/);
    expect(text).not.toMatch(/\d (points?|personnes?|nouveaux?)\b/);
  } else {
    expect(text).not.toMatch(/\s[:;]/);
  }
}

test('every criterion, answered by each of its fields alone (each option, one and many; counts 0, 1 and many), and by all of them together, is said in sentences', () => {
  const shapes = (field: Field): unknown[] => {
    const ids = (field.options ?? []).map((o) => o.id);
    if (field.kind === 'single') return ids;
    if (field.kind === 'multi') return [...ids.map((id) => [id]), ids];
    if (field.kind === 'count') return [0, 1, 25];
    return [];
  };
  for (const family of FAMILIES) {
    for (const criterion of family.criteria) {
      const answers = criterion.fields.flatMap((field) => shapes(field).map((value) => ({ [field.id]: value, exemple: 'un récit' })));
      const all = Object.fromEntries(criterion.fields.flatMap((field) => (shapes(field).length ? [[field.id, shapes(field).at(-1)]] : [])));
      for (const answer of [...answers, all]) {
        for (const lang of LANGS) {
          const text = paragraph(family.id, { [criterion.id]: answer }, lang);
          expectSentence(text, lang);
          if (modelOf({ version: 1, lieu: { nom: 'X' }, [family.id]: { [criterion.id]: answer } }, lang).familles.find((f) => f.id === family.id)?.statut === 'rated') {
            expect(text).toContain(` ${criterion.named[lang]} (`);
          }
        }
      }
    }
  }
});

test('for every evaluation drawn from the grid, every family has its paragraph of sentences, and every point de vigilance reads as sentences', () => {
  fc.assert(
    fc.property(evaluation.map(plainTexts), fc.constantFrom(...LANGS), (data, lang) => {
      const model = modelOf(data, lang);
      const { familles, vigilance } = synthesis(renderMarkdown(model));
      // A blank evaluation's synthesis is its count sentence alone.
      expect(familles).toHaveLength(model.synthese.renseignes > 0 ? model.familles.length : 0);
      (model.synthese.renseignes > 0 ? model.synthese.familles : []).forEach((family, i) => {
        const text = familles[i] ?? '';
        expectSentence(text, lang);
        expect(text.toLocaleLowerCase()).toContain(`**${family.nom}**`);
        for (const cited of family.points_forts) expect(text).toContain(` ${cited.nom} (`);
      });
      expect(new Set(model.synthese.familles.map((f) => f.tournure.premier)).size).toBe(model.synthese.familles.length);
      expect(vigilance).toHaveLength(model.synthese.vigilance.length);
      vigilance.forEach((line, i) => {
        expectSentence(line, lang);
        const concern = model.synthese.vigilance[i];
        expect(line.startsWith(`- **${concern?.critere}** (${concern?.famille}). `)).toBe(true);
        // Each finding a sentence: it opens with a capital (or the quote of the evaluators' words).
        for (const sentence of line.split(/(?<=\.) (?=\S)/u).slice(1)) expect(sentence).toMatch(/^[\p{Lu}«“]/u);
      });
    }),
    { numRuns: RUNS },
  );
}, 120_000);
