/**
 * What the JSON Schema tells an evaluator in an editor (yaml-language-server): what each field
 * is, and, when a value is wrong, what the field takes — the editor's counterpart of the
 * messages of `impact validate`. In French, the language of the format's keys.
 */
import { NNBSP } from '../text/typography.js';
import type { Criterion, Field } from './types.js';

/** Beyond any tiers-lieu: a count this large is a typo, and would lose precision. */
export const MAX_COUNT = 10_000_000;

/** 10 000 000 with the narrow no-break spaces of French (not Intl: building one costs start-up time). */
const maxCount = String(MAX_COUNT).replace(/\B(?=(\d{3})+$)/g, NNBSP);

/** Backquoted ids, as the Markdown of a hover shows them. */
export const code = (ids: readonly string[]): string => ids.map((id) => `\`${id}\``).join(', ');

/** `a, b et c`. */
export const listed = (items: readonly string[]): string => (items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} et ${items.at(-1) ?? ''}`);

/** What the fields every criterion and the site share are, beyond what they take. */
const MEANING: Readonly<Record<string, string>> = {
  exemple:
    'La réponse rédigée des évaluateur·rice·s : ce qui a été observé, en quelques mots (un fait, un exemple) ; souvent la seule réponse, le rapport la cite telle quelle. Seule, elle décrit le critère sans le noter ; un simple « oui » ou « non » ne compte pas.',
  exemple_positif: 'Un exemple d’effet positif sur l’entretien des espaces ; le rapport le cite tel quel.',
  exemple_negatif: 'Un exemple d’effet négatif sur l’entretien des espaces ; le rapport le cite tel quel, le score ne le compte pas.',
  autres: 'Ce qui a été observé et qu’aucune option ne décrit, un texte par observation ; le rapport les cite, le score ne les compte pas.',
  nom: 'Le nom du lieu évalué, obligatoire : il titre le rapport.',
  commune: 'La commune où se trouve le lieu.',
  periode: 'La période sur laquelle porte l’évaluation, par exemple « 2023 » ou « septembre 2022 – juin 2023 ».',
  date_evaluation: 'Le jour où l’évaluation a été menée ; c’est aussi la date du PDF.',
  evaluateurs: 'Les personnes qui ont mené l’évaluation ; le PDF les nomme comme auteurs.',
};

/** How a field of each kind is written. */
const HOW: Record<Field['kind'], string> = {
  single: 'Une seule option : son identifiant, celle qui décrit le mieux ce qui a été observé.',
  multi: 'Toutes les options observées : leurs identifiants entre crochets, séparés par des virgules, sans doublon.',
  count: `Un nombre entier de 0 à ${maxCount}, sans guillemets.`,
  texts: 'Une liste de textes entre crochets, chacun entre guillemets : ["…", "…"].',
  text: 'Un texte, entre guillemets s’il contient « : » ou « # ».',
  date: 'Une date au format AAAA-MM-JJ, par exemple 2024-06-30.',
};

/** When the field applies, as the grid says (completeness and `impact init` read the same data). */
export function applicabilityNote(field: Field): string {
  const rule = field.appliesWhen;
  if (!rule) return '';
  if ('nonZero' in rule) return ` Ne s’applique pas quand « ${rule.field} » vaut 0.`;
  return ` Ne s’applique que si « ${rule.field} » vaut ${rule.options.join(' ou ')}.`;
}

/** What a field is: its own meaning, or the answer it gives to its criterion's question. */
export function fieldDescription(field: Field, criterion?: Criterion): string {
  const meaning = MEANING[field.id] ?? (criterion ? `${field.label.fr}, en réponse à « ${criterion.question.fr} »` : field.label.fr);
  return `${meaning.replace(/[.!?]?$/, (end) => end || '.')} ${HOW[field.kind]}`;
}

/** What the editor says when a field's value is wrong: what the field takes. */
export function fieldError(field: Field): string {
  const ids = (field.options ?? []).map((o) => o.id);
  switch (field.kind) {
    case 'single':
      return `« ${field.id} » prend l’identifiant d’une option (pas son libellé) : ${listed(ids)}.`;
    case 'multi':
      if (field.open) return `« ${field.id} » prend une liste d’identifiants ou de textes entre crochets, sans doublon, par exemple [${ids[0] ?? ''}, "une autre pratique"].`;
      return `« ${field.id} » prend une liste d’identifiants entre crochets, sans doublon, par exemple [${ids.slice(0, 2).join(', ')}].`;
    case 'count':
      return `« ${field.id} » prend un nombre entier de 0 à ${maxCount}, sans guillemets.`;
    case 'texts':
      return `« ${field.id} » prend une liste de textes non vides entre crochets : ["…", "…"].`;
    case 'text':
      return `« ${field.id} » prend un texte${field.required ? ' non vide' : ''} ; mettez-le entre guillemets s’il contient « : » ou « # ».`;
    case 'date':
      return `« ${field.id} » prend une date au format AAAA-MM-JJ, par exemple 2024-06-30 (pas 30/06/2024).`;
  }
}

/** An option id in a list, when it is not one. */
export const optionError = (field: Field): string =>
  `« ${field.id} » prend l’identifiant d’une option (pas son libellé) : ${listed((field.options ?? []).map((o) => o.id))}.`;

/** A mapping's keys, when one is unknown or the value is not a mapping at all. */
export const keysError = (key: string, keys: readonly string[], required: readonly string[] = []): string =>
  `« ${key} » est un ensemble de clés parmi ${listed(keys.map((k) => (required.includes(k) ? `${k} (obligatoire)` : k)))} ; aucune autre.`;
