export const LANGS = ['fr', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** A text in every language the reports are written in. */
export type Text = Readonly<Record<Lang, string>>;

export interface Option {
  readonly id: string;
  readonly label: Text;
  /** Points this answer adds to its criterion (see docs/scoring.md). */
  readonly points: number;
  /** A negative observation: reported honestly, never scored. */
  readonly negative?: boolean;
}

/**
 * single: one option id; multi: a list of option ids; count: an integer ≥ 0;
 * texts: a list of free strings; text: one free string; date: YYYY-MM-DD.
 */
export type FieldKind = 'single' | 'multi' | 'count' | 'texts' | 'text' | 'date';

export interface Field {
  readonly id: string;
  readonly kind: FieldKind;
  readonly label: Text;
  readonly required?: boolean;
  readonly options?: readonly Option[];
  /** multi and texts: the most points the field can add. */
  readonly cap?: number;
  /** count: 1 point from 1 upwards, 2 points from this value. */
  readonly threshold?: number;
  /** texts: points when the list is not empty. */
  readonly points?: number;
}

export interface Criterion {
  readonly id: string;
  readonly label: Text;
  readonly question: Text;
  readonly fields: readonly Field[];
}

export interface Family {
  readonly id: string;
  readonly label: Text;
  /** An optional family is printed only when the file has it. */
  readonly optional?: boolean;
  readonly criteria: readonly Criterion[];
}
