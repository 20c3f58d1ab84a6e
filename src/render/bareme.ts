/**
 * `{{bareme "name"}}`: a number of the rubric (src/grid/bareme.ts) in a template's words, never
 * written there by hand; `{{bareme "name" "+"}}` writes it as an intensity, ++. A constant,
 * folded into the template's text when it is parsed (fold.ts).
 */
import { BAREME } from '../grid/bareme.js';
import { UnknownNameError } from './template-errors.js';

export const BAREME_HELPER = 'bareme';

/** The number `name` as printed, as `+` signs when `form` is "+"; an UnknownNameError for a name the rubric lacks. */
export function baremeText(name: string, form?: unknown): string {
  const n = Object.hasOwn(BAREME, name) ? (BAREME as Readonly<Record<string, number>>)[name] : undefined;
  if (n === undefined) throw new UnknownNameError(BAREME_HELPER, name, Object.keys(BAREME));
  return form === '+' ? '+'.repeat(n) : String(n);
}
