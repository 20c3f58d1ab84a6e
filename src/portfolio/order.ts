/**
 * The portfolio's order: sites by name as a French reader looks them up, whatever the order of
 * the command line or of the folders.
 */
import { runValue } from '../runtime/caches.js';

/**
 * French collation, in every language of the portfolio so that its French and English editions
 * list the sites alike: « Écluse » with the E's, « atelier » with the A's (accents and case only
 * break ties), « Lieu 2 » before « Lieu 10 ».
 */
const french = runValue('French collator', () => new Intl.Collator('fr', { numeric: true }));

export const compareFrench = (a: string, b: string): number => french().compare(a, b);

/** What a site or a file is sorted by: its name when it has one (unnamed ones last), then its path. */
export interface SortKey {
  readonly nom?: string | undefined;
  readonly fichier: string;
}

/** A deterministic order: the path breaks ties, so two sites of the same name keep one order. */
export function byName<T>(keyOf: (item: T) => SortKey): (a: T, b: T) => number {
  return (a, b) => {
    const [x, y] = [keyOf(a), keyOf(b)];
    if (x.nom !== undefined && y.nom !== undefined) {
      const names = compareFrench(x.nom, y.nom);
      if (names !== 0) return names;
    } else if (x.nom !== y.nom) return x.nom === undefined ? 1 : -1;
    return x.fichier < y.fichier ? -1 : x.fichier > y.fichier ? 1 : 0;
  };
}
