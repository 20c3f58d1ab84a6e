/** The PDF's own words in French: its metadata, page numbers, the chart and the heat map's key. `{page}`-style placeholders are filled in. */
import { MAX_SCORE } from '../../score/rubric.js';

export const pdf = {
  sujet: 'Évaluation des effets sociaux et urbains d’un tiers-lieu',
  page: 'page {page} / {pages}',
  graphique: `Points par critère, sur ${MAX_SCORE}`,
  graphique_critere: `{critere} : {score} sur ${MAX_SCORE}`,
  portefeuille_sujet: 'Portefeuille d’évaluations des effets sociaux et urbains de tiers-lieux',
  carte_points: `Points sur ${MAX_SCORE} :`,
  carte_non_renseigne: 'non renseigné',
  carte_decrit: 'décrit en mots, non noté',
};
