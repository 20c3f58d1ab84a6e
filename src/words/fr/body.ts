/**
 * The words of the families' and criteria's pages in French (`{{mot "…"}}` in famille.hbs and
 * critere.hbs): what collapses when nothing was answered, and the note on quoted answers.
 */
export const body = {
  /** Before the criteria a family leaves unanswered, agreeing with their number (« Non renseignés : santé et capacité à agir. »). */
  non_renseigne: 'Non renseigné',
  non_renseignes: 'Non renseignés',
  /** Before a criterion's other observations when there is only one, as a sentence rather than a list of one. */
  autre_observation: 'Autre observation :',
  famille_non_evaluee: 'Intensité non évaluée : aucun de ses critères n’est renseigné.',
  citations_en_langue_d_origine: 'Les mots des évaluateur·rice·s (réponses, mots-clés) sont cités tels qu’écrits, dans leur langue d’origine.',
};
