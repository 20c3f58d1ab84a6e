/**
 * What changed in one criterion between two evaluations of a site, read from the two report
 * models (never from the files again): its points, each answer with both values — choices added
 * or gone, a single choice or a count changed, a text rewritten —, and the negative findings that
 * appear or are resolved. Negative options are reported as findings only, never also as choices.
 */
import { fieldsOf } from '../grid/grid.js';
import type { Criterion, Field, Lang } from '../grid/types.js';
import type { AnswerValue, CriterionModel, OptionValue } from '../model/model.js';
import type { CriterionStatus } from '../score/score.js';
import { lowerFirst } from '../words/prose.js';
import { wordsOf } from '../words/words.js';

export type Direction = 'hausse' | 'baisse' | 'stable';

export const direction = (before: number, after: number): Direction => (after > before ? 'hausse' : after < before ? 'baisse' : 'stable');

/** One answer that changed, with both values; a side without the answer has none. */
export type FieldChange =
  | { readonly genre: 'choix'; readonly champ: string; readonly ajoutes: readonly string[]; readonly retires: readonly string[] }
  | { readonly genre: 'choix_unique'; readonly champ: string; readonly avant?: string; readonly apres?: string }
  | { readonly genre: 'nombre'; readonly champ: string; readonly avant?: number; readonly apres?: number }
  | { readonly genre: 'texte'; readonly champ: string; readonly avant?: string; readonly apres?: string }
  | { readonly genre: 'textes'; readonly champ: string; readonly ajoutes: readonly string[]; readonly retires: readonly string[] };

/** A criterion as one evaluation rates it. */
export interface CriterionState {
  readonly score: number;
  readonly statut: CriterionStatus;
}

export interface CriterionChange {
  readonly id: string;
  readonly titre: string;
  /** Absent when that evaluation does not answer it. */
  readonly avant?: CriterionState;
  readonly apres?: CriterionState;
  readonly seulement_avant: boolean;
  readonly seulement_apres: boolean;
  /** Of its points, when both evaluations answer it. */
  readonly sens: Direction;
  readonly changements: readonly FieldChange[];
  /** When both evaluations answer it: a finding of the second only appears, one of the first only is resolved. */
  readonly negatifs_apparus: readonly string[];
  readonly negatifs_resolus: readonly string[];
  /** When only one answers it: its findings, neither appeared nor resolved (the other evaluation says nothing). */
  readonly negatifs: readonly string[];
}

/** A quoted text's most characters: the rest is cut at a word and marked « … ». */
export const EXCERPT_LENGTH = 160;

/** `text` whole, or its beginning up to a word, marked as cut. */
export function excerpt(text: string, length = EXCERPT_LENGTH): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= length) return flat;
  const cut = flat.slice(0, length);
  const word = cut.lastIndexOf(' ');
  return `${(word > length / 2 ? cut.slice(0, word) : cut).replace(/[\s,;:.]+$/, '')}…`;
}

const options = (value: AnswerValue | undefined): readonly OptionValue[] => {
  if (value === undefined || typeof value !== 'object') return [];
  return Array.isArray(value) ? (value as readonly OptionValue[]) : [value as OptionValue];
};

const isNegative = (field: Field, id: string): boolean => field.options?.find((o) => o.id === id)?.negative === true;

/** A criterion's negative findings, by what identifies each across evaluations: its option, or the field of its account. */
function negatives(criterion: Criterion, answers: CriterionModel['reponses'], lang: Lang): Map<string, string> {
  const found = new Map<string, string>();
  const { colon } = wordsOf(lang).typography;
  for (const field of fieldsOf(criterion)) {
    const value = answers[field.id];
    if (value === undefined) continue;
    if (field.kind === 'text' && field.negative) found.set(field.id, excerpt(String(value)));
    for (const option of options(value).filter((o) => isNegative(field, o.id))) {
      // A group (« voisin·e·s ») says what it is only with its field's label.
      found.set(`${field.id}=${option.id}`, field.kind === 'multi' ? `${lowerFirst(field.label[lang])}${colon} ${option.label}` : option.label);
    }
  }
  return found;
}

const missingFrom = <T>(a: ReadonlyMap<string, T>, b: ReadonlyMap<string, T>): T[] => [...a].filter(([key]) => !b.has(key)).map(([, value]) => value);

const byId = (list: readonly OptionValue[]): Map<string, string> => new Map(list.map((o) => [o.id, o.label]));

const textsOf = (value: AnswerValue | undefined): Map<string, string> =>
  new Map((Array.isArray(value) ? (value as readonly string[]) : []).map((text) => [text.replace(/\s+/g, ' ').trim(), excerpt(text)]));

/** How one field's answer changed, when it did. */
function fieldChange(field: Field, before: AnswerValue | undefined, after: AnswerValue | undefined, lang: Lang): FieldChange | undefined {
  const champ = field.label[lang];
  switch (field.kind) {
    case 'multi': {
      const [a, b] = [byId(options(before).filter((o) => !isNegative(field, o.id))), byId(options(after).filter((o) => !isNegative(field, o.id)))];
      const [ajoutes, retires] = [missingFrom(b, a), missingFrom(a, b)];
      return ajoutes.length + retires.length > 0 ? { genre: 'choix', champ, ajoutes, retires } : undefined;
    }
    case 'single': {
      const [a, b] = [options(before)[0], options(after)[0]];
      if (a?.id === b?.id) return undefined;
      return { genre: 'choix_unique', champ, ...(a ? { avant: a.label } : {}), ...(b ? { apres: b.label } : {}) };
    }
    case 'count':
      if (before === after) return undefined;
      return { genre: 'nombre', champ, ...(typeof before === 'number' ? { avant: before } : {}), ...(typeof after === 'number' ? { apres: after } : {}) };
    case 'texts': {
      const [a, b] = [textsOf(before), textsOf(after)];
      const [ajoutes, retires] = [missingFrom(b, a), missingFrom(a, b)];
      return ajoutes.length + retires.length > 0 ? { genre: 'textes', champ, ajoutes, retires } : undefined;
    }
    default: {
      const [a, b] = [before, after].map((value) => (typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() : undefined));
      // A negative account written or removed is a finding that appears or is resolved.
      if (a === b || (field.negative && (a === undefined || b === undefined))) return undefined;
      return { genre: 'texte', champ, ...(a !== undefined ? { avant: excerpt(a) } : {}), ...(b !== undefined ? { apres: excerpt(b) } : {}) };
    }
  }
}

const stateOf = (model: CriterionModel | undefined): CriterionState | undefined => (model?.renseigne ? { score: model.score, statut: model.statut } : undefined);

/** What changed in `criterion` from `before` to `after` (absent: its family is not in that evaluation); undefined when nothing did. */
export function criterionChange(criterion: Criterion, before: CriterionModel | undefined, after: CriterionModel | undefined, lang: Lang): CriterionChange | undefined {
  const [avant, apres] = [stateOf(before), stateOf(after)];
  if (!avant && !apres) return undefined;
  const [answersBefore, answersAfter] = [avant ? (before?.reponses ?? {}) : {}, apres ? (after?.reponses ?? {}) : {}];
  const changements = avant && apres ? fieldsOf(criterion).flatMap((field) => fieldChange(field, answersBefore[field.id], answersAfter[field.id], lang) ?? []) : [];
  const [negativesBefore, negativesAfter] = [negatives(criterion, answersBefore, lang), negatives(criterion, answersAfter, lang)];
  const change: CriterionChange = {
    id: criterion.id,
    titre: criterion.label[lang],
    ...(avant ? { avant } : {}),
    ...(apres ? { apres } : {}),
    seulement_avant: !apres,
    seulement_apres: !avant,
    sens: avant && apres ? direction(avant.score, apres.score) : 'stable',
    changements,
    negatifs_apparus: avant && apres ? missingFrom(negativesAfter, negativesBefore) : [],
    negatifs_resolus: avant && apres ? missingFrom(negativesBefore, negativesAfter) : [],
    negatifs: avant && apres ? [] : [...(avant ? negativesBefore : negativesAfter).values()],
  };
  const unchanged =
    avant && apres && avant.score === apres.score && avant.statut === apres.statut && changements.length === 0 && change.negatifs_apparus.length + change.negatifs_resolus.length === 0;
  return unchanged ? undefined : change;
}
