/** How French sets impact's words: its locale, its spaces before high punctuation, its quotes and small words. */
import { frenchSpacing, NBSP, NNBSP } from '../../text/typography.js';

export const typography = {
  /** The locale of numbers and dates (Intl). */
  locale: 'fr-FR',
  /** impact's own words set with French spaces; what the data brings in is never passed here. */
  spaced: frenchSpacing,
  /** The colon and semicolon that join impact's words to data, spaces included. */
  colon: `${NBSP}:`,
  semicolon: `${NNBSP};`,
  quote: (text: string): string => `« ${text} »`,
  and: 'et',
  or: 'ou',
  /** The separator a spreadsheet in this language opens in columns: French ones use the comma for decimals. */
  csvSeparator: ';' as ';' | ',',
  /** « un », « une »: one said in words, in the gender of its noun. */
  one: (feminine: boolean): string => (feminine ? 'une' : 'un'),
};

/** French is the reference: every language gives what it gives. */
export type Typography = typeof typography;
