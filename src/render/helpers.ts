/** The helpers the templates write prose with; each one a pure function of its arguments. */
import type { HelperDelegate } from 'handlebars';
import type { Lang } from '../grid/types.js';
import type { OptionValue } from '../model/model.js';
import { agree, capitalise, formatNumber, frenchOf, joinList, quantity } from '../text/prose.js';
import { markupHelpers } from '../document/markup.js';
import { escapeMarkdown } from './escape.js';

type Listable = string | number | OptionValue;

const textOf = (item: Listable): string => (typeof item === 'object' ? item.label : String(item));

/** Single-choice answers grouped by the option chosen, in the order first met. */
export function byAnswer(values: readonly (OptionValue | undefined)[]): { reponse: OptionValue; champs: string[] }[] {
  const groups = new Map<string, { reponse: OptionValue; champs: string[] }>();
  for (const value of values) {
    if (!value?.id) continue;
    const group = groups.get(value.id) ?? { reponse: value, champs: [] };
    group.champs.push(value.champ ?? '');
    groups.set(value.id, group);
  }
  return [...groups.values()];
}

/** Handlebars passes its options object last; the helpers only want the arguments. */
const args = (all: unknown[]): unknown[] => all.slice(0, -1);

export function helpers(lang: Lang, safe: (markdown: string) => unknown): Record<string, HelperDelegate> {
  return {
    liste: (items: readonly Listable[] | Listable) => {
      const list = Array.isArray(items) ? items : [items as Listable];
      return safe(joinList(list.map((item) => escapeMarkdown(textOf(item))), lang));
    },
    nombre: (n: number) => formatNumber(n, lang),
    accord: (n: number, singular: string, plural: string) => agree(n, singular, plural, lang),
    /** `{{quantite n "personne" "personnes" "f"}}`: "une personne", "150 personnes". */
    quantite: (n: number, singular: string, plural: string, ...rest: unknown[]) =>
      quantity(n, singular, plural, lang, args(rest)[0] === 'f'),
    plus: (n: number) => safe('+'.repeat(Math.max(0, n))),
    majuscule: (text: unknown) => (typeof text === 'string' ? capitalise(text) : safe(capitalise(String(text)))),
    de: (name: string) => frenchOf(name),
    eq: (a: unknown, b: unknown) => a === b,
    ou: (...all: unknown[]) => args(all).some(Boolean),
    plusieurs: (items: unknown) => Array.isArray(items) && items.length > 1,
    par_reponse: (...all: unknown[]) => byAnswer(args(all) as (OptionValue | undefined)[]),
    partiel_critere: (id: string) => `criteres/${id}`,
    ...markupHelpers(safe),
  };
}
