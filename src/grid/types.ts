export const LANGS = ['fr', 'en'] as const;
export type Lang = (typeof LANGS)[number];
/** The language of an evaluation that does not say (`langue:`), and of its report. */
export const DEFAULT_LANG: Lang = 'fr';

/** A text in every language the reports are written in. */
export type Text = Readonly<Record<Lang, string>>;

export interface Option {
  readonly id: string;
  readonly label: Text;
  /** Points this answer adds to its criterion (see docs/scoring.md). */
  readonly points: number;
  /** A negative observation: reported honestly, never scored. */
  readonly negative?: boolean;
  /** Its label when the sentence speaks of one person (« lui a permis d’obtenir un emploi »). */
  readonly singular?: Text;
}

/**
 * single: one option id; multi: a list of option ids; count: an integer ≥ 0;
 * texts: a list of free strings; text: one free string; date: YYYY-MM-DD; partial-date: a day,
 * a month (YYYY-MM) or a year (YYYY, or the number); url: a web address
 * (http or https); file: a path to an image, relative to the evaluation file.
 */
export type FieldKind = 'single' | 'multi' | 'count' | 'texts' | 'text' | 'date' | 'partial-date' | 'url' | 'file';

/**
 * When a field applies, from the answer of another field of the same criterion: a field that
 * does not apply is never "missing" (who may feel excluded, only once exclusion is found).
 * `options`: it applies once that single choice is one of them, and is not expected before.
 * `nonZero`: it applies unless that count is 0 (expected while the count is not given).
 */
export type Applicability =
  | { readonly field: string; readonly options: readonly string[] }
  | { readonly field: string; readonly nonZero: true };

export interface Field {
  readonly id: string;
  readonly kind: FieldKind;
  readonly label: Text;
  /** Its name in a report when the value printed says what the label says for the one filling it in (its unit). */
  readonly shownLabel?: Text;
  readonly required?: boolean;
  readonly options?: readonly Option[];
  /** multi and texts: the most points the field can add. */
  readonly cap?: number;
  /** count: 1 point from 1 upwards, 2 points from this value. */
  readonly threshold?: number;
  /** texts: points when the list is not empty. */
  readonly points?: number;
  /** multi: free strings are accepted beside the option ids, and count like an option. */
  readonly open?: boolean;
  /** text: an account that substantiates the criterion's positive effects (an example). */
  readonly evidence?: boolean;
  /** text: the account of a negative finding, printed and never scored. */
  readonly negative?: boolean;
  readonly appliesWhen?: Applicability;
}

export interface Criterion {
  readonly id: string;
  readonly label: Text;
  /** Its name inside a sentence, with its article: « l’insertion professionnelle », "employment and training". */
  readonly named: Text;
  readonly question: Text;
  readonly fields: readonly Field[];
  /** Not a question of the platform's questionnaire: why the grid adds it. */
  readonly addition?: Text;
}

export interface Family {
  readonly id: string;
  readonly label: Text;
  /** Its name inside a sentence, with its article: « les effets individuels », "individual effects". */
  readonly named: Text;
  /** An optional family is printed only when the file has it. */
  readonly optional?: boolean;
  readonly criteria: readonly Criterion[];
}
