/**
 * The words of the synthesis's family sentences in French (templates/fr/synthese_famille.hbs,
 * merged into `report`): the ways of saying what a family's effects rest on, which families take
 * in turn (`tournure` in src/model/synthesis.ts, TOURNURES of them). Each follows the family's
 * name, « Les effets individuels », and takes a criterion's name with its article: no
 * preposition here contracts with it (« sur le », never « à le »). `_second` opens the sentence
 * on the second criterion.
 */
export const synthesis = {
  tournure_1_seul: 'reposent sur',
  tournure_1_premier: 'reposent d’abord sur',
  tournure_1_second: 'Ils reposent aussi sur',
  tournure_2_seul: 'se lisent dans',
  tournure_2_premier: 'se lisent avant tout dans',
  tournure_2_second: 'Ils se lisent aussi dans',
  tournure_3_seul: 'passent par',
  tournure_3_premier: 'passent d’abord par',
  tournure_3_second: 'Ils passent aussi par',
  tournure_4_seul: 'se manifestent par',
  tournure_4_premier: 'se manifestent surtout par',
  tournure_4_second: 'Ils se manifestent aussi par',
  /** After a family's intensity when the committee set it: « (++, intensité retenue par le comité) ». */
  synthese_retenue_comite: 'intensité retenue par le comité',
};
