/** Prose helpers: lists, numbers, agreement, elision, capitals. Pure functions of their arguments. */
import type { Lang } from '../grid/types.js';

/** "A", "A et B", "A, B et C". */
export function joinList(items: readonly string[], lang: Lang): string {
  const and = lang === 'fr' ? 'et' : 'and';
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${and} ${items.at(-1)}`;
}

export function formatNumber(n: number, lang: Lang): string {
  return new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-GB').format(n);
}

/** The singular or the plural word for `n`: in French 0 and 1 take the singular. */
export function agree(n: number, singular: string, plural: string, lang: Lang): string {
  return new Intl.PluralRules(lang).select(n) === 'one' ? singular : plural;
}

/** "de La Petite Manchester", "d’Ourcq", "du Lieu", "des Grands Voisins". */
export function frenchOf(name: string): string {
  const article = /^(Le|Les)\s+(.*)$/u.exec(name);
  if (article) return `${article[1] === 'Le' ? 'du' : 'des'} ${article[2]}`;
  return /^[aeiouyàâäéèêëîïôöùûüœæ]/iu.test(name) ? `d’${name}` : `de ${name}`;
}

export function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}
