/**
 * A cell of a form export read as the answer of one field: texts as written, numbers as
 * spreadsheets write them, choices by id or label, several in one cell. What cannot be read is
 * said with what was expected, never replaced by a guess; an empty cell is no answer.
 */
import type { DiagnosticCode, Params } from '../diagnostics/diagnostic.js';
import type { Field, Option } from '../grid/types.js';
import { suggest } from '../text/suggest.js';
import { normalise, type Names } from './match.js';
import { optionNames } from './columns.js';
import { dayExists, isoDate, isoMonth, partialDate, partialIso, type PartialDate } from '../text/dates.js';

/** A cell as CSV and XLSX readers give it. */
export type Cell = string | number | boolean | Date | null | undefined;

export interface Refusal {
  readonly code: DiagnosticCode;
  readonly params: Params;
  readonly suggestion?: string | undefined;
}

export type Read = { readonly value: unknown; readonly refusals: readonly Refusal[] };

const NOTHING: Read = { value: undefined, refusals: [] };

export const text = (cell: Cell): string => (cell instanceof Date ? isoDay(cell) : String(cell ?? '')).trim();

export const isEmpty = (cell: Cell): boolean => text(cell) === '';

const isoDay = (date: Date): string => date.toISOString().slice(0, 10);

/** Items of a list in one cell: one a line, or separated by `;`. */
export const items = (cell: string): string[] =>
  cell
    .split(/\s*(?:;|\r?\n)\s*/)
    .map((item) => item.trim())
    .filter((item) => item !== '');

/** Spaces spreadsheets put between thousands: the ordinary one, U+00A0, U+202F, the apostrophe. */
const THOUSANDS = /(?<=\d)[\s\u00A0\u202F’']+(?=\d{3}(?!\d))/g;

function count(cell: Cell): Read {
  const written = typeof cell === 'number' ? cell : Number(text(cell).replace(THOUSANDS, '').replace(/^(\d+)[,.]0*$/, '$1'));
  if (Number.isSafeInteger(written) && written >= 0) return { value: written, refusals: [] };
  return { value: undefined, refusals: [{ code: 'import-not-a-count', params: { value: text(cell) } }] };
}

/** A day: an XLSX date cell, ISO (a timestamp's day), or day first (30/06/2024). */
function day(cell: Cell): string | undefined {
  if (cell instanceof Date) return isoDay(cell);
  const written = text(cell);
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+Z?)?$/.exec(written);
  if (iso) return dayExists(Number(iso[1]), Number(iso[2]), Number(iso[3])) ? `${iso[1]}-${iso[2]}-${iso[3]}` : undefined;
  return isoDate(written);
}

const notADate = (cell: Cell, partial: boolean): Read => ({ value: undefined, refusals: [{ code: partial ? 'import-not-a-partial-date' : 'import-not-a-date', params: { value: text(cell) } }] });

function date(cell: Cell): Read {
  const value = day(cell);
  return value === undefined ? notADate(cell, false) : { value, refusals: [] };
}

/** A day, else a month (2019-03, 03/2019) or a year (2019, a number cell too), written as a person would: `2019` unquoted. */
function partial(cell: Cell): Read {
  const written = text(cell);
  const value = day(cell) ?? isoMonth(written) ?? (partialDate(written) ? partialIso(partialDate(written) as PartialDate) : undefined);
  if (value === undefined) return notADate(cell, true);
  return { value: /^\d{4}$/.test(value) ? Number(value) : value, refusals: [] };
}

/** Where the longest run of pieces from `start` that names one option ends, if any does. */
function longestOption(names: Names<Option>, pieces: readonly string[], start: number): number | undefined {
  for (let end = pieces.length; end > start; end -= 1) if (names.find(pieces.slice(start, end).join(', ')).length === 1) return end;
  return undefined;
}

/**
 * The choices a cell names. Items are split on `;` and new lines, then on commas (Google Forms
 * joins a checkbox's answers with « , »), the longest run of pieces that names an option taken
 * first, since labels may hold commas themselves.
 */
export function choices(field: Field, cell: string): { options: Option[]; unknown: string[] } {
  const names = optionNames(field);
  const options: Option[] = [];
  const unknown: string[] = [];
  const take = (option: Option) => options.includes(option) || options.push(option);
  for (const item of items(cell)) {
    const pieces = item.split(',').map((p) => p.trim());
    for (let start = 0; start < pieces.length; ) {
      const end = longestOption(names, pieces, start);
      if (end === undefined) {
        if (pieces[start] !== '') unknown.push(pieces[start] ?? '');
        start += 1;
      } else {
        const [option] = names.find(pieces.slice(start, end).join(', '));
        if (option) take(option);
        start = end;
      }
    }
  }
  return { options, unknown };
}

/** A choice no option names: the nearest option as a suggestion, else every option's id. */
function unknownChoice(field: Field, value: string): Refusal {
  const suggestion = suggest(value, optionNames(field).names());
  const allowed = suggestion ? [] : (field.options ?? []).map((o) => o.id);
  return { code: 'import-unknown-choice', params: { value, field: field.id, allowed }, suggestion };
}

function choice(field: Field, cell: Cell): Read {
  const { options, unknown } = choices(field, text(cell));
  const refusals: Refusal[] = [];
  if (field.kind === 'single') {
    refusals.push(...unknown.map((value) => unknownChoice(field, value)));
    if (options.length > 1) refusals.push({ code: 'import-several-choices', params: { value: text(cell), field: field.id } });
    return { value: refusals.length === 0 ? options[0]?.id : undefined, refusals };
  }
  // An open list keeps what no option names as the evaluator's own words.
  if (!field.open) refusals.push(...unknown.map((value) => unknownChoice(field, value)));
  const value = [...options.map((o) => o.id), ...(field.open ? unknown : [])];
  return { value: value.length > 0 ? value : undefined, refusals };
}

/** A list of free texts; keywords are also separated by commas, as the platform writes them. */
function texts(field: Field, cell: Cell): Read {
  const list = field.id === 'mots_cles' ? items(text(cell)).flatMap((i) => i.split(/\s*,\s*/)).filter((i) => i !== '') : items(text(cell));
  return { value: list, refusals: [] };
}

export function readCell(field: Field, cell: Cell): Read {
  if (isEmpty(cell)) return NOTHING;
  switch (field.kind) {
    case 'text':
    case 'url':
    case 'file':
      // The schema checks a web address and the file's existence, once the file is written.
      return { value: text(cell), refusals: [] };
    case 'texts':
      return texts(field, cell);
    case 'count':
      return count(cell);
    case 'date':
      return date(cell);
    case 'partial-date':
      return partial(cell);
    case 'single':
    case 'multi':
      return choice(field, cell);
  }
}

const TICKED = new Set(['oui', 'yes', 'y', 'o', 'x', '1', 'vrai', 'true', 'coche', 'checked', 'selected', 'selectionne']);
const UNTICKED = new Set(['non', 'no', 'n', '0', 'faux', 'false', 'non coche', 'not selected', 'unchecked', 'non selectionne']);

/**
 * A cell of a column that stands for one option: ticked (yes, 1, x, or the option itself, as
 * Framaforms and Google Forms write it), not ticked (empty, no, 0), or neither.
 */
export function readTick(option: Option, cell: Cell): { ticked: boolean; refusal?: Refusal } {
  if (typeof cell === 'boolean') return { ticked: cell };
  if (isEmpty(cell)) return { ticked: false };
  const written = normalise(text(cell));
  if (TICKED.has(written) || /^[✓✔☑]$/u.test(text(cell)) || optionNames({ id: '', kind: 'multi', label: option.label, options: [option] }).find(text(cell)).length > 0) {
    return { ticked: true };
  }
  if (UNTICKED.has(written)) return { ticked: false };
  return { ticked: false, refusal: { code: 'import-not-a-tick', params: { value: text(cell), option: option.id } } };
}
