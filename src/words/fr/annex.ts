/** The reasons of every point, in French: the report's annex and `impact score` print them. */
import { counted, formatNumber } from '../../words/prose.js';
import { COUNT_POINTS, MAX_SCORE, MIN_INTENSITY, UNSUBSTANTIATED_CAP } from '../../grid/rubric.js';

const points = (n: number): string => counted(n, 'point', 'points', 'fr');
const quote = (text: string): string => `« ${text} »`;

export const annex = {
  /** The words between the items of one reason: options, fields. */
  between: ' ; ',
  options: (label: string, chosen: number, got: number, cap: number) => `${label} : ${counted(chosen, 'choix', 'choix', 'fr')}, ${points(got)} (au plus ${cap})`,
  choice: (label: string, option: string, got: number) => `${label} : ${quote(option)}, ${points(got)}`,
  count: (label: string, value: number, got: number, threshold: number) =>
    `${label} : ${formatNumber(value, 'fr')}, ${points(got)} (${points(COUNT_POINTS.some)} dès 1, ${points(COUNT_POINTS.threshold)} dès ${formatNumber(threshold, 'fr')})`,
  texts: (label: string, items: number, got: number) => `${label} : ${counted(items, 'élément', 'éléments', 'fr')}, ${points(got)}`,
  /** `what`: the field, and the negative options chosen when there are some. */
  negative: (what: string) => `${what} — constat négatif, rapporté sans compter de points`,
  field: (label: string, items: string) => `${label} : ${items}`,
  example: (names: string, got: number) => `${names} : ${points(got)}, car elle étaye un effet positif`,
  unscoredExample: (names: string) => `${names} : sans point, faute d’effet positif observé par un choix ou un nombre`,
  bare: (label: string, text: string) => `${label} : ${quote(text)} ne dit pas ce qui a été observé, sans point`,
  described: () => 'Réponse en mots seulement : l’effet est décrit, sans choix ni nombre à noter (0 point)',
  unsubstantiated: (total: number) => `Total de ${points(total)}, plafonné à ${UNSUBSTANTIATED_CAP} faute de réponse rédigée ou de chiffre`,
  ceiling: (total: number) => `Total de ${points(total)}, plafonné à ${MAX_SCORE}`,
  notAnswered: 'Non renseigné : 0',
  family: {
    'not-assessed': () => 'Aucun critère renseigné : non évalué',
    described: () =>
      'Effets décrits en mots, sans choix ni nombre qui constate un effet positif : aucune intensité n’est calculée ; le comité d’évaluation peut en retenir une',
    'no-positive-effect': () => 'Aucun effet positif observé : 0',
    rated: (first: number, second: number, computed: number) => `Moyenne des deux meilleurs critères (${first} et ${second}), arrondie à l’inférieur, au moins ${MIN_INTENSITY} : ${computed}`,
  },
  override: (value: number) => `Intensité retenue par le comité : ${value}`,
};
