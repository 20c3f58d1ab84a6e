/**
 * What the evaluation leaves unanswered or says without evidence: every criterion with no answer,
 * every field that applies to an answered one and is left empty, every field answered although
 * the other answers rule it out, every text that is a bare yes or no, a free string in an open
 * list that looks like a mistyped option. Warnings for `impact validate`, errors with `--strict`.
 */
import { byPosition, error, formatPath, warning, type Diagnostic, type Severity } from '../diagnostics/diagnostic.js';
import { inapplicableAnswers, isAnswered, isYesNo, missingFields } from '../grid/answers.js';
import { FAMILIES, fieldsOf } from '../grid/grid.js';
import type { Criterion, Field } from '../grid/types.js';
import { locate } from '../load/locate.js';
import type { Loaded } from '../load/load.js';
import { suggest } from '../text/suggest.js';

type Answers = Readonly<Record<string, unknown>> | null | undefined;
type Make = typeof warning;

/** An id as the format writes them: a free string shaped like this was probably meant as one. */
const ID_SHAPED = /^[a-z0-9]+(?:_[a-z0-9]+)*$/;

function fieldFindings(loaded: Loaded, make: Make, criterion: Criterion, answers: Answers, path: readonly string[]): Diagnostic[] {
  const at = (field: Field, ...rest: (string | number)[]) => locate(loaded, [...path, field.id, ...rest], 'key');
  const where = (field: Field, ...rest: (string | number)[]) => ({ path: formatPath([...path, field.id, ...rest]) });
  const found: Diagnostic[] = [];
  for (const field of missingFields(criterion, answers)) {
    found.push(make(loaded.file, locate(loaded, path, 'key'), 'unanswered-field', { field: field.id, criterion: criterion.id }, where(field)));
  }
  for (const field of inapplicableAnswers(criterion, answers)) {
    const rule = field.appliesWhen;
    if (!rule) continue;
    const finding = 'options' in rule
      ? make(loaded.file, at(field), 'inapplicable-field', { field: field.id, on: rule.field, value: String(answers?.[rule.field]), allowed: rule.options }, where(field))
      : make(loaded.file, at(field), 'inapplicable-after-zero', { field: field.id, on: rule.field }, where(field));
    found.push(finding);
  }
  for (const field of fieldsOf(criterion)) {
    const value = answers?.[field.id];
    if (field.evidence && isYesNo(value)) {
      found.push(make(loaded.file, locate(loaded, [...path, field.id]), 'bare-text', { field: field.id, value: String(value).trim() }, where(field)));
    }
    if (field.open && Array.isArray(value)) {
      const ids = (field.options ?? []).map((o) => o.id);
      value.forEach((item: unknown, i) => {
        if (typeof item !== 'string' || ids.includes(item) || !ID_SHAPED.test(item)) return;
        const suggestion = suggest(item, ids);
        found.push(make(loaded.file, locate(loaded, [...path, field.id, i]), 'free-item-like-option', { value: item, field: field.id, ...(suggestion ? {} : { allowed: ids }) }, { ...where(field, i), suggestion }));
      });
    }
  }
  return found;
}

export function unanswered(loaded: Loaded, severity: Severity = 'warning'): Diagnostic[] {
  const make = severity === 'error' ? error : warning;
  const found: Diagnostic[] = [];
  for (const family of FAMILIES) {
    if (family.optional && !(family.id in loaded.data)) continue;
    const familyAnswers = loaded.data[family.id] as Answers;
    for (const criterion of family.criteria) {
      const answers = familyAnswers?.[criterion.id] as Answers;
      const path = [family.id, criterion.id];
      if (isAnswered(criterion, answers)) {
        found.push(...fieldFindings(loaded, make, criterion, answers, path));
      } else {
        const at = locate(loaded, path, 'key');
        found.push(make(loaded.file, at, 'unanswered-criterion', { criterion: criterion.id, label: criterion.label.fr }, { path: formatPath(path) }));
      }
    }
  }
  return found.sort(byPosition);
}
