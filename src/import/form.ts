/**
 * The blank form `impact init --format csv` writes: the header row `impact import` reads back,
 * one column per field, the choices of a single choice listed in its header, one column per
 * option for a list of choices (as form tools export checkboxes), a date's format and the
 * committee members' in their header. Excel opens it as it is:
 * UTF-8 with its byte-order mark, `;` between cells, CRLF between rows.
 */
import type { Field, Lang, Text } from '../grid/types.js';
import { wordsOf } from '../words/words.js';
import { MEMBERS_FIELD, ownerLabel, targets } from './columns.js';

function headersOf(field: Field, lang: Lang, owner?: Text): string[] {
  const question = owner ? `${owner[lang]} — ${field.label[lang]}` : field.label[lang];
  const options = field.options ?? [];
  if (field.kind === 'multi') return options.map((o) => `${question} [${o.label[lang]}]`);
  if (field.kind === 'single') return [`${question} (${options.map((o) => o.label[lang]).join(' | ')})`];
  const { dateFormat, partialDateFormat, membersFormat } = wordsOf(lang).imports;
  if (field.kind === 'date') return [`${question} (${dateFormat})`];
  if (field.kind === 'partial-date') return [`${question} (${partialDateFormat})`];
  if (field === MEMBERS_FIELD) return [`${question} (${membersFormat})`];
  return [question];
}

/** Every header of the form, in the order `impact init` writes the fields. */
export function formHeaders(lang: Lang): string[] {
  return targets().flatMap((target) => headersOf(target.field, lang, ownerLabel(target)));
}

const cell = (text: string): string => (/[;"\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text);

export function blankForm(lang: Lang): string {
  return `\uFEFF${formHeaders(lang).map(cell).join(';')}\r\n`;
}
