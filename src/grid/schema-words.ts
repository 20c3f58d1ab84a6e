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

/** What the fields every criterion shares are, beyond what they take. */
const MEANING: Readonly<Record<string, string>> = {
  exemple:
    'La réponse rédigée des évaluateur·rice·s : ce qui a été observé, en quelques mots (un fait, un exemple) ; souvent la seule réponse, le rapport la cite telle quelle. Seule, elle décrit le critère sans le noter ; un simple « oui » ou « non » ne compte pas.',
  exemple_positif: 'Un exemple d’effet positif sur l’entretien des espaces ; le rapport le cite tel quel.',
  exemple_negatif: 'Un exemple d’effet négatif sur l’entretien des espaces ; le rapport le cite tel quel, le score ne le compte pas.',
  autres: 'Ce qui a été observé et qu’aucune option ne décrit, un texte par observation ; le rapport les cite, le score ne les compte pas.',
};

/** What each field outside the criteria is, by its path in the file (`lieu.nom`, `membres.role`). */
const CONTEXT_MEANING: Readonly<Record<string, string>> = {
  'lieu.nom': 'Le nom du lieu évalué, obligatoire : il titre le rapport.',
  'lieu.commune': 'La commune où se trouve le lieu.',
  'lieu.periode': 'La période sur laquelle porte l’évaluation, par exemple « 2023 » ou « septembre 2022 – juin 2023 ».',
  'lieu.date_evaluation': 'Le jour où l’évaluation a été menée ; c’est aussi la date du PDF.',
  'lieu.evaluateurs': 'Les personnes qui ont mené l’évaluation ; le PDF les nomme comme auteurs.',
  'lieu.description': 'Ce qu’est le lieu, en quelques phrases : son projet, ce qu’on y fait, pour qui.',
  'lieu.adresse': 'L’adresse postale du lieu : numéro, rue, code postal.',
  'lieu.structure_porteuse': 'La structure qui porte le lieu : association, coopérative, collectivité, entreprise…',
  'lieu.date_ouverture': 'Quand le lieu a ouvert au public.',
  'lieu.surface': 'La surface du lieu en mètres carrés.',
  'lieu.activites': 'Ce qui se fait dans le lieu, une activité par texte : ateliers, restauration, bureaux partagés…',
  'lieu.publics': 'Qui le lieu accueille, un public par texte : familles, étudiant·e·s, associations du quartier…',
  'lieu.site_web': 'L’adresse du site web du lieu.',
  'lieu.contact': 'Qui joindre au sujet du lieu ou de l’évaluation : un nom, une adresse électronique, un téléphone.',
  'lieu.image': 'Le logo du lieu ou une photo, pour la couverture du rapport.',
  'evaluation.commanditaire': 'Qui a demandé l’évaluation : une collectivité, un financeur, le lieu lui-même…',
  'evaluation.objet': 'Pourquoi l’évaluation a été menée : ce qu’elle doit éclairer, la décision qu’elle prépare.',
  'evaluation.periode_collecte': 'Quand les réponses ont été recueillies, par exemple « janvier – mars 2025 » ; « periode », dans « lieu », dit la période évaluée.',
  'evaluation.sources': 'Qui a répondu, une source par texte : l’équipe du lieu, des occupant·e·s, des partenaires…',
  'evaluation.methode': 'Comment les réponses ont été recueillies : questionnaire, entretiens, ateliers, observations.',
  'comite.date_validation': 'Le jour où le comité d’évaluation a validé le rapport.',
  'membres.role': 'Le rôle du membre au comité ou la structure qu’il·elle y représente.',
  conclusions: 'Ce que l’évaluation conclut, en quelques phrases.',
  recommandations: 'Ce que l’évaluation recommande, une recommandation par texte.',
  'membres.nom': 'Le nom d’un membre du comité, obligatoire pour chaque membre.',
};

/** How a field of each kind is written. */
const HOW: Record<Field['kind'], string> = {
  single: 'Une seule option : son identifiant, celle qui décrit le mieux ce qui a été observé.',
  multi: 'Toutes les options observées : leurs identifiants entre crochets, séparés par des virgules, sans doublon.',
  count: `Un nombre entier de 0 à ${maxCount}, sans guillemets.`,
  texts: 'Une liste de textes entre crochets, chacun entre guillemets : ["…", "…"].',
  text: 'Un texte, entre guillemets s’il contient « : » ou « # ».',
  date: 'Une date au format AAAA-MM-JJ, par exemple 2024-06-30.',
  'partial-date': 'Une année (2019), un mois (2019-03) ou un jour (2019-03-04), selon ce que l’on sait.',
  url: 'Une adresse web complète, commençant par https:// ou http://.',
  file: 'Le chemin d’une image PNG ou JPEG, relatif au fichier d’évaluation, par exemple images/logo.png.',
};

/** When the field applies, as the grid says (completeness and `impact init` read the same data). */
export function applicabilityNote(field: Field): string {
  const rule = field.appliesWhen;
  if (!rule) return '';
  if ('nonZero' in rule) return ` Ne s’applique pas quand « ${rule.field} » vaut 0.`;
  return ` Ne s’applique que si « ${rule.field} » vaut ${rule.options.join(' ou ')}.`;
}

/**
 * What a field is: its own meaning, or the answer it gives to its criterion's question. Outside
 * the criteria, `where` is the key the field sits under (`lieu`, `membres`; '' at the root).
 */
export function fieldDescription(field: Field, where: Criterion | string): string {
  const meaning =
    typeof where === 'string'
      ? (CONTEXT_MEANING[where === '' ? field.id : `${where}.${field.id}`] ?? field.label.fr)
      : (MEANING[field.id] ?? `${field.label.fr}, en réponse à « ${where.question.fr} »`);
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
    case 'partial-date':
      return `« ${field.id} » prend une année (2019), un mois (2019-03) ou un jour (2019-03-04).`;
    case 'url':
      return `« ${field.id} » prend une adresse web complète, par exemple https://www.exemple.fr.`;
    case 'file':
      return `« ${field.id} » prend le chemin d’une image PNG ou JPEG, relatif au fichier d’évaluation, par exemple images/logo.png.`;
  }
}

/** An option id in a list, when it is not one. */
export const optionError = (field: Field): string =>
  `« ${field.id} » prend l’identifiant d’une option (pas son libellé) : ${listed((field.options ?? []).map((o) => o.id))}.`;

/** A mapping's keys, when one is unknown or the value is not a mapping at all. */
export const keysError = (key: string, keys: readonly string[], required: readonly string[] = []): string =>
  `« ${key} » est un ensemble de clés parmi ${listed(keys.map((k) => (required.includes(k) ? `${k} (obligatoire)` : k)))} ; aucune autre.`;
