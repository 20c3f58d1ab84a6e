/**
 * A form export as rows of cells. CSV through csv-parse, its separator detected from the header
 * row and its encoding from its first bytes (UTF-8 with or without BOM, the UTF-16 Excel writes
 * as « Texte Unicode »); XLSX through read-excel-file, its first sheet, numbers and dates typed.
 * Both libraries are loaded when a table is read, not when impact starts.
 */
import type { Cell } from './values.js';

/** `detail`: a reason messages.ts words (`quote-not-closed`, `bad-closing-quote`), else the library's own. */
export type Table = { ok: true; rows: Cell[][] } | { ok: false; detail: string; line?: number };

/** csv-parse's errors that a person can fix, by what they are called here. */
const CSV_ERRORS: Readonly<Record<string, string>> = { CSV_QUOTE_NOT_CLOSED: 'quote-not-closed', CSV_INVALID_CLOSING_QUOTE: 'bad-closing-quote' };

/** The text of a CSV file, or the reason it has none. */
export function decode(bytes: Uint8Array): { text: string } | { detail: string } {
  const [a, b, c] = bytes;
  if (a === 0xff && b === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)) };
  if (a === 0xfe && b === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)) };
  // UTF-16 without its mark: ASCII letters each followed (or preceded) by a zero byte.
  if (bytes.length >= 4 && b === 0 && bytes[3] === 0 && a !== 0) return { text: new TextDecoder('utf-16le').decode(bytes) };
  if (bytes.length >= 4 && a === 0 && c === 0 && b !== 0) return { text: new TextDecoder('utf-16be').decode(bytes) };
  const start = a === 0xef && b === 0xbb && c === 0xbf ? 3 : 0;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(start)) };
  } catch {
    return { detail: 'not-utf8' };
  }
}

const SEPARATORS = [',', ';', '\t', '|'] as const;

/** The separator the header row uses most, quoted text left out; a comma when it has one column. */
export function separatorOf(text: string): string {
  let header = '';
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted) header += char;
  }
  let best: string = ',';
  let most = 0;
  for (const separator of SEPARATORS) {
    const n = header.split(separator).length - 1;
    if (n > most) [best, most] = [separator, n];
  }
  return best;
}

export async function parseCsv(text: string): Promise<Table> {
  const { parse } = await import('csv-parse/sync');
  try {
    const rows = parse(text, { delimiter: separatorOf(text), relax_column_count: true, skip_empty_lines: false }) as string[][];
    return { ok: true, rows };
  } catch (e) {
    const { code = '', lines, message } = e as Error & { code?: string; lines?: number };
    const detail = CSV_ERRORS[code];
    return detail === 'bad-closing-quote' && lines !== undefined ? { ok: false, detail, line: lines } : { ok: false, detail: detail ?? message };
  }
}

export async function parseXlsx(bytes: Uint8Array): Promise<Table> {
  const { readSheet } = await import('read-excel-file/node');
  try {
    const rows = await readSheet(Buffer.from(bytes));
    return { ok: true, rows: rows.map((row) => row.map((cell) => cell as Cell)) };
  } catch (e) {
    return { ok: false, detail: (e as Error).message };
  }
}

/** A column's letters, as spreadsheets name it: 1 → A, 27 → AA. */
export function columnLetters(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}
