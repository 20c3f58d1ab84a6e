/**
 * The rubric's own numbers (docs/scoring.md), written once: the grid's defaults and the scoring
 * apply them, and every text that states one (the annex, `impact score`, the chart, the
 * portfolio's key, the messages) reads it here. The grid's points per option live in the grid.
 */

/** A criterion scores 0 to MAX_SCORE points; an intensity goes from + to MAX_SCORE times +. */
export const MAX_SCORE = 4;
/** Without an example or a figure, an effect is not substantiated enough for ++++. */
export const UNSUBSTANTIATED_CAP = 3;
/** What an option of a list is worth unless the grid says otherwise. */
export const OPTION_POINTS = 1;
/** The most a list of options adds unless the grid says otherwise. */
export const LIST_CAP = 2;
/** A count is worth `some` from 1 and `threshold` from its field's threshold. */
export const COUNT_POINTS = { some: 1, threshold: 2 } as const;
/** A written answer that substantiates a positive effect adds this, once. */
export const EXAMPLE_POINTS = 1;
/** The least intensity of a family once a positive effect is observed. */
export const MIN_INTENSITY = 1;
