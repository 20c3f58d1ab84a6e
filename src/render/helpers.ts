/** The helpers the templates write prose with; each one a pure function of its arguments. */
import type { HelperDelegate } from 'handlebars';
import type { Lang } from '../grid/types.js';
import type { OptionValue } from '../model/model.js';
import { agree, capitalise, formatNumber, joinList, quantity } from '../words/prose.js';
import { wordsOf } from '../words/words.js';
import { markupHelpers } from '../document/markup.js';
import { BAREME_HELPER, baremeText } from './bareme.js';
import { escapeMarkdown } from './escape.js';
import { HelperArgumentError, type Expected } from '../document/helper-errors.js';

type Listable = string | number | OptionValue;

/** An item's words: an option's label, or its `label_un` when asked for and it has one. */
const textOf = (item: Listable, form?: 'label_un'): string => (typeof item === 'object' ? ((form && item[form]) ?? item.label) : String(item));

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

/** What a helper's argument may be expected to be (`lookup`'s two arguments are Handlebars' own). */
type Checked = Exclude<Expected, 'object-and-key'>;

const IS: Record<Checked, (value: unknown) => boolean> = {
  number: (value) => typeof value === 'number' && Number.isFinite(value),
  text: (value) => typeof value === 'string',
  list: (value) => Array.isArray(value),
  'one-value': (value) => value !== undefined,
};

/** `value` when it is what `helper` expects; a template error at the helper's call otherwise. */
function given<T>(helper: string, expected: Checked, value: unknown): T {
  if (!IS[expected](value)) throw new HelperArgumentError(helper, expected, value);
  return value as T;
}

/** A list, or one item of a list: a text, a number, an option. */
function listable(value: unknown): readonly Listable[] {
  const list = Array.isArray(value) ? value : [value];
  const ok = (item: unknown) => typeof item === 'string' || IS.number(item) || (typeof item === 'object' && item !== null && 'label' in item);
  if (!list.every(ok)) throw new HelperArgumentError('liste', 'list', Array.isArray(value) ? list.find((item) => !ok(item)) : value);
  return list as readonly Listable[];
}

export function helpers(lang: Lang, safe: (markdown: string) => unknown): Record<string, HelperDelegate> {
  return {
    /** `{{liste effets}}`; `{{liste effets "label_un"}}` takes the options' labels for a sentence about one person. */
    liste: (items: unknown, ...rest: unknown[]) => {
      const form = args(rest)[0] === 'label_un' ? 'label_un' : undefined;
      return safe(joinList(listable(items).map((item) => escapeMarkdown(textOf(item, form))), lang));
    },
    nombre: (n: unknown) => formatNumber(given('nombre', 'number', n), lang),
    accord: (n: unknown, singular: unknown, plural: unknown) =>
      agree(given('accord', 'number', n), given('accord', 'text', singular), given('accord', 'text', plural), lang),
    /** `{{quantite n "personne" "personnes" "f"}}`: "une personne", "150 personnes". */
    quantite: (n: unknown, singular: unknown, plural: unknown, ...rest: unknown[]) =>
      quantity(given('quantite', 'number', n), given('quantite', 'text', singular), given('quantite', 'text', plural), lang, args(rest)[0] === 'f'),
    plus: (n: unknown) => safe('+'.repeat(Math.max(0, given<number>('plus', 'number', n)))),
    majuscule: (text: unknown) => {
      given('majuscule', 'one-value', text);
      return typeof text === 'string' ? capitalise(text) : safe(capitalise(String(text)));
    },
    /** "de La Petite Manchester", "d’Ourcq"; "of Le Relais" in English. */
    de: (name: unknown) => wordsOf(lang).typography.of(given('de', 'text', name)),
    eq: (a: unknown, b: unknown) => a === b,
    ou: (...all: unknown[]) => args(all).some(Boolean),
    plusieurs: (items: unknown) => Array.isArray(items) && items.length > 1,
    par_reponse: (...all: unknown[]) => byAnswer(args(all) as (OptionValue | undefined)[]),
    /** Folded into the text when a template is parsed (fold.ts); called only with a computed name. */
    [BAREME_HELPER]: (name: unknown, ...rest: unknown[]) => baremeText(given(BAREME_HELPER, 'text', name), args(rest)[0]),
    partiel_critere: (id: unknown) => `criteres/${given<string>('partiel_critere', 'text', id)}`,
    partiel_synthese: (id: unknown) => `synthese/${given<string>('partiel_synthese', 'text', id)}`,
    ...markupHelpers(safe),
  };
}
