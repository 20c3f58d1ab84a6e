/** Every point of a score, said in words: for the report's annex and for `impact score`. */
import { fieldsOf } from '../grid/grid.js';
import type { Criterion, Lang } from '../grid/types.js';
import { capitalise, counted, formatNumber } from '../prose/prose.js';
import { frenchSpacing } from '../text/typography.js';
import type { CriterionScore, FamilyScore, Reason } from './score.js';

const points = (n: number, lang: Lang): string => counted(n, 'point', 'points', lang);

const quote = (text: string, lang: Lang): string => (lang === 'fr' ? `« ${text} »` : `“${text}”`);

function reasonText(criterion: Criterion, reason: Reason, lang: Lang): string {
  const labelOf = (id: string) => fieldsOf(criterion).find((f) => f.id === id)?.label[lang] ?? id;
  const field = 'field' in reason ? fieldsOf(criterion).find((f) => f.id === reason.field) : undefined;
  const label = capitalise(field?.label[lang] ?? '');
  const optionLabel = (id: string) => field?.options?.find((o) => o.id === id)?.label[lang] ?? id;
  const fr = lang === 'fr';
  switch (reason.kind) {
    case 'options':
      return fr
        ? `${label} : ${counted(reason.chosen, 'choix', 'choix', lang)}, ${points(reason.points, lang)} (au plus ${reason.cap})`
        : `${label}: ${formatNumber(reason.chosen, lang)} chosen, ${points(reason.points, lang)} (at most ${reason.cap})`;
    case 'choice':
      return `${label}${fr ? ' :' : ':'} ${quote(optionLabel(reason.option), lang)}, ${points(reason.points, lang)}`;
    case 'count':
      return fr
        ? `${label} : ${formatNumber(reason.value, lang)}, ${points(reason.points, lang)} (${points(1, lang)} dès 1, ${points(2, lang)} dès ${formatNumber(reason.threshold, lang)})`
        : `${label}: ${formatNumber(reason.value, lang)}, ${points(reason.points, lang)} (${points(1, lang)} from 1, ${points(2, lang)} from ${formatNumber(reason.threshold, lang)})`;
    case 'texts':
      return fr
        ? `${label} : ${counted(reason.items, 'élément', 'éléments', lang)}, ${points(reason.points, lang)}`
        : `${label}: ${counted(reason.items, 'item', 'items', lang)}, ${points(reason.points, lang)}`;
    case 'negative': {
      const items = reason.options.map(optionLabel).join(fr ? ' ; ' : '; ');
      const what = items ? `${label}${fr ? ' :' : ':'} ${items}` : label;
      return fr ? `${what} — constat négatif, rapporté sans compter de points` : `${what} — a negative finding, reported without points`;
    }
    case 'example': {
      const names = reason.fields.map(labelOf).join(fr ? ' ; ' : '; ');
      if (reason.points > 0) return `${capitalise(names)}${fr ? ' :' : ':'} ${points(1, lang)}${fr ? ', car elle étaye un effet positif' : ', as it substantiates a positive effect'}`;
      return fr
        ? `${capitalise(names)} : sans point, faute d’effet positif observé par un choix ou un nombre`
        : `${capitalise(names)}: no point, as no choice or number observes a positive effect`;
    }
    case 'bare':
      return fr
        ? `${label} : ${quote(reason.text, lang)} ne dit pas ce qui a été observé, sans point`
        : `${label}: ${quote(reason.text, lang)} does not say what was observed, no point`;
    case 'described':
      return fr
        ? 'Réponse en mots seulement : l’effet est décrit, sans choix ni nombre à noter (0 point)'
        : 'Answered in words only: the effect is described, with no choice or number to rate (0 points)';
    case 'unsubstantiated':
      return fr
        ? `Total de ${points(reason.total, lang)}, plafonné à 3 faute de réponse rédigée ou de chiffre`
        : `Total of ${points(reason.total, lang)}, capped at 3 for want of a written answer or a figure`;
    case 'ceiling':
      return fr ? `Total de ${points(reason.total, lang)}, plafonné à 4` : `Total of ${points(reason.total, lang)}, capped at 4`;
  }
}

export function explainCriterion(criterion: Criterion, scored: CriterionScore, lang: Lang): string[] {
  if (!scored.answered) return [lang === 'fr' ? 'Non renseigné : 0' : 'Not answered: 0'];
  const lines = scored.reasons.map((r) => reasonText(criterion, r, lang));
  return lang === 'fr' ? lines.map(frenchSpacing) : lines;
}

function familyLine(scored: FamilyScore, fr: boolean): string {
  const [first, second] = scored.basis;
  switch (scored.status) {
    case 'not-assessed':
      return fr ? 'Aucun critère renseigné : non évalué' : 'No criterion answered: not assessed';
    case 'described':
      return fr
        ? 'Effets décrits en mots, sans choix ni nombre qui constate un effet positif : aucune intensité n’est calculée ; le comité d’évaluation peut en retenir une'
        : 'Effects described in words, with no choice or number observing a positive effect: no intensity is computed; the evaluation committee may set one';
    case 'no-positive-effect':
      return fr ? 'Aucun effet positif observé : 0' : 'No positive effect observed: 0';
    case 'rated':
      return fr
        ? `Moyenne des deux meilleurs critères (${first} et ${second}), arrondie à l’inférieur, au moins 1 : ${scored.computed}`
        : `Mean of the two best criteria (${first} and ${second}), rounded down, at least 1: ${scored.computed}`;
  }
}

export function explainFamily(scored: FamilyScore, lang: Lang): string[] {
  const fr = lang === 'fr';
  const lines = [familyLine(scored, fr)];
  if (scored.override) {
    lines.push(fr ? `Intensité retenue par le comité : ${scored.override.valeur}` : `Intensity set by the committee: ${scored.override.valeur}`);
  }
  return fr ? lines.map(frenchSpacing) : lines;
}
