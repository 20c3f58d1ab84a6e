/**
 * A problem found in an input, as data: where it is, what it is (a code and its parameters) and,
 * for a near miss, what was probably meant. The words are chosen later, by `messages.ts`, in
 * the reader's language.
 */
import type { DiagnosticCode } from '../words/codes.js';
import type { Params } from '../words/params.js';

export type { DiagnosticCode, YamlCode } from '../words/codes.js';
export type { Params } from '../words/params.js';

/** The file name `-`: the input piped on standard input, named so in messages (`<stdin>`). */
export const STDIN = '-';

export type Severity = 'error' | 'warning';

export interface Diagnostic {
  readonly file: string;
  /** 1-based; 0 when the problem concerns the whole file. */
  readonly line: number;
  readonly column: number;
  readonly severity: Severity;
  readonly code: DiagnosticCode;
  readonly params: Params;
  /** Where in the YAML tree, e.g. `effets_individuels.lien_social.publics[2]`; '' for the file. */
  readonly path: string;
  readonly suggestion?: string;
}

export type Position = Pick<Diagnostic, 'line' | 'column'>;

export const NO_POSITION: Position = { line: 0, column: 0 };

type Make = (
  file: string,
  position: Position,
  code: DiagnosticCode,
  params?: Params,
  extra?: { path?: string; suggestion?: string | undefined },
) => Diagnostic;

const of =
  (severity: Severity): Make =>
  (file, position, code, params = {}, extra = {}) => {
    const { suggestion, path = '' } = extra;
    return { file, ...position, severity, code, params, path, ...(suggestion ? { suggestion } : {}) };
  };

export const error = of('error');
export const warning = of('warning');

/** By file (code points: the same order whatever the locale, and no collator to load), line, column. */
export function byPosition(a: Diagnostic, b: Diagnostic): number {
  const byFile = a.file < b.file ? -1 : a.file > b.file ? 1 : 0;
  return byFile || a.line - b.line || a.column - b.column;
}

/** `a.b[2].c` from the keys and indexes that lead to a node. */
export function formatPath(path: readonly (string | number)[]): string {
  return path.map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? key : `.${key}`)).join('');
}
