/** The reasons of every point, in English words a reader follows: the report's annex and `impact score` print them. */
import { counted, formatNumber } from '../../words/prose.js';
import { COUNT_POINTS, MAX_SCORE, MIN_INTENSITY, UNSUBSTANTIATED_CAP } from '../../grid/rubric.js';
import type { Words } from '../catalogue.js';

const points = (n: number): string => counted(n, 'point', 'points', 'en');
const quote = (text: string): string => `“${text}”`;
/** What a reason is worth: “so 2 points”, “no points”. */
const worth = (n: number): string => (n === 0 ? 'no points' : `so ${points(n)}`);
const SMALL = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
/** A small count in words, as prose writes it (“three answers”). */
const inWords = (n: number): string => SMALL[n] ?? formatNumber(n, 'en');
const answers = (n: number): string => `${inWords(n)} ${n === 1 ? 'answer' : 'answers'} ticked`;

export const annex: Words['annex'] = {
  between: '; ',
  options: (label, chosen, got, cap) => `${label}: ${answers(chosen)}, ${worth(got)}${got === cap && cap < MAX_SCORE ? ', the most for this question' : ''}`,
  choice: (label, option, got) => `${label}: ${quote(option)}, ${worth(got)}`,
  count: (label, value, got, threshold) => `${label}: ${formatNumber(value, 'en')}, ${worth(got)} (${points(COUNT_POINTS.some)} from the first, ${points(COUNT_POINTS.threshold)} from ${formatNumber(threshold, 'en')})`,
  texts: (label, items, got) => `${label}: ${counted(items, 'item given', 'items given', 'en')}, ${worth(got)}`,
  negative: (what) => `${what} — a negative finding: reported, with no points added or taken away`,
  field: (label, items) => `${label}: ${items}`,
  example: (names, got) => `${names}: ${points(got)} more, as it describes a positive effect that was recorded`,
  unscoredExample: (names) => `${names}: no points, as nothing ticked and no number records a positive effect`,
  bare: (label, text) => `${label}: ${quote(text)} does not say what was observed, no points`,
  described: () => 'Answered in words only: the effect is described, with nothing ticked and no number to rate it, no points',
  unsubstantiated: (total) => `Total of ${points(total)}, brought down to ${UNSUBSTANTIATED_CAP}: without a written answer or a figure, a criterion goes no higher`,
  ceiling: (total) => `Total of ${points(total)}, brought down to ${MAX_SCORE}, the most a criterion scores`,
  notAnswered: 'Not answered: no points',
  family: {
    'not-assessed': () => 'No criterion answered: the family is not assessed',
    described: () => 'Effects described in words, with nothing ticked and no number recording a positive effect: no intensity is computed; the evaluation committee may set one',
    'no-positive-effect': () => 'No answer records a positive effect: no intensity',
    rated: (first, second, computed) => {
      const mean = Math.floor((first + second) / 2);
      const raised = mean < computed ? `, raised to ${MIN_INTENSITY}, the least once a positive effect is observed` : '';
      return `The two best criteria score ${points(first)} and ${points(second)}: their mean, rounded down, gives ${mean}${raised}; intensity ${'+'.repeat(computed)}`;
    },
  },
  override: (value) => `Intensity set by the evaluation committee: ${'+'.repeat(value)}`,
};
