/**
 * A form export, one site a row: each column read once from its header, then each cell as the
 * answer of its field. What maps to nothing is reported at its row and column; the row's other
 * answers are still imported.
 */
import { NO_POSITION, error, type Diagnostic, type DiagnosticCode, type Params } from '../diagnostics/diagnostic.js';
import { suggest } from '../text/suggest.js';
import { MEMBERS_FIELD, pathOf, readHeader, type Column } from './columns.js';
import { readMembers } from './members.js';
import { setAnswer, type Imported, type ImportedSite, type Tree } from './site.js';
import { columnLetters } from './table.js';
import { isEmpty, readCell, readTick, type Cell, type Refusal } from './values.js';

const NAME = 'lieu.nom';

interface Heading {
  readonly index: number;
  readonly header: string;
  readonly column: Column;
}

/**
 * The columns, each header read; a second column for a field already filled is refused, and so
 * is a column without a header that holds answers.
 */
function headings(file: string, header: readonly Cell[], body: readonly (readonly Cell[])[], diagnostics: Diagnostic[]): Heading[] {
  const width = body.reduce((widest, row) => Math.max(widest, row.length), header.length);
  const seen = new Map<string, number>();
  return Array.from({ length: width }, (_, index) => {
    const text = String(header[index] ?? '').trim();
    const at = { line: 1, column: index + 1 };
    const where = { header: text, column: columnLetters(index + 1) };
    if (text === '') {
      if (body.some((row) => !isEmpty(row[index]))) diagnostics.push(error(file, at, 'import-unknown-column', where));
      return { index, header: text, column: { kind: 'unknown', suggestions: [] } };
    }
    const column = readHeader(text);
    if (column.kind === 'unknown') {
      diagnostics.push(error(file, at, 'import-unknown-column', where, { suggestion: suggest(text, column.suggestions) }));
    } else if (column.kind === 'ambiguous') {
      diagnostics.push(error(file, at, 'import-ambiguous-column', { ...where, candidates: column.candidates }));
    } else if (column.kind === 'field' || column.kind === 'option') {
      const key = column.kind === 'field' ? pathOf(column.target) : `${pathOf(column.target)}[${column.option.id}]`;
      const other = seen.get(key);
      if (other !== undefined) {
        diagnostics.push(error(file, at, 'import-duplicate-column', { ...where, path: key, other: columnLetters(other + 1) }));
        return { index, header: text, column: { kind: 'unknown', suggestions: [] } };
      }
      seen.set(key, index);
    }
    return { index, header: text, column };
  });
}

function refused(file: string, row: number, heading: Heading, refusal: Refusal): Diagnostic {
  const params: Params = { ...refusal.params, header: heading.header, column: columnLetters(heading.index + 1) };
  return error(file, { line: row, column: heading.index + 1 }, refusal.code, params, { suggestion: refusal.suggestion });
}

function readRow(file: string, row: number, cells: readonly Cell[], columns: readonly Heading[], diagnostics: Diagnostic[]): Tree {
  const answers: Tree = {};
  for (const heading of columns) {
    const { column } = heading;
    const cell = cells[heading.index];
    if (column.kind === 'field') {
      const read = column.target.field === MEMBERS_FIELD ? readMembers(cell) : readCell(column.target.field, cell);
      diagnostics.push(...read.refusals.map((r) => refused(file, row, heading, r)));
      if (read.value !== undefined) setAnswer(answers, column.target.path, read.value);
    } else if (column.kind === 'option') {
      const tick = readTick(column.option, cell);
      if (tick.refusal) diagnostics.push(refused(file, row, heading, tick.refusal));
      if (tick.ticked) setAnswer(answers, column.target.path, [column.option.id]);
    }
  }
  return answers;
}

/** Nothing imported from the file, for the reason `code` gives and those found before it. */
const nothing = (file: string, code: DiagnosticCode, before: readonly Diagnostic[] = []): Imported => ({
  sites: [],
  diagnostics: [...before, error(file, NO_POSITION, code)],
  leftOut: [],
});

export function importRows(file: string, rows: readonly (readonly Cell[])[]): Imported {
  const [header = [], ...body] = rows;
  const diagnostics: Diagnostic[] = [];
  const columns = headings(file, header, body, diagnostics);
  const answered = body.map((cells, i) => ({ cells, row: i + 2 })).filter(({ cells }) => cells.some((c) => !isEmpty(c)));
  if (answered.length === 0) return nothing(file, 'import-empty-table', diagnostics);
  const nameColumn = columns.find((h) => h.column.kind === 'field' && pathOf(h.column.target) === NAME);
  if (!nameColumn) return nothing(file, 'import-no-name-column', diagnostics);
  const sites: ImportedSite[] = [];
  for (const { cells, row } of answered) {
    const answers = readRow(file, row, cells, columns, diagnostics);
    const name = (answers.lieu as Tree | undefined)?.nom;
    if (typeof name !== 'string') diagnostics.push(error(file, { line: row, column: nameColumn.index + 1 }, 'import-no-name'));
    else sites.push({ source: file, row, column: nameColumn.index + 1, name, answers });
  }
  const metadata = columns.filter((h) => h.column.kind === 'metadata').map((h) => h.header);
  return { sites, diagnostics, leftOut: metadata.length > 0 ? [{ source: file, what: metadata, why: 'metadata' }] : [] };
}
