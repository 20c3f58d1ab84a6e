/** The HTML report's own words in English: its table of contents, and the captions of the tables a role gives no heading of their own. */
import type { Words } from '../catalogue.js';

export const html: Words['html'] = {
  sommaire: 'Contents',
  tableau_synthese: 'Each family’s intensity',
  tableau_avis_comite: 'The intensity the committee set, and the computed one',
  tableau_legende: 'The heat map’s criteria by number, family by family',
};
