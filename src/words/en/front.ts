/** The report's words before and after the families, in English (see ../fr/front.ts). */
import { BAREME } from '../../grid/bareme.js';
import type { front as french } from '../fr/front.js';

const b = BAREME;

export const front: Record<keyof typeof french, string> = {
  commanditaire: 'Commissioned by',
  logo_ou_photo: 'Logo or photo',
  le_lieu_et_l_evaluation: 'The site and the evaluation',
  le_lieu: 'The site',
  l_evaluation: 'The evaluation',
  points_de_vigilance: 'Points to watch',
  aucun_constat_negatif: 'No answer records a negative effect.',
  lire_les_intensites: 'Reading the intensities',
  cle_intensites_intro: `A family’s intensity is the mean of the points of its two best-rated criteria (each from 0 to ${b.maximum} points), rounded down; it is at least ${'+'.repeat(b.intensite_minimum)} once a positive effect is observed.`,
  intensite_1: `positive effects observed, but occasional (the two best criteria average fewer than ${b.intensite_minimum + 1} points)`,
  intensite_2: 'clear effects (the two best criteria average 2 points or more)',
  intensite_3: 'marked effects (the two best criteria average 3 points or more)',
  intensite_4: `strong, well-evidenced effects (the two best criteria both have ${b.maximum} points out of ${b.maximum})`,
  intensite_retenue: 'Intensity set by the committee',
  intensite_calculee: 'Computed intensity',
  retenue_comite_phrase: 'The report retains the intensity set by the evaluation committee.',
  conclusions: 'Conclusions',
  recommandations: 'Recommendations',
  validation: 'Validation by the evaluation committee',
  valide_le: 'Report validated by the evaluation committee on',
  membres_du_comite: 'Committee members',
};
