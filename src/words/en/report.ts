/** The report's and the portfolio's own words in English, by the names the shared templates give them (see ../fr/report.ts). */
import { BAREME } from '../../grid/bareme.js';
import { body } from './body.js';
import { front } from './front.js';
import { synthesis } from './synthesis.js';
import type { report as french } from '../fr/report.js';

const plus = (n: number): string => '+'.repeat(n);
const b = BAREME;

export const report: typeof french = {
  ...front,
  ...body,
  ...synthesis,
  deux_points: ':',
  titre_rapport: 'Evaluation of the social and urban effects',
  synthese: 'Summary',
  famille_d_effets: 'Family of effects',
  intensite: 'Intensity',
  mots_cles: 'Keywords',
  avis_du_comite_calculee: 'committee’s view; computed:',
  justification_du_comite: 'The committee’s reasons:',
  reponse_des_evaluateurs: 'The evaluators’ answer:',
  precisions_des_evaluateurs: 'The evaluators add:',
  autres_observations: 'Other observations:',
  effets_decrits: 'effects described, not rated',
  aucun_effet_positif: 'no positive effect',
  non_evalue: 'not assessed',
  critere: 'Criterion',
  points: 'Points',
  detail: 'Details',
  separateur_raisons: '; ',
  portefeuille: 'Evaluation portfolio',
  lieu_evalue: 'site evaluated',
  lieux_evalues: 'sites evaluated',
  intensites_par_famille: 'Intensity by family of effects',
  effets_decrits_court: 'effects described',
  sans_objet: 'not applicable',
  cle_intensites: `Number of sites evaluated at each intensity, from ${plus(b.intensite_minimum)} to ${plus(b.maximum)}; “effects described”: criteria of the family are answered in words only, with no choice recording a positive effect: described, they are not rated; “no positive effect”: the family’s choices record no positive effect; “not assessed”: no criterion of the family is answered`,
  cle_sans_objet: '; “not applicable”: the evaluation leaves out this optional family, meant for sites that take part in an urban project',
  intensites_par_lieu: 'Intensity by site',
  lieu: 'Site',
  comite_calculee: 'committee; computed:',
  cle_comite: '“Committee”: the intensity set by the evaluation committee, followed by the intensity computed from the answers.',
  lieux_evalues_titre: 'Sites evaluated',
  periode_non_precisee: 'period not given',
  evalue_le: 'evaluated on',
  non_inclus_titre: 'Evaluations not included',
  non_inclus_texte: 'These evaluations could not be read or do not follow the expected format: they are counted nowhere in this portfolio.',
  evaluation_sans_nom: 'An evaluation without a site name',
  fichier_illisible: 'A file that could not be read',
  ligne: 'line',
  points_par_critere: 'Points per criterion',
  cle_carte: `Each cell gives the points of one criterion for one site, from 0 to ${b.maximum}; “–”: criterion not answered; “d”: criterion described in words, not rated`,
  cle_carte_sans_objet: '; empty cell: criterion of a family that does not apply to the site',
  cle_carte_suite: '. The criteria, numbered by family of effects:',
  chiffres_par_periode: 'Figures by period',
  periode: 'Period',
  personnes_accompagnees: 'People reached',
  nouveaux_projets: 'New unplanned projects or actions',
  cle_periodes: 'The sites evaluated do not all cover the same period (the one each evaluation gives): their figures are given period by period. In brackets: how many of the period’s sites answered; “–”: none did.',
  sur: 'of',
};
