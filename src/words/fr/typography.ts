/** How French sets impact's words: its locale, its spaces before high punctuation, its quotes and small words. */
import { frenchSpacing, NBSP, NNBSP } from '../../text/typography.js';

/** "de La Petite Manchester", "d’Ourcq", "du Lieu", "des Grands Voisins". */
export function frenchOf(name: string): string {
  const article = /^(Le|Les)\s+(.*)$/u.exec(name);
  if (article) return `${article[1] === 'Le' ? 'du' : 'des'} ${article[2]}`;
  return /^[aeiouyàâäéèêëîïôöùûüœæ]/iu.test(name) ? `d’${name}` : `de ${name}`;
}

export const typography = {
  /** The locale of numbers and dates (Intl). */
  locale: 'fr-FR',
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
