/** The words of `impact compare` in English (see ../fr/compare.ts). */
import { BAREME } from '../../grid/bareme.js';
import type { compareHelp as frenchHelp, comparison as french } from '../fr/compare.js';

const plus = (n: number): string => '+'.repeat(n);

export const comparison: typeof french = {
  comparaison_titre: 'Changes',
  comparaison_commune: 'Town',
  comparaison_avant: 'Before',
  comparaison_apres: 'After',
  evaluee_le: 'evaluated on',
  correspondance_identifiant: 'Both evaluations give the same site identifier.',
  correspondance_nom_commune: 'Both evaluations give the same name of the site and the same town.',
  correspondance_forcee:
    'These two evaluations give neither the same site identifier nor the same name and town: they are compared because the evaluators asked for it.',
  comparaison_ensemble: 'Overview',
  comparaison_evolution: 'Change',
  comparaison_chiffres: 'From one evaluation to the other:',
  criteres_en_hausse: 'Criteria up',
  criteres_en_baisse: 'Criteria down',
  criteres_seulement_avant: 'Criteria answered only before',
  criteres_seulement_apres: 'Criteria answered only after',
  observations_ajoutees: 'Observations added',
  observations_retirees: 'Observations no longer recorded',
  negatifs_apparus: 'New negative findings',
  negatifs_resolus: 'Negative findings no longer recorded',
  textes_reecrits: 'Texts rewritten',
  aucun_changement: 'Both evaluations give the same answers: nothing changed.',
  comparaison_cle: `“Before”: the first evaluation; “after”: the second. A criterion scores 0 to ${BAREME.maximum} points, a family’s intensity runs from ${plus(BAREME.intensite_minimum)} to ${plus(BAREME.maximum)}. Observations are the answers chosen from a list; negative findings are counted apart.`,
  en_hausse: 'up',
  en_baisse: 'down',
  stable: 'unchanged',
  autre_statut: 'same intensity, another finding',
  famille_ajoutee: 'family added',
  famille_retiree: 'family left out',
  critere_inchange: 'Unchanged',
  criteres_inchanges: 'Unchanged',
  jamais_renseigne: 'Answered in neither evaluation',
  jamais_renseignes: 'Answered in neither evaluation',
  seulement_avant: 'Answered only in the first evaluation:',
  seulement_apres: 'Answered only in the second evaluation:',
  decrit_non_note: 'described, not rated',
  point_un: 'point',
  point_plusieurs: 'points',
  en_plus: 'added:',
  en_moins: 'no longer:',
  sans_reponse: 'no answer',
  texte_reecrit: 'text rewritten.',
  texte_ajoute: 'text added:',
  texte_retire: 'text removed, which said:',
  ouvre_citation: '“',
  ferme_citation: '”',
  negatif_apparu: 'New negative finding',
  negatif_resolu: 'Negative finding no longer recorded',
  evolution_lieux: 'Sites evaluated more than once',
  criteres_hausse_baisse: 'Criteria up / down',
  negatifs_apparus_resolus: 'Negative findings new / no longer recorded',
  cle_evolution:
    'A site is recognised from one evaluation to the next by its identifier, else by its name and town; its evaluations are in period order. Each cell gives the family’s intensity at each evaluation, from the first to the last; criteria and negative findings compare the first evaluation with the last.',
  constat_negatif: 'Negative finding',
};

export const compareHelp: typeof frenchHelp = {
  /** The names of the two files in the usage line: `<before> <after>`. */
  names: { before: 'before', after: 'after' },
  description: 'compares two evaluations of one site: what changed, family by family and criterion by criterion (<second>-comparaison.pdf and .md)',
  before: 'the first evaluation (YAML)',
  after: 'the second evaluation (YAML)',
  outDir: 'writes the comparison in this folder rather than beside the second evaluation',
  force: 'compares even two files that do not name the same site (neither the same identifier nor the same name and town)',
  lang: 'language of the comparison and of the messages',
};
