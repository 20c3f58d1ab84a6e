/** The reasons of every point, in French words a reader follows: the report's annex and `impact score` print them. */
import { agree, counted, formatNumber } from '../../words/prose.js';
import { COUNT_POINTS, MAX_SCORE, MIN_INTENSITY, UNSUBSTANTIATED_CAP } from '../../grid/rubric.js';

const points = (n: number): string => counted(n, 'point', 'points', 'fr');
const quote = (text: string): string => `« ${text} »`;
/** What a reason is worth: « soit 2 points », « aucun point ». */
const worth = (n: number): string => (n === 0 ? 'aucun point' : `soit ${points(n)}`);
const SMALL = ['zéro', 'une', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix'];
/** A small count in words, as prose writes it (« trois réponses »), feminine. */
const inWords = (n: number): string => SMALL[n] ?? formatNumber(n, 'fr');
const answers = (n: number): string => `${inWords(n)} ${agree(n, 'réponse cochée', 'réponses cochées', 'fr')}`;

export const annex = {
  /** The words between the items of one reason: options, fields. */
  between: ' ; ',
  options: (label: string, chosen: number, got: number, cap: number) =>
    `${label} : ${answers(chosen)}, ${worth(got)}${got === cap && cap < MAX_SCORE ? ', le maximum pour cette question' : ''}`,
  choice: (label: string, option: string, got: number) => `${label} : ${quote(option)}, ${worth(got)}`,
  count: (label: string, value: number, got: number, threshold: number) =>
    `${label} : ${formatNumber(value, 'fr')}, ${worth(got)} (${points(COUNT_POINTS.some)} dès le premier, ${points(COUNT_POINTS.threshold)} à partir de ${formatNumber(threshold, 'fr')})`,
  texts: (label: string, items: number, got: number) => `${label} : ${counted(items, 'élément cité', 'éléments cités', 'fr')}, ${worth(got)}`,
  /** `what`: the field, and the negative options chosen when there are some. */
  negative: (what: string) => `${what} — constat négatif : rapporté, sans point ajouté ni retiré`,
  field: (label: string, items: string) => `${label} : ${items}`,
  example: (names: string, got: number) => `${names} : ${points(got)} de plus, car elle décrit un effet positif constaté`,
  unscoredExample: (names: string) => `${names} : aucun point, car aucune réponse cochée ni aucun nombre ne constate d’effet positif`,
  bare: (label: string, text: string) => `${label} : ${quote(text)} ne dit pas ce qui a été observé, aucun point`,
  described: () => 'Réponse en mots seulement : l’effet est décrit, sans case cochée ni nombre qui permette de le noter, aucun point',
  unsubstantiated: (total: number) => `Total de ${points(total)}, ramené à ${UNSUBSTANTIATED_CAP} : sans réponse rédigée ni chiffre, un critère ne va pas au-delà`,
  ceiling: (total: number) => `Total de ${points(total)}, ramené à ${MAX_SCORE}, le maximum d’un critère`,
  notAnswered: 'Sans réponse : aucun point',
  family: {
    'not-assessed': () => 'Aucun critère renseigné : la famille n’est pas évaluée',
    described: () =>
      'Effets décrits en mots, sans case cochée ni nombre qui constate un effet positif : aucune intensité n’est calculée ; le comité d’évaluation peut en retenir une',
    'no-positive-effect': () => 'Aucune réponse ne constate d’effet positif : aucune intensité',
    rated: (first: number, second: number, computed: number) => {
      const mean = Math.floor((first + second) / 2);
      const raised = mean < computed ? `, portée à ${MIN_INTENSITY}, le minimum dès qu’un effet positif est observé` : '';
      return `Les deux meilleurs critères ont ${points(first)} et ${points(second)} : leur moyenne, arrondie à l’entier inférieur, donne ${mean}${raised} ; intensité ${'+'.repeat(computed)}`;
    },
  },
  override: (value: number) => `Intensité retenue par le comité d’évaluation : ${'+'.repeat(value)}`,
};
