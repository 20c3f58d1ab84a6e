/** How English sets impact's words: its locale, its punctuation, its quotes and small words. */
import type { Typography } from '../fr/typography.js';

export const typography: Typography = {
  locale: 'en-GB',
  numbers: { decimal: '.', group: ',', minimumGrouping: 1, minus: '-' },
  dates: {
    months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
    day: 'd MMMM y',
    month: 'MMMM y',
  },
  spaced: (text) => text,
  colon: ':',
  semicolon: ';',
  quote: (text) => `“${text}”`,
  unitSpace: ' ',
  and: 'and',
  serialComma: true,
  or: 'or',
  csvSeparator: ',',
  of: (name) => `of ${name}`,
  one: () => 'one',
};
