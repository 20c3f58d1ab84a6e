/** How French sets impact's words: its locale, its spaces before high punctuation, its quotes and small words. */
import { frenchSpacing, NBSP, NNBSP } from '../../text/typography.js';

/** "de La Petite Manchester", "d’Ourcq", "du Lieu", "des Grands Voisins". */
export function frenchOf(name: string): string {
  const article = /^(Le|Les)\s+(.*)$/u.exec(name);
  if (article) return `${article[1] === 'Le' ? 'du' : 'des'} ${article[2]}`;
  return /^[aeiouyàâäéèêëîïôöùûüœæ]/iu.test(name) ? `d’${name}` : `de ${name}`;
}

export const typography = {
  /** The locale of numbers and dates: Intl writes with it what `numbers` and `dates` do not say (src/words/locale.ts). */
  locale: 'fr-FR',
  /**
   * Numbers as Intl writes them for `locale` (CLDR 48 in Node.js 20.20): the decimal and group separators, how
   * many digits the first group needs before one is set (1: « 1 500 »), the minus sign
   * (fr-FR's is the hyphen-minus, not U+2212).
   */
  numbers: { decimal: ',', group: NNBSP, minimumGrouping: 1, minus: '-' },
  /** The months, and a date as Intl writes it for `locale` (CLDR's patterns: `d` the day, `MMMM` the month, `y` the year). */
  dates: {
    months: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'] as readonly string[],
    day: 'd MMMM y',
    month: 'MMMM y',
  },
  /** impact's own words set with French spaces; what the data brings in is never passed here. */
  spaced: frenchSpacing,
  /** The colon and semicolon that join impact's words to data, spaces included. */
  colon: `${NBSP}:`,
  semicolon: `${NNBSP};`,
  quote: (text: string): string => `«${NBSP}${text}${NBSP}»`,
  /** Between a number and its unit (« 120 m² »). */
  unitSpace: NBSP,
  and: 'et',
  /** The comma before the last item of a list of three or more (« A, B et C »; English "A, B, and C"). */
  serialComma: false as boolean,
  or: 'ou',
  /** The separator a spreadsheet in this language opens in columns: French ones use the comma for decimals. */
  csvSeparator: ';' as ';' | ',',
  /** A name after « de », elided and contracted (`{{de lieu.nom}}`). */
  of: frenchOf,
  /** « un », « une »: one said in words, in the gender of its noun. */
  one: (feminine: boolean): string => (feminine ? 'une' : 'un'),
};

/** French is the reference: every language gives what it gives. */
export type Typography = typeof typography;
