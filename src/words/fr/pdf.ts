/** The PDF's own words in French: its metadata, page numbers, the chart and the heat map's key. `{page}`-style placeholders are filled in. */
import { MAX_SCORE } from '../../grid/rubric.js';

export const pdf = {
  sujet: 'Évaluation des effets sociaux et urbains d’un tiers-lieu',
  source: 'L’évaluation dont ce rapport est tiré, en YAML',
  page: 'page {page} / {pages}',
  graphique: `Points par critère, sur ${MAX_SCORE}`,
  graphique_critere: `{critere}\u00A0: {score} sur ${MAX_SCORE}`,
  graphique_critere_negatif: `{critere}\u00A0: {score} sur ${MAX_SCORE}, constat négatif`,
  graphique_critere_non_renseigne: '{critere}\u00A0: non renseigné',
  graphique_legende_points: 'points d’effets positifs',
  graphique_legende_negatif: 'constat négatif',
  graphique_non_renseigne: 'non renseigné',
  carte_retenue: 'retenue par le comité',
  carte_calculee: 'calculée',
  portefeuille_sujet: 'Portefeuille d’évaluations des effets sociaux et urbains de tiers-lieux',
  comparaison_sujet: 'Évolution des effets sociaux et urbains d’un tiers-lieu entre deux évaluations',
  carte_points: `Points sur ${MAX_SCORE} :`,
  carte_non_renseigne: 'non renseigné',
  carte_decrit: 'décrit en mots, non noté',
};
