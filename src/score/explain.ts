/** Every point of a score, said in words: for the report's annex and for `impact score`. */
import { fieldsOf } from '../grid/grid.js';
import type { Criterion, Lang } from '../grid/types.js';
import { capitalise } from '../words/prose.js';
import { wordsOf } from '../words/words.js';
import type { CriterionScore, FamilyScore, Reason } from './score.js';

function reasonText(criterion: Criterion, reason: Reason, lang: Lang): string {
  const words = wordsOf(lang).annex;
  const labelOf = (id: string) => fieldsOf(criterion).find((f) => f.id === id)?.label[lang] ?? id;
  const field = 'field' in reason ? fieldsOf(criterion).find((f) => f.id === reason.field) : undefined;
  const label = capitalise(field?.label[lang] ?? '');
  const optionLabel = (id: string) => field?.options?.find((o) => o.id === id)?.label[lang] ?? id;
  switch (reason.kind) {
    case 'options':
      return words.options(label, reason.chosen, reason.points, reason.cap);
    case 'choice':
      return words.choice(label, optionLabel(reason.option), reason.points);
    case 'count':
      return words.count(label, reason.value, reason.points, reason.threshold);
    case 'texts':
      return words.texts(label, reason.items, reason.points);
    case 'negative': {
      const items = reason.options.map(optionLabel).join(words.between);
      return words.negative(items ? words.field(label, items) : label);
    }
    case 'example': {
      const names = capitalise(reason.fields.map(labelOf).join(words.between));
      return reason.points > 0 ? words.example(names, reason.points) : words.unscoredExample(names);
    }
    case 'bare':
      return words.bare(label, reason.text);
    case 'described':
      return words.described();
    case 'unsubstantiated':
      return words.unsubstantiated(reason.total);
    case 'ceiling':
      return words.ceiling(reason.total);
  }
}

export function explainCriterion(criterion: Criterion, scored: CriterionScore, lang: Lang): string[] {
  const { annex, typography } = wordsOf(lang);
  const lines = scored.answered ? scored.reasons.map((r) => reasonText(criterion, r, lang)) : [annex.notAnswered];
  return lines.map(typography.spaced);
}

function familyLine(scored: FamilyScore, lang: Lang): string {
  const { family } = wordsOf(lang).annex;
  const [first, second] = scored.basis;
  return scored.status === 'rated' ? family.rated(first, second, scored.computed) : family[scored.status]();
}

export function explainFamily(scored: FamilyScore, lang: Lang): string[] {
  const { annex, typography } = wordsOf(lang);
  const lines = [familyLine(scored, lang), ...(scored.override ? [annex.override(scored.override.valeur)] : [])];
  return lines.map(typography.spaced);
}
