/**
 * What a wrong answer most likely meant, when it is not a typo: an option's label written
 * instead of its id, a date in French order, a number in quotes.
 */
import { FAMILIES, fieldsOf } from '../grid/grid.js';
import type { Option } from '../grid/types.js';
import type { DataPath } from '../load/locate.js';
import { normalise, suggest } from '../text/suggest.js';

/** The options of the field at `path` ([family, criterion, field] and, in a list, the index). */
export function optionsAt(path: DataPath): readonly Option[] {
  const [familyId, criterionId, fieldId] = path;
  const criterion = FAMILIES.find((f) => f.id === familyId)?.criteria.find((c) => c.id === criterionId);
  return (criterion && fieldsOf(criterion).find((f) => f.id === fieldId)?.options) ?? [];
}

/**
 * The id of the option whose label, in either language, `value` is (case, accents, spaces and
 * apostrophes aside) or, when `near`, nearly is.
 */
export function idOfLabel(value: string, options: readonly Option[], near: boolean): string | undefined {
  const labelled = options.flatMap((o) => [o.label.fr, o.label.en].map((label) => ({ label, id: o.id })));
  const typed = normalise(value);
  const exact = labelled.find(({ label }) => normalise(label) === typed);
  if (exact || !near) return exact?.id;
  const nearest = suggest(
    value,
    labelled.map(({ label }) => label),
  );
  return labelled.find(({ label }) => label === nearest)?.id;
}

/** A number written as a text (`"12"`, `" 3 "`): the number, as it should be written. */
export function quotedNumber(value: unknown): string | undefined {
  return typeof value === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(value) ? value.trim() : undefined;
}

/**
 * A web address written without its scheme (`www.lieu.fr`, `lieu.fr/agenda`) or with its slashes
 * wrong (`https:/lieu.fr`, `http//lieu.fr`): the address as it should be written.
 */
export function fullAddress(text: string): string | undefined {
  const written = text.trim();
  const host = /^(?:https?:?\/*)?([\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+(?:[/?#]\S*)?)$/iu.exec(written);
  if (!host?.[1]) return undefined;
  const scheme = /^http(?!s)/i.test(written) ? 'http' : 'https';
  return `${scheme}://${host[1]}`;
}
