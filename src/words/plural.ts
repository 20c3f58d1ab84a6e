/**
 * The form of a word that goes with a number, by each language's own rules (Intl.PluralRules):
 * in French « one » covers 0 and 1 (« 0 erreur »), in English only 1 (“0 errors”).
 */
import type { Lang } from '../grid/types.js';
import { processCache } from '../runtime/caches.js';

/** A word's forms by plural category; `other` is the one every language has. */
export type Forms = Partial<Record<Intl.LDMLPluralRule, string>> & { readonly other: string };

// Made when first asked: an Intl object costs start-up time (and a snapshot cannot hold it).
const rules = processCache<Lang, Intl.PluralRules>('plural rules');

export function plural(lang: Lang, n: number, forms: Forms): string {
  let made = rules.get(lang);
  if (!made) {
    made = new Intl.PluralRules(lang);
    rules.set(lang, made);
  }
  return forms[made.select(n)] ?? forms.other;
}

/** "3 erreurs", "1 avertissement": the number as given, then its word. */
export const count = (lang: Lang, n: number, forms: Forms): string => `${n} ${plural(lang, n, forms)}`;
