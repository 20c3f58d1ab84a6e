/** The PDF's own words in English: its metadata, page numbers, the chart and the heat map's key. `{page}`-style placeholders are filled in. */
import { MAX_SCORE } from '../../score/rubric.js';
import type { Words } from '../catalogue.js';

export const pdf: Words['pdf'] = {
  sujet: 'Evaluation of the social and urban effects of a third place',
  page: 'page {page} of {pages}',
  graphique: `Points per criterion, out of ${MAX_SCORE}`,
  graphique_critere: `{critere}: {score} out of ${MAX_SCORE}`,
  portefeuille_sujet: 'Portfolio of evaluations of the social and urban effects of third places',
  carte_points: `Points out of ${MAX_SCORE}:`,
  carte_non_renseigne: 'not answered',
  carte_decrit: 'described in words, not rated',
};
