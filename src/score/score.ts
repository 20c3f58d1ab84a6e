/**
 * Stage 3: points for every criterion and family, with the reasons behind each point.
 * The rubric is documented in docs/scoring.md; its numbers live in the grid.
 */
import { hasAnswer, isEvidence, isYesNo } from '../grid/answers.js';
import { FAMILIES, fieldsOf } from '../grid/grid.js';
import type { Criterion, Family, Field } from '../grid/types.js';
import { COUNT_POINTS, EXAMPLE_POINTS, MAX_SCORE, MIN_INTENSITY, OPTION_POINTS, UNSUBSTANTIATED_CAP } from '../grid/rubric.js';

export { MAX_SCORE };

export type Reason =
  | { readonly kind: 'options'; readonly field: string; readonly chosen: number; readonly points: number; readonly cap: number }
  | { readonly kind: 'choice'; readonly field: string; readonly option: string; readonly points: number }
  | { readonly kind: 'count'; readonly field: string; readonly value: number; readonly points: number; readonly threshold: number }
  | { readonly kind: 'texts'; readonly field: string; readonly items: number; readonly points: number }
  | { readonly kind: 'negative'; readonly field: string; readonly options: readonly string[] }
  | { readonly kind: 'example'; readonly fields: readonly string[]; readonly points: number }
  | { readonly kind: 'bare'; readonly field: string; readonly text: string }
  | { readonly kind: 'described' }
  | { readonly kind: 'unsubstantiated'; readonly total: number }
  | { readonly kind: 'ceiling'; readonly total: number };

/**
 * unanswered: nothing given; described: answered in words only, which no rule turns into points;
 * rated: at least one choice or count, the score says what they observe.
 */
export type CriterionStatus = 'unanswered' | 'described' | 'rated';

/**
 * not-assessed: no criterion answered; described: no positive effect rated, but some criterion
 * is answered in words only, so nothing says there is none; no-positive-effect: every answer is
 * a choice or a count, and none observes a positive effect; rated: + to ++++.
 */
export type FamilyStatus = 'not-assessed' | 'described' | 'no-positive-effect' | 'rated';

export interface CriterionScore {
  readonly id: string;
  readonly answered: boolean;
  readonly status: CriterionStatus;
  /** 0..4 */
  readonly score: number;
  readonly reasons: readonly Reason[];
}

export interface Override {
  readonly valeur: number;
  readonly justification: string;
}

export interface FamilyScore {
  readonly id: string;
  readonly answered: boolean;
  readonly status: FamilyStatus;
  /** 1..4 from the criteria, 0 when none is answered. */
  readonly computed: number;
  /** The score the report shows: the committee's when it gave one. */
  readonly score: number;
  readonly override?: Override;
  /** The two best criterion scores the computed score comes from. */
  readonly basis: readonly [number, number];
  readonly criteria: readonly CriterionScore[];
}

type Answers = Readonly<Record<string, unknown>>;

/** A free string in an open list counts as one option observing a positive effect. */
const FREE_ITEM = { negative: false, points: OPTION_POINTS } as const;

function fieldReasons(field: Field, value: unknown): Reason[] {
  const optionsOf = (ids: readonly string[]) => ids.map((id) => field.options?.find((o) => o.id === id)).filter((o) => o !== undefined);
  switch (field.kind) {
    case 'multi': {
      const items = (value as string[]).filter(hasAnswer);
      const chosen = field.open ? items.map((id) => field.options?.find((o) => o.id === id) ?? FREE_ITEM) : optionsOf(items);
      const positive = chosen.filter((o) => !o.negative);
      const negative = optionsOf(items).filter((o) => o.negative).map((o) => o.id);
      const cap = field.cap ?? MAX_SCORE;
      const reasons: Reason[] = [];
      if (positive.length > 0) {
        const points = Math.min(cap, positive.reduce((sum, o) => sum + o.points, 0));
        reasons.push({ kind: 'options', field: field.id, chosen: positive.length, points, cap });
      }
      if (negative.length > 0) reasons.push({ kind: 'negative', field: field.id, options: negative });
      return reasons;
    }
    case 'single': {
      const [option] = optionsOf([value as string]);
      if (!option) return [];
      return option.negative
        ? [{ kind: 'negative', field: field.id, options: [option.id] }]
        : [{ kind: 'choice', field: field.id, option: option.id, points: option.points }];
    }
    case 'count': {
      const n = value as number;
      const threshold = field.threshold ?? 1;
      return [{ kind: 'count', field: field.id, value: n, points: n >= threshold ? COUNT_POINTS.threshold : n >= 1 ? COUNT_POINTS.some : 0, threshold }];
    }
    case 'texts':
      return [{ kind: 'texts', field: field.id, items: (value as string[]).length, points: field.points ?? 0 }];
    case 'text':
      if (field.negative) return [{ kind: 'negative', field: field.id, options: [] }];
      return field.evidence && isYesNo(value) ? [{ kind: 'bare', field: field.id, text: String(value).trim() }] : [];
    case 'date':
    case 'partial-date':
    case 'url':
    case 'file':
      // Only the site and the evaluation have these, and they are never scored.
      return [];
  }
}

const pointsOf = (reasons: readonly Reason[]): number =>
  reasons.reduce((sum, r) => sum + ('points' in r && r.kind !== 'example' ? r.points : 0), 0);

/** Words alone: a text, a list of free observations, no choice and no count. */
const isWords = (field: Field): boolean => field.kind === 'text' || field.kind === 'texts';

export function scoreCriterion(criterion: Criterion, answers: Answers | null | undefined): CriterionScore {
  const given = fieldsOf(criterion).filter((f) => hasAnswer(answers?.[f.id]));
  if (given.length === 0) return { id: criterion.id, answered: false, status: 'unanswered', score: 0, reasons: [] };

  const reasons = given.flatMap((f) => fieldReasons(f, answers?.[f.id]));
  const status: CriterionStatus = given.every(isWords) ? 'described' : 'rated';
  if (status === 'described') reasons.push({ kind: 'described' });
  const observed = pointsOf(reasons);
  const evidence = given.filter((f) => isEvidence(f, answers?.[f.id])).map((f) => f.id);
  const hasExample = evidence.length > 0;
  if (hasExample && status === 'rated') reasons.push({ kind: 'example', fields: evidence, points: observed > 0 ? EXAMPLE_POINTS : 0 });
  const total = observed + (hasExample && observed > 0 ? EXAMPLE_POINTS : 0);

  const substantiated = hasExample || reasons.some((r) => r.kind === 'count' && r.value > 0);
  let score = total;
  if (!substantiated && score > UNSUBSTANTIATED_CAP) {
    reasons.push({ kind: 'unsubstantiated', total });
    score = UNSUBSTANTIATED_CAP;
  } else if (score > MAX_SCORE) {
    reasons.push({ kind: 'ceiling', total });
    score = MAX_SCORE;
  }
  return { id: criterion.id, answered: true, status, score, reasons };
}

/**
 * The mean of the two best criteria, rounded down, and at least 1 once a positive effect is
 * observed; 0 when none is (only negative or empty findings), which never raises a score.
 */
export function familyScoreFrom(criterionScores: readonly number[]): { computed: number; basis: [number, number] } {
  const [first = 0, second = 0] = [...criterionScores].sort((a, b) => b - a);
  return { computed: first > 0 ? Math.max(MIN_INTENSITY, Math.floor((first + second) / 2)) : 0, basis: [first, second] };
}

function familyStatus(criteria: readonly CriterionScore[], computed: number): FamilyStatus {
  if (computed > 0) return 'rated';
  if (criteria.some((c) => c.status === 'described')) return 'described';
  return criteria.some((c) => c.answered) ? 'no-positive-effect' : 'not-assessed';
}

export function scoreFamily(family: Family, answers: Answers | null | undefined): FamilyScore {
  const criteria = family.criteria.map((c) => scoreCriterion(c, answers?.[c.id] as Answers | null | undefined));
  const answered = criteria.some((c) => c.answered);
  const { computed, basis } = answered ? familyScoreFrom(criteria.map((c) => c.score)) : { computed: 0, basis: [0, 0] as [number, number] };
  const override = answers?.intensite as Override | undefined;
  return {
    id: family.id,
    answered,
    status: familyStatus(criteria, computed),
    computed,
    score: override?.valeur ?? computed,
    ...(override ? { override } : {}),
    basis,
    criteria,
  };
}

/** Every family of the grid, in report order, scored from a validated evaluation. */
export function scoreEvaluation(data: Answers): FamilyScore[] {
  return FAMILIES.map((f) => scoreFamily(f, data[f.id] as Answers | null | undefined));
}
