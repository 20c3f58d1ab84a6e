/** Every point of a score, said in words: for the report's annex and for `impact score`. */
import { fieldsOf } from '../grid/grid.js';
import type { Criterion, Lang } from '../grid/types.js';
import { capitalise, formatNumber } from '../text/prose.js';
import { frenchSpacing } from '../text/typography.js';
import type { CriterionScore, FamilyScore, Reason } from './score.js';

const points = (n: number, lang: Lang): string =>
  lang === 'fr' ? `${n} point${n > 1 ? 's' : ''}` : `${n} point${n === 1 ? '' : 's'}`;

const quote = (text: string, lang: Lang): string => (lang === 'fr' ? `« ${text} »` : `“${text}”`);

function reasonText(criterion: Criterion, reason: Reason, lang: Lang): string {
  const field = 'field' in reason ? fieldsOf(criterion).find((f) => f.id === reason.field) : undefined;
  const label = capitalise(field?.label[lang] ?? '');
  const optionLabel = (id: string) => field?.options?.find((o) => o.id === id)?.label[lang] ?? id;
  const fr = lang === 'fr';
  switch (reason.kind) {
    case 'options':
      return fr
        ? `${label} : ${reason.chosen} choix, ${points(reason.points, lang)} (au plus ${reason.cap})`
        : `${label}: ${reason.chosen} chosen, ${points(reason.points, lang)} (at most ${reason.cap})`;
    case 'choice':
      return `${label}${fr ? ' :' : ':'} ${quote(optionLabel(reason.option), lang)}, ${points(reason.points, lang)}`;
    case 'count':
      return fr
        ? `${label} : ${formatNumber(reason.value, lang)}, ${points(reason.points, lang)} (1 point dès 1, 2 points dès ${reason.threshold})`
        : `${label}: ${formatNumber(reason.value, lang)}, ${points(reason.points, lang)} (1 point from 1, 2 points from ${reason.threshold})`;
    case 'texts':
      return fr
        ? `${label} : ${reason.items} élément${reason.items > 1 ? 's' : ''}, ${points(reason.points, lang)}`
        : `${label}: ${reason.items} item${reason.items > 1 ? 's' : ''}, ${points(reason.points, lang)}`;
    case 'negative': {
      const items = reason.options.map(optionLabel).join(fr ? ' ; ' : '; ');
      return fr ? `${label} : ${items} — constat négatif, rapporté sans compter de points` : `${label}: ${items} — a negative finding, reported without points`;
    }
    case 'example':
      if (reason.points > 0) return fr ? 'Exemple : 1 point' : 'Example: 1 point';
      return fr ? 'Exemple : sans point, faute d’effet positif observé' : 'Example: no point, as no positive effect was observed';
    case 'unsubstantiated':
      return fr
        ? `Total de ${reason.total} points, plafonné à 3 faute d’exemple ou de chiffre`
        : `Total of ${reason.total} points, capped at 3 for want of an example or a figure`;
    case 'ceiling':
      return fr ? `Total de ${reason.total} points, plafonné à 4` : `Total of ${reason.total} points, capped at 4`;
  }
}

export function explainCriterion(criterion: Criterion, scored: CriterionScore, lang: Lang): string[] {
  if (!scored.answered) return [lang === 'fr' ? 'Non renseigné : 0' : 'Not answered: 0'];
  const lines = scored.reasons.map((r) => reasonText(criterion, r, lang));
  return lang === 'fr' ? lines.map(frenchSpacing) : lines;
}

export function explainFamily(scored: FamilyScore, lang: Lang): string[] {
  const fr = lang === 'fr';
  const [first, second] = scored.basis;
  const lines = !scored.answered
    ? [fr ? 'Aucun critère renseigné : non évalué' : 'No criterion answered: not assessed']
    : first === 0
      ? [fr ? 'Aucun effet positif observé : 0' : 'No positive effect observed: 0']
      : [
        fr
          ? `Moyenne des deux meilleurs critères (${first} et ${second}), arrondie à l’inférieur, au moins 1 : ${scored.computed}`
          : `Mean of the two best criteria (${first} and ${second}), rounded down, at least 1: ${scored.computed}`,
      ];
  if (scored.override) {
    lines.push(fr ? `Intensité retenue par le comité : ${scored.override.valeur}` : `Intensity set by the committee: ${scored.override.valeur}`);
  }
  return fr ? lines.map(frenchSpacing) : lines;
}
