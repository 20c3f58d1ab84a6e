/** The PDF's own words in English: its metadata, page numbers, the chart and the heat map's key. `{page}`-style placeholders are filled in. */
import { MAX_SCORE } from '../../grid/rubric.js';
import type { Words } from '../catalogue.js';

export const pdf: Words['pdf'] = {
  sujet: 'Evaluation of the social and urban effects of a third place',
  source: 'The evaluation this report was made from, in YAML',
  page: 'page {page} of {pages}',
  graphique: `Points per criterion, out of ${MAX_SCORE}`,
  graphique_critere: `{critere}: {score} out of ${MAX_SCORE}`,
  graphique_critere_negatif: `{critere}: {score} out of ${MAX_SCORE}, negative finding`,
  graphique_critere_non_renseigne: '{critere}: not answered',
  graphique_legende_points: 'points of positive effects',
  graphique_legende_negatif: 'negative finding',
  graphique_non_renseigne: 'not answered',
  carte_retenue: 'set by the committee',
  carte_calculee: 'computed',
  portefeuille_sujet: 'Portfolio of evaluations of the social and urban effects of third places',
  comparaison_sujet: 'Changes in the social and urban effects of a third place between two evaluations',
  carte_points: `Points out of ${MAX_SCORE}:`,
  carte_non_renseigne: 'not answered',
  carte_decrit: 'described in words, not rated',
};
