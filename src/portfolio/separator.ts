/** The portfolio CSV's field separator, a module of its own so that the command line declares it without loading the portfolio. */
import type { Lang } from '../grid/types.js';
import { wordsOf } from '../words/words.js';

export const CSV_SEPARATORS = [';', ','] as const;
export type CsvSeparator = (typeof CSV_SEPARATORS)[number];

/**
 * The separator a spreadsheet in the language opens in columns (a French one's decimal separator
 * is the comma). Every number of the CSV is whole, so no decimal separator has to follow.
 */
export const defaultSeparator = (lang: Lang): CsvSeparator => wordsOf(lang).typography.csvSeparator;
