/**
 * What the evaluation leaves unanswered: every criterion with no answer and every field left
 * empty in an answered one (the example and free observations are optional by nature). Warnings
 * for `impact validate`, errors with `--strict`.
 */
import { byPosition, error, formatPath, warning, type Diagnostic, type Severity } from '../diagnostics/diagnostic.js';
import { FAMILIES } from '../grid/grid.js';
import { locate } from '../load/locate.js';
import type { Loaded } from '../load/load.js';
import { emptyFields, scoreCriterion } from '../score/score.js';

type Answers = Readonly<Record<string, unknown>> | null | undefined;

export function unanswered(loaded: Loaded, severity: Severity = 'warning'): Diagnostic[] {
  const make = severity === 'error' ? error : warning;
  const found: Diagnostic[] = [];
  for (const family of FAMILIES) {
    if (family.optional && !(family.id in loaded.data)) continue;
    const familyAnswers = loaded.data[family.id] as Answers;
    for (const criterion of family.criteria) {
      const answers = familyAnswers?.[criterion.id] as Answers;
      const path = [family.id, criterion.id];
      const at = locate(loaded, path, 'key');
      if (!scoreCriterion(criterion, answers).answered) {
        found.push(make(loaded.file, at, 'unanswered-criterion', { criterion: criterion.id, label: criterion.label.fr }, { path: formatPath(path) }));
        continue;
      }
      for (const field of emptyFields(criterion, answers)) {
        found.push(make(loaded.file, at, 'unanswered-field', { field: field.id, criterion: criterion.id }, { path: formatPath([...path, field.id]) }));
      }
    }
  }
  return found.sort(byPosition);
}
