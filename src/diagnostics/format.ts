/** Diagnostics as the lines a person reads on stderr. */
import type { Lang } from '../grid/types.js';
import { STDIN, type Diagnostic, type Severity } from './diagnostic.js';
import { count } from '../words/plural.js';
import { wordsOf } from '../words/words.js';
import { message, suggestionText } from './messages.js';

/** How to colour a piece of text; the identity when colour is off. */
export interface Paint {
  readonly error: (text: string) => string;
  readonly warning: (text: string) => string;
  readonly dim: (text: string) => string;
  readonly bold: (text: string) => string;
}

const plain = (text: string): string => text;
export const NO_PAINT: Paint = { error: plain, warning: plain, dim: plain, bold: plain };

/** A byte of a file name that is not UTF-8, as src/load/file-names.ts keeps it. */
const KEPT_BYTE = /(?<![\uD800-\uDBFF])[\uDC80-\uDCFF]/gu;

/**
 * Control and format characters from the input (an escape sequence, a right-to-left override)
 * shown by their code: printed raw they would act on the terminal. So are the bytes of a file
 * name that is not UTF-8, which it would print as U+FFFD.
 */
export function visible(text: string): string {
  return text
    .replace(/[\p{Cc}\p{Cf}]/gu, (c) => `<U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}>`)
    .replace(KEPT_BYTE, (c) => `<0x${(c.charCodeAt(0) - 0xdc00).toString(16).toUpperCase()}>`);
}

/** A path as the user wrote it; standard input as compilers name it. */
export const shownFile = (file: string, lang: Lang): string => (file === STDIN ? wordsOf(lang).diagnostics.stdin : file);

/**
 * What in a name could make a line pass for another: a colon before a digit or a space (the
 * place and the severity of a diagnostic), a double quote, the arrow of a report written.
 */
const AMBIGUOUS = /:(?=[\d\s]|$)|"|\u2192/;

/**
 * A path as the terminal shows it: control characters and bytes that are not UTF-8 by their
 * code, and in double quotes (`"` and `\` escaped) when it holds what could make its line pass
 * for another diagnostic or another file's.
 */
export function shownPath(file: string, lang: Lang): string {
  const shown = visible(shownFile(file, lang));
  return file !== STDIN && AMBIGUOUS.test(shown) ? `"${shown.replace(/["\\]/g, '\\$&')}"` : shown;
}

export function formatDiagnostic(d: Diagnostic, lang: Lang, paint: Paint = NO_PAINT): string {
  const file = shownPath(d.file, lang);
  const where = d.line > 0 ? `${file}:${d.line}:${d.column}` : file;
  const { diagnostics, typography } = wordsOf(lang);
  const severity = paint[d.severity](diagnostics.severity[d.severity]);
  const suggestion = d.suggestion ? `${typography.semicolon} ${suggestionText(d.suggestion, lang)}` : '';
  const path = d.path ? ` ${paint.dim(`[${visible(d.path)}]`)}` : '';
  return `${paint.bold(`${visible(where)}:`)} ${severity}${typography.colon} ${visible(message(d, lang))}${visible(suggestion)}${path}`;
}

const counted = (n: number, severity: Severity, lang: Lang): string => count(lang, n, wordsOf(lang).diagnostics.severities[severity]);

/** "2 erreurs, 1 avertissement" — the line after the diagnostics. */
export function formatCount(diagnostics: readonly Diagnostic[], lang: Lang): string {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  const parts = [];
  if (errors > 0 || warnings === 0) parts.push(counted(errors, 'error', lang));
  if (warnings > 0) parts.push(counted(warnings, 'warning', lang));
  return parts.join(', ');
}

/** Every diagnostic on its line, then the count: what stderr shows for one file. */
export function formatDiagnostics(diagnostics: readonly Diagnostic[], lang: Lang, paint: Paint = NO_PAINT): string {
  return `${[...diagnostics.map((d) => formatDiagnostic(d, lang, paint)), `${formatCount(diagnostics, lang)}.`].join('\n')}\n`;
}
