/** A source by its kind: a place file of the platform (.json), a form export (.csv, .tsv, .txt, .xlsx). */
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { NO_POSITION, error, type DiagnosticCode, type Params } from '../diagnostics/diagnostic.js';
import { importPlace } from './platform.js';
import { importRows } from './sheet.js';
import type { Imported } from './site.js';
import { decode, parseCsv, parseXlsx, type Table } from './table.js';

const refuse = (file: string, code: DiagnosticCode, params: Params = {}): Imported => ({
  sites: [],
  diagnostics: [error(file, NO_POSITION, code, params)],
  leftOut: [],
});

function fromTable(file: string, table: Table): Imported {
  if (table.ok) return importRows(file, table.rows);
  return refuse(file, 'import-unreadable-table', { detail: table.detail, ...(table.line === undefined ? {} : { line: table.line }) });
}

export async function importSource(file: string): Promise<Imported> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (e) {
    return refuse(file, 'file-unreadable', { reason: (e as NodeJS.ErrnoException).code ?? String(e) });
  }
  switch (extname(file).toLowerCase()) {
    case '.json': {
      const text = decode(bytes);
      if (!('text' in text)) return refuse(file, 'not-utf8');
      try {
        return importPlace(file, JSON.parse(text.text));
      } catch {
        return refuse(file, 'import-not-a-place');
      }
    }
    case '.csv':
    case '.tsv':
    case '.txt': {
      const text = decode(bytes);
      return 'text' in text ? fromTable(file, await parseCsv(text.text)) : refuse(file, 'not-utf8');
    }
    case '.xlsx':
      return fromTable(file, await parseXlsx(bytes));
    default:
      return refuse(file, 'import-unknown-format');
  }
}
