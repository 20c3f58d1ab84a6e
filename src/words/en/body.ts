/** The words of the families' and criteria's pages in English; the French file says what each is for. */
import type { body as fr } from '../fr/body.js';

export const body: typeof fr = {
  non_renseigne: 'Not answered',
  non_renseignes: 'Not answered',
  autre_observation: 'Also observed:',
  famille_non_evaluee: 'Intensity not assessed: none of its criteria was answered.',
  citations_en_langue_d_origine: 'The evaluators’ own words (answers, keywords) are quoted as written, in their original language.',
};
