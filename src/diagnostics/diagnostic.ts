/**
 * A problem found in an input, as data: where it is, what it is (a code and its parameters) and,
 * for a near miss, what was probably meant. The words are chosen later, by `messages.ts`, in
 * the reader's language.
 */
import type { ErrorCode } from 'yaml';

/** The file name `-`: the input piped on standard input, named so in messages (`<stdin>`). */
export const STDIN = '-';

/** The YAML parser's codes, and the two impact adds: an unresolved alias, and a structure it cannot name better. */
export type YamlCode = ErrorCode | 'ALIAS' | 'UNEXPECTED';

export type Severity = 'error' | 'warning';

export type DiagnosticCode =
  | 'file-unreadable'
  | 'no-evaluation'
  | 'not-utf8'
  | 'empty-file'
  | 'yaml-syntax'
  | 'duplicate-key'
  | 'multiple-documents'
  | 'not-a-mapping'
  | 'unknown-key'
  | 'missing-key'
  | 'unknown-option'
  | 'wrong-type'
  | 'too-small'
  | 'too-large'
  | 'empty-text'
  | 'duplicate-item'
  | 'bad-date'
  | 'bad-url'
  | 'missing-image'
  | 'placeholder-name'
  | 'bad-version'
  | 'output-is-input'
  | 'summary-output-is-input'
  | 'output-collision'
  | 'output-exists'
  | 'write-failed'
  | 'out-of-memory'
  | 'build-crashed'
  | 'missing-glyph'
  | 'bad-colour'
  | 'empty-list'
  | 'bad-font'
  | 'bad-image'
  | 'image-too-large'
  | 'theme-file-too-large'
  | 'template-error'
  | 'unanswered-criterion'
  | 'unanswered-field'
  | 'inapplicable-field'
  | 'bare-text'
  | 'free-item-like-option'
  | 'described-only'
  | 'file-too-large'
  | 'too-deep'
  | 'too-many-aliases'
  | 'too-much-text'
  | 'too-many-texts'
  | 'import-unknown-column'
  | 'import-ambiguous-column'
  | 'import-duplicate-column'
  | 'import-unknown-choice'
  | 'import-not-a-count'
  | 'import-not-a-date'
  | 'import-several-choices'
  | 'import-not-a-tick'
  | 'import-no-name'
  | 'import-no-name-column'
  | 'import-same-name'
  | 'import-output-exists'
  | 'import-copied-text'
  | 'import-unreadable-table'
  | 'import-unknown-format'
  | 'import-not-a-place'
  | 'import-empty-table'
  | 'import-repeated-text';

export type Params = Readonly<Record<string, string | number | readonly string[]>>;

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
