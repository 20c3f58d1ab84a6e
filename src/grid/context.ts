/**
 * What an evaluation file may say beside the grid's answers, all of it optional: the site
 * described, why, by whom and how it was evaluated, the committee's validation, and what the
 * evaluation concludes. Held once, like the grid: the schema, `impact init`, the editor's words,
 * `impact import` and the report model read these lists.
 */
import type { Field, Text } from './types.js';

/** The site beyond its name and details (`SITE_FIELDS`): what a reader learns of it first. */
export const SITE_DESCRIPTION: readonly Field[] = [
  { id: 'description', kind: 'text', label: { fr: 'Présentation du lieu', en: 'About the site' } },
  { id: 'adresse', kind: 'text', label: { fr: 'Adresse', en: 'Address' } },
  { id: 'structure_porteuse', kind: 'text', label: { fr: 'Structure porteuse', en: 'Organisation running the site' } },
  { id: 'date_ouverture', kind: 'partial-date', label: { fr: 'Date d’ouverture', en: 'Opening date' } },
  { id: 'surface', kind: 'count', label: { fr: 'Surface en m²', en: 'Floor area in m²' }, shownLabel: { fr: 'Surface', en: 'Floor area' } },
  { id: 'activites', kind: 'texts', label: { fr: 'Activités', en: 'Activities' } },
  { id: 'publics', kind: 'texts', label: { fr: 'Publics accueillis', en: 'People the site welcomes' } },
  { id: 'site_web', kind: 'url', label: { fr: 'Site web', en: 'Website' } },
  { id: 'contact', kind: 'text', label: { fr: 'Contact', en: 'Contact' } },
  { id: 'image', kind: 'file', label: { fr: 'Logo ou photo', en: 'Logo or photo' } },
];

/**
 * Why and how the evaluation was made. `lieu.periode` is the period the evaluation is about;
 * `periode_collecte` is when its answers were gathered.
 */
export const EVALUATION_FIELDS: readonly Field[] = [
  { id: 'commanditaire', kind: 'text', label: { fr: 'Commanditaire', en: 'Commissioned by' } },
  { id: 'objet', kind: 'text', label: { fr: 'Objet de l’évaluation', en: 'Purpose of the evaluation' } },
  { id: 'periode_collecte', kind: 'text', label: { fr: 'Période de collecte', en: 'Data collection period' } },
  { id: 'sources', kind: 'texts', label: { fr: 'Sources', en: 'Sources' } },
  { id: 'methode', kind: 'text', label: { fr: 'Méthode', en: 'Method' } },
];

/** The committee's validation: when, and its members. */
export const COMMITTEE_FIELDS: readonly Field[] = [{ id: 'date_validation', kind: 'date', label: { fr: 'Date de validation', en: 'Date of validation' } }];

/** A member of the committee: a name, and the role that says why they sit on it. */
export const MEMBER_FIELDS: readonly Field[] = [
  { id: 'nom', kind: 'text', required: true, label: { fr: 'Nom', en: 'Name' } },
  { id: 'role', kind: 'text', label: { fr: 'Rôle', en: 'Role' } },
];

export const MEMBERS: { readonly id: 'membres'; readonly label: Text } = { id: 'membres', label: { fr: 'Membres du comité', en: 'Committee members' } };

/** What the evaluation concludes, at the root of the file. */
export const CONCLUSION_FIELDS: readonly Field[] = [
  { id: 'conclusions', kind: 'text', label: { fr: 'Conclusions', en: 'Conclusions' } },
  { id: 'recommandations', kind: 'texts', label: { fr: 'Recommandations', en: 'Recommendations' } },
];

/** The sections of the file these fields go in, each with its title. */
export const SECTIONS = {
  evaluation: { label: { fr: 'L’évaluation', en: 'The evaluation' } as Text, fields: EVALUATION_FIELDS },
  comite: { label: { fr: 'La validation par le comité d’évaluation', en: 'Validation by the evaluation committee' } as Text, fields: COMMITTEE_FIELDS },
} as const;
