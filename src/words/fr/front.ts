/**
 * The report's words before and after the families, in French: the cover, the site and the
 * evaluation presented, the synthesis page, the committee's validation (merged into `report`).
 */
import { BAREME } from '../../grid/bareme.js';

const b = BAREME;

export const front = {
  commanditaire: 'Commanditaire',
  logo_ou_photo: 'Logo ou photo',
  le_lieu_et_l_evaluation: 'Le lieu et l’évaluation',
  le_lieu: 'Le lieu',
  l_evaluation: 'L’évaluation',
  points_de_vigilance: 'Points de vigilance',
  aucun_constat_negatif: 'Aucune réponse ne relève d’effet négatif.',
  lire_les_intensites: 'Lire les intensités',
  cle_intensites_intro: `L’intensité d’une famille d’effets est la moyenne des points de ses deux critères les mieux notés (chacun de 0 à ${b.maximum} points), arrondie à l’inférieur ; elle vaut au moins ${'+'.repeat(b.intensite_minimum)} dès qu’un effet positif est constaté.`,
  intensite_1: `des effets positifs constatés, mais ponctuels (les deux meilleurs critères ont en moyenne moins de ${b.intensite_minimum + 1} points)`,
  intensite_2: 'des effets nets (les deux meilleurs critères ont en moyenne 2 points au moins)',
  intensite_3: 'des effets marqués (les deux meilleurs critères ont en moyenne 3 points au moins)',
  intensite_4: `des effets forts et étayés (les deux meilleurs critères ont chacun ${b.maximum} points sur ${b.maximum})`,
  intensite_retenue: 'Intensité retenue par le comité',
  intensite_calculee: 'Intensité calculée',
  retenue_comite_phrase: 'Le rapport retient l’intensité fixée par le comité d’évaluation.',
  conclusions: 'Conclusions',
  recommandations: 'Recommandations',
  validation: 'Validation par le comité d’évaluation',
  valide_le: 'Rapport validé par le comité d’évaluation le',
  membres_du_comite: 'Membres du comité',
};
