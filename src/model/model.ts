/**
 * Stage 4: the report model — everything a report says, as data, in one language. Markdown, JSON
 * and PDF are all written from it (`impact build --format json` prints it).
 */
import { FAMILIES, SITE_FIELDS, fieldsOf } from '../grid/grid.js';
import { DEFAULT_LANG, type Criterion, type Field, type Lang } from '../grid/types.js';
import { hasAnswer, missingFields } from '../grid/answers.js';
import { joinList, lowerFirst } from '../words/prose.js';
import { wordsOf } from '../words/words.js';
import { explainCriterion, explainFamily } from '../score/explain.js';
import type { CriterionStatus, FamilyScore, FamilyStatus } from '../score/score.js';
import { synthesisModel, type SynthesisModel } from './synthesis.js';
import { labelled, contextModel, type ContextModel, type SiteDescription, type SiteDetail } from './context.js';

export type { SiteDetail } from './context.js';

export interface OptionValue {
  readonly id: string;
  readonly label: string;
  /** For a single choice, the label of the field it answers (e.g. a group in égalité femmes/hommes). */
  readonly champ?: string;
  /** The label for a sentence about one person, where it differs. */
  readonly label_un?: string;
  /** A free string written in an open list, not an option of the grid. */
  readonly libre?: true;
}

export type AnswerValue = OptionValue | readonly OptionValue[] | number | string | readonly string[];

export interface CriterionModel {
  readonly id: string;
  readonly titre: string;
  /** Its name inside a sentence, with its article (« l’insertion professionnelle »). */
  readonly nom: string;
  readonly question: string;
  readonly renseigne: boolean;
  /** non renseigné, décrit (in words only) or noté. */
  readonly statut: CriterionStatus;
  readonly score: number;
  /** What its negative findings say, one at least for each (none: its answers record no negative effect): the labels of the options the grid marks negative, the account of a negative effect. Reported, never scored. */
  readonly constats_negatifs: readonly string[];
  /** What earned its points: the labels of the options of the first field that scored. */
  readonly constats_positifs: readonly string[];
  readonly explication: readonly string[];
  /** The answered fields only, options resolved to their labels. */
  readonly reponses: Readonly<Record<string, AnswerValue>>;
}

export interface FamilyModel {
  readonly id: string;
  readonly titre: string;
  /** Its name inside a sentence, with its article (« les effets individuels »). */
  readonly nom: string;
  readonly renseignee: boolean;
  readonly statut: FamilyStatus;
  /** 1..4; 0 for "non évalué", "effets décrits" or "aucun effet positif" (see `statut`); the committee's value when it gave one. */
  readonly score: number;
  readonly score_calcule: number;
  readonly avis_comite?: { readonly valeur: number; readonly justification: string };
  readonly mots_cles: readonly string[];
  readonly explication: readonly string[];
  readonly criteres: readonly CriterionModel[];
  /** The titles of its unanswered criteria as written inside a sentence (« santé »), for the one sentence that names them. */
  readonly criteres_non_renseignes: readonly string[];
}

/**
 * What one family's answers leave out: its criteria with no answer (`tous` when none of them
 * has one), and the fields its answered criteria leave empty among those that apply to them.
 */
export interface Unanswered {
  readonly famille: string;
  readonly tous: boolean;
  readonly sans_reponse: readonly string[];
  readonly a_completer: readonly { readonly critere: string; readonly champs: readonly string[] }[];
}

export interface ReportModel extends ContextModel {
  readonly langue: Lang;
  readonly lieu: SiteDescription & {
    readonly nom: string;
    readonly commune?: string;
    readonly periode?: string;
    readonly date_evaluation?: string;
    readonly evaluateurs?: readonly string[];
  };
  /** The site's details other than its name, labelled, dates written out. */
  readonly details: readonly SiteDetail[];
  readonly familles: readonly FamilyModel[];
  /** The synthesis page: the families in words, the points to watch, how much was answered. */
  readonly synthese: SynthesisModel;
  /** What the evaluation does not say, for the annex. */
  readonly non_renseignes: readonly Unanswered[];
  /** Whether the report quotes the evaluators' words (answers, keywords) in a language other than its own: it then says they are quoted as written. */
  readonly citations_en_langue_d_origine: boolean;
}

type Answers = Readonly<Record<string, unknown>>;

function resolve(field: Field, value: unknown, lang: Lang): AnswerValue {
  const option = (id: string): OptionValue => {
    const found = field.options?.find((o) => o.id === id);
    if (!found) return { id, label: id, libre: true };
    return { id, label: found.label[lang], ...(found.singular ? { label_un: found.singular[lang] } : {}) };
  };
  switch (field.kind) {
    case 'single':
      return { ...option(value as string), champ: field.label[lang] };
    case 'multi':
      return (value as string[]).map(option);
    default:
      return value as AnswerValue;
  }
}

/** The labels of `ids` among `field`'s options, an id the grid does not have (a free item) as written. */
const labelsOf = (field: Field | undefined, ids: readonly string[], lang: Lang): string[] =>
  ids.map((id) => field?.options?.find((o) => o.id === id)?.label[lang] ?? id);

function findings(criterion: Criterion, scored: FamilyScore['criteria'][number], answers: Answers | undefined, lang: Lang) {
  const fieldOf = (id: string) => fieldsOf(criterion).find((f) => f.id === id);
  const { colon, quote } = wordsOf(lang).typography;
  const negatives = scored.reasons.flatMap((r) => {
    if (r.kind !== 'negative') return [];
    const field = fieldOf(r.field);
    const labels = labelsOf(field, r.options, lang);
    // The evaluators' account, and a list of groups (« voisin·e·s »), say what they are only with their field's label.
    const said = r.options.length === 0 ? quote(String(answers?.[r.field])) : field?.kind === 'multi' ? joinList(labels, lang) : undefined;
    return field && said !== undefined ? [`${lowerFirst(field.label[lang])}${colon} ${said}`] : labels;
  });
  const scoring = scored.reasons.find((r) => (r.kind === 'options' || r.kind === 'choice') && r.points > 0);
  const positives = (() => {
    if (scoring?.kind === 'choice') return labelsOf(fieldOf(scoring.field), [scoring.option], lang);
    if (scoring?.kind !== 'options') return [];
    const field = fieldOf(scoring.field);
    const chosen = (answers?.[scoring.field] as string[]).filter(hasAnswer);
    return labelsOf(field, chosen.filter((id) => !field?.options?.find((o) => o.id === id)?.negative), lang);
  })();
  return { constats_negatifs: negatives, constats_positifs: positives };
}

function criterionModel(criterion: Criterion, scored: FamilyScore['criteria'][number], answers: Answers | undefined, lang: Lang): CriterionModel {
  const reponses = Object.fromEntries(
    fieldsOf(criterion)
      .filter((f) => hasAnswer(answers?.[f.id]))
      .map((f) => [f.id, resolve(f, answers?.[f.id], lang)]),
  );
  return {
    id: criterion.id,
    titre: criterion.label[lang],
    nom: criterion.named[lang],
    question: criterion.question[lang],
    renseigne: scored.answered,
    statut: scored.status,
    score: scored.score,
    ...findings(criterion, scored, answers, lang),
    explication: explainCriterion(criterion, scored, lang),
    reponses,
  };
}

/** Whether a family prints the evaluators' own words: keywords, the committee's reasons, a written answer, an option written out. */
function quotesEvaluators(family: FamilyModel): boolean {
  const written = (value: unknown): boolean => typeof value === 'string' || (typeof value === 'object' && value !== null && 'libre' in value);
  const quoted = (value: AnswerValue): boolean => (Array.isArray(value) ? value.some(written) : written(value));
  return family.mots_cles.length > 0 || family.avis_comite !== undefined || family.criteres.some((c) => Object.values(c.reponses).some(quoted));
}

export function buildModel(data: Answers, scores: readonly FamilyScore[], lang: Lang): ReportModel {
  const lieu = data.lieu as ReportModel['lieu'];
  const details = labelled(
    SITE_FIELDS.filter((f) => f.id !== 'nom'),
    data.lieu as Answers,
    lang,
  );
  const familles = FAMILIES.flatMap((family, i): FamilyModel[] => {
    const answers = data[family.id] as Answers | null | undefined;
    if (family.optional && !(family.id in data)) return [];
    const scored = scores[i] as FamilyScore;
    const criteres = family.criteria.map((c, j) =>
      criterionModel(c, scored.criteria[j] as FamilyScore['criteria'][number], answers?.[c.id] as Answers | undefined, lang),
    );
    return [
      {
        id: family.id,
        titre: family.label[lang],
        nom: family.named[lang],
        renseignee: scored.answered,
        statut: scored.status,
        score: scored.score,
        score_calcule: scored.computed,
        ...(scored.override ? { avis_comite: scored.override } : {}),
        mots_cles: (answers?.mots_cles as string[] | undefined) ?? [],
        explication: explainFamily(scored, lang),
        criteres,
        criteres_non_renseignes: criteres.filter((c) => !c.renseigne).map((c) => lowerFirst(c.titre)),
      },
    ];
  });
  const non_renseignes = FAMILIES.flatMap((family): Unanswered[] => {
    const shown = familles.find((f) => f.id === family.id);
    if (!shown) return [];
    const answers = data[family.id] as Answers | null | undefined;
    const criteria = family.criteria.map((criterion, j) => {
      const { renseigne, titre } = shown.criteres[j] as CriterionModel;
      const empty = renseigne ? missingFields(criterion, answers?.[criterion.id] as Answers | undefined) : [];
      return { renseigne, critere: titre, champs: empty.map((f) => f.label[lang]) };
    });
    const sans_reponse = criteria.filter((c) => !c.renseigne).map((c) => c.critere);
    const a_completer = criteria.filter((c) => c.champs.length > 0).map(({ critere, champs }) => ({ critere, champs }));
    if (sans_reponse.length === 0 && a_completer.length === 0) return [];
    return [{ famille: shown.titre, tous: sans_reponse.length === criteria.length, sans_reponse, a_completer }];
  });
  const citations_en_langue_d_origine = (data.langue ?? DEFAULT_LANG) !== lang && familles.some(quotesEvaluators);
  return { langue: lang, lieu, details, ...contextModel(data, lang), familles, synthese: synthesisModel(familles), non_renseignes, citations_en_langue_d_origine };
}
