/** The reasons of every point, in English: the report's annex and `impact score` print them. */
import { counted, formatNumber } from '../../words/prose.js';
import { COUNT_POINTS, MAX_SCORE, MIN_INTENSITY, UNSUBSTANTIATED_CAP } from '../../grid/rubric.js';
import type { Words } from '../catalogue.js';

/** "no points", "1 point", "3 points": English says none in words. */
const points = (n: number): string => (n === 0 ? 'no points' : counted(n, 'point', 'points', 'en'));
const quote = (text: string): string => `“${text}”`;

export const annex: Words['annex'] = {
  between: '; ',
  options: (label, chosen, got, cap) => `${label}: ${formatNumber(chosen, 'en')} chosen, ${points(got)} (at most ${cap})`,
  choice: (label, option, got) => `${label}: ${quote(option)}, ${points(got)}`,
  count: (label, value, got, threshold) =>
    `${label}: ${formatNumber(value, 'en')}, ${points(got)} (${points(COUNT_POINTS.some)} from 1, ${points(COUNT_POINTS.threshold)} from ${formatNumber(threshold, 'en')})`,
  texts: (label, items, got) => `${label}: ${counted(items, 'item', 'items', 'en')}, ${points(got)}`,
  negative: (what) => `${what} — a negative finding, reported without points`,
  field: (label, items) => `${label}: ${items}`,
  example: (names, got) => `${names}: ${points(got)}, as it substantiates a positive effect`,
  unscoredExample: (names) => `${names}: no points, as no choice or number observes a positive effect`,
  bare: (label, text) => `${label}: ${quote(text)} does not say what was observed, no points`,
  described: () => 'Answered in words only: the effect is described, with no choice or number to rate (no points)',
  unsubstantiated: (total) => `Total of ${points(total)}, capped at ${UNSUBSTANTIATED_CAP} for want of a written answer or a figure`,
  ceiling: (total) => `Total of ${points(total)}, capped at ${MAX_SCORE}`,
  notAnswered: 'Not answered: 0',
  family: {
    'not-assessed': () => 'No criterion answered: not assessed',
    described: () => 'Effects described in words, with no choice or number observing a positive effect: no intensity is computed; the evaluation committee may set one',
    'no-positive-effect': () => 'No positive effect observed: 0',
    rated: (first, second, computed) => `Mean of the two best criteria (${first} and ${second}), rounded down, at least ${MIN_INTENSITY}: ${computed}`,
  },
  override: (value) => `Intensity set by the committee: ${value}`,
};
