/**
 * What a criterion's answers say before any score: which fields are answered, which apply, and
 * which texts say nothing but yes or no. The grid's applicability data is read here only.
 */
import { fieldsOf } from './grid.js';
import type { Criterion, Field } from './types.js';

type Answers = Readonly<Record<string, unknown>> | null | undefined;

/** Text that would print as nothing once spaces and control characters are left out. */
const PRINTABLE = /[^\s\p{Cc}\p{Cf}]/u;

export function hasAnswer(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (Array.isArray(value)) return value.some(hasAnswer);
  if (typeof value === 'string') return PRINTABLE.test(value);
  return true;
}

/** A criterion is answered once any of its fields is, be it only with a text. */
export function isAnswered(criterion: Criterion, answers: Answers): boolean {
  return fieldsOf(criterion).some((field) => hasAnswer(answers?.[field.id]));
}

/**
 * A bare yes or no, in the languages evaluations are written in: it answers that something
 * happened without saying what, so it is printed but is no evidence.
 */
const YES_NO = new Set(['oui', 'non', 'yes', 'no', 'ok', 'si', 'vrai', 'faux', 'true', 'false', 'ouais', 'nope', 'yep', 'x']);

export function isYesNo(text: unknown): boolean {
  if (typeof text !== 'string') return false;
  const word = text
    .normalize('NFKC')
    .toLocaleLowerCase('fr')
    .replace(/[\s\p{P}\p{Cc}\p{Cf}]+/gu, ' ')
    .trim();
  return YES_NO.has(word);
}

/** A text that substantiates an effect: an evidence field, written, and more than yes or no. */
export function isEvidence(field: Field, value: unknown): boolean {
  return field.kind === 'text' && field.evidence === true && hasAnswer(value) && !isYesNo(value);
}

/**
 * `applies`: the field is expected; `does-not-apply`: the answers it depends on rule it out;
 * `not-yet`: it depends on a choice not made yet, so it is not expected either.
 */
export type Applies = 'applies' | 'does-not-apply' | 'not-yet';

export function applicability(field: Field, answers: Answers): Applies {
  const rule = field.appliesWhen;
  if (!rule) return 'applies';
  const value = answers?.[rule.field];
  if ('nonZero' in rule) return value === 0 ? 'does-not-apply' : 'applies';
  if (!hasAnswer(value)) return 'not-yet';
  return rule.options.includes(value as string) ? 'applies' : 'does-not-apply';
}

/** A criterion's own fields that apply to its answers and are left empty (texts are optional by nature). */
export function missingFields(criterion: Criterion, answers: Answers): Field[] {
  return criterion.fields.filter((f) => f.kind !== 'text' && !hasAnswer(answers?.[f.id]) && applicability(f, answers) === 'applies');
}

/** Fields answered although the criterion's other answers rule them out. */
export function inapplicableAnswers(criterion: Criterion, answers: Answers): Field[] {
  return criterion.fields.filter((f) => hasAnswer(answers?.[f.id]) && applicability(f, answers) === 'does-not-apply');
}
