/**
 * The report's and the portfolio's own words in French, by the names the shared templates give
 * them (`{{mot "synthese"}}`); a `mots.json` in a `--templates` folder overrides any of them. A
 * word carries its punctuation and the space before it (« Intensité », « deux_points » :
 * « : »): French spacing is applied to it as to the template's text. The criteria's sentences,
 * whose grammar differs, are in templates/fr/criteres/.
 */
import { BAREME } from '../../grid/bareme.js';
import { body } from './body.js';
import { front } from './front.js';
import { synthesis } from './synthesis.js';

const plus = (n: number): string => '+'.repeat(n);
const b = BAREME;

export const report = {
  ...front,
  ...body,
  ...synthesis,
  deux_points: ' :',
  titre_rapport: 'Évaluation des effets sociaux et urbains',
  synthese: 'Synthèse',
  famille_d_effets: 'Famille d’effets',
  intensite: 'Intensité',
  mots_cles: 'Mots-clés',
  avis_du_comite_calculee: 'avis du comité ; calculée :',
  justification_du_comite: 'Justification du comité :',
  reponse_des_evaluateurs: 'Réponse des évaluateur·rice·s :',
  precisions_des_evaluateurs: 'Précisions des évaluateur·rice·s :',
  autres_observations: 'Autres observations :',
  effets_decrits: 'effets décrits, non notés',
  aucun_effet_positif: 'aucun effet positif',
  non_evalue: 'non évaluée',
  critere: 'Critère',
  points: 'Points',
  detail: 'Détail',
  separateur_raisons: ' ; ',
  portefeuille: 'Portefeuille d’évaluations',
  lieu_evalue: 'lieu évalué',
  lieux_evalues: 'lieux évalués',
  intensites_par_famille: 'Intensités par famille d’effets',
  effets_decrits_court: 'effets décrits',
  sans_objet: 'sans objet',
  cle_intensites: `Nombre de lieux évalués par intensité, de ${plus(b.intensite_minimum)} à ${plus(b.maximum)} ; « effets décrits » : des critères de la famille sont renseignés en mots seulement, sans choix qui constate un effet positif : décrits, ils ne sont pas notés ; « aucun effet positif » : les réponses à choix de la famille ne constatent aucun effet positif ; « non évaluée » : aucun critère de la famille n’est renseigné`,
  cle_sans_objet: ' ; « sans objet » : l’évaluation ne comporte pas cette famille facultative, réservée aux lieux qui participent à un projet urbain',
  intensites_par_lieu: 'Intensités par lieu',
  lieu: 'Lieu',
  comite_calculee: 'comité ; calculée :',
  cle_comite: '« Comité » : l’intensité retenue par le comité d’évaluation, suivie de l’intensité calculée à partir des réponses.',
  lieux_evalues_titre: 'Lieux évalués',
  periode_non_precisee: 'période non précisée',
  evalue_le: 'évalué le',
  non_inclus_titre: 'Évaluations non incluses',
  non_inclus_texte: 'Ces évaluations n’ont pas pu être lues ou ne suivent pas le format attendu : elles ne sont comptées nulle part dans ce portefeuille.',
  evaluation_sans_nom: 'Une évaluation sans nom de lieu',
  fichier_illisible: 'Un fichier illisible',
  ligne: 'ligne',
  points_par_critere: 'Points par critère',
  cle_carte: `Chaque case donne les points d’un critère pour un lieu, de 0 à ${b.maximum} ; « – » : critère non renseigné ; « d » : critère décrit en mots, non noté`,
  cle_carte_sans_objet: ' ; case vide : critère d’une famille sans objet pour le lieu',
  cle_carte_suite: '. Les critères, numérotés par famille d’effets :',
  chiffres_par_periode: 'Chiffres par période',
  periode: 'Période',
  personnes_accompagnees: 'Personnes accompagnées',
  nouveaux_projets: 'Nouveaux projets ou actions imprévus',
  cle_periodes: 'Les lieux évalués ne couvrent pas tous la même période (celle qu’indique chaque évaluation) : leurs chiffres sont donnés période par période. Entre parenthèses : combien des lieux de la période ont répondu ; « – » : aucun.',
  sur: 'sur',
};
