/** The portfolio CSV's field separator, a module of its own so that the command line declares it without loading the portfolio. */
import type { Lang } from '../grid/types.js';

export const CSV_SEPARATORS = [';', ','] as const;
export type CsvSeparator = (typeof CSV_SEPARATORS)[number];

/**
 * A French spreadsheet opens a `;`-separated file in columns (its decimal separator is the
 * comma), an English one a `,`-separated file. Every number of the CSV is whole, so no decimal
 * separator has to follow.
 */
export const defaultSeparator = (lang: Lang): CsvSeparator => (lang === 'fr' ? ';' : ',');
