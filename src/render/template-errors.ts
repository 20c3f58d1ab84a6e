/**
 * What can go wrong in a template, as data with its place: the file, the line and column of the
 * statement, what is wrong. Handlebars' own messages are read here once and never shown as they
 * are; `diagnostics/messages.ts` words each problem in the reader's language.
 */
import { error, type Diagnostic } from '../diagnostics/diagnostic.js';
import { HelperArgumentError, UnknownRoleError, type Expected } from '../document/helper-errors.js';
import { suggest } from '../text/suggest.js';

export type TemplateProblem =
  | { readonly problem: 'syntax'; readonly found: string; readonly expected: string }
  | { readonly problem: 'unknown-helper'; readonly name: string }
  | { readonly problem: 'missing-partial'; readonly name: string }
  | { readonly problem: 'missing-main'; readonly name: string }
  | { readonly problem: 'helper-argument'; readonly helper: string; readonly expected: Expected; readonly received: string }
  | { readonly problem: 'partial-depth'; readonly name: string; readonly limit: number }
  | { readonly problem: 'unknown-role'; readonly name: string; readonly roles: readonly string[] }
  | { readonly problem: 'unknown-name'; readonly helper: string; readonly name: string; readonly names: readonly string[] }
  | { readonly problem: 'runtime'; readonly detail: string }
  | {
      readonly problem: 'words-file';
      readonly detail: 'syntax' | 'unreadable' | 'too-large' | 'not-an-object' | 'not-a-text' | 'unknown-key';
      readonly key?: string;
      readonly keys?: readonly string[];
      readonly found?: string;
      readonly limit?: number;
      readonly size?: number;
    };

/** A template that cannot be compiled or run: which file, where, what is wrong, what was meant. */
export class TemplateError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly column: number,
    readonly problem: TemplateProblem,
    readonly suggestion?: string,
  ) {
    super(`${file}:${line}:${column}: ${JSON.stringify(problem)}`);
  }
}

export function templateDiagnostic(e: TemplateError): Diagnostic {
  return error(e.file, { line: e.line, column: e.column }, 'template-error', e.problem, { suggestion: e.suggestion });
}

/** Handlebars' options object, which a helper called with fewer arguments than it takes finds in their place. */
const isHelperOptions = (value: unknown): boolean =>
  typeof value === 'object' && value !== null && 'hash' in value && typeof (value as { lookupProperty?: unknown }).lookupProperty === 'function';

/** The kind of a value a helper was given, as the messages name it. */
export function kindOf(value: unknown): string {
  if (value === undefined || isHelperOptions(value)) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'list';
  if (typeof value === 'string') return 'text';
  if (typeof value === 'number') return Number.isFinite(value) ? 'number' : 'not-a-number';
  return typeof value;
}

/** `{{bareme "x"}}`, `{{mot "x"}}` with a name their table does not hold. */
export class UnknownNameError extends Error {
  constructor(
    readonly helper: string,
    readonly unknown: string,
    readonly names: readonly string[],
  ) {
    super(`${helper}: unknown name ${unknown}`);
  }
}

/** Handlebars' messages for a block helper given no argument. */
const BLOCK_WITHOUT_ARGUMENT = /^(?:Must pass iterator to #(each)|#(if|unless|with) requires exactly one argument)/;

function problemOf(e: unknown): TemplateProblem {
  if (e instanceof HelperArgumentError) return { problem: 'helper-argument', helper: e.helper, expected: e.expected, received: kindOf(e.received) };
  if (e instanceof UnknownRoleError) return { problem: 'unknown-role', name: e.role, roles: e.roles };
  if (e instanceof UnknownNameError) return { problem: 'unknown-name', helper: e.helper, name: e.unknown, names: e.names };
  if (e instanceof RangeError) return { problem: 'runtime', detail: 'stack' };
  const message = (e as { message?: string }).message ?? String(e);
  const unknownHelper = /unknown helper (\S+)/.exec(message)?.[1];
  if (unknownHelper) return { problem: 'unknown-helper', name: unknownHelper };
  const partial = /The partial (.+?) could not be found/.exec(message)?.[1];
  if (partial) return { problem: 'missing-partial', name: partial };
  const block = BLOCK_WITHOUT_ARGUMENT.exec(message);
  if (block) {
    const helper = block[1] ?? block[2] ?? '';
    return { problem: 'helper-argument', helper, expected: helper === 'each' ? 'list' : 'one-value', received: 'nothing' };
  }
  const parse = /Expecting (.+), got '?([^'\n]+)'?/.exec(message);
  if (parse) return { problem: 'syntax', found: parse[2] ?? '', expected: parse[1] ?? '' };
  if (/^(Parse|Lexical) error/.test(message)) return { problem: 'syntax', found: '', expected: '' };
  return { problem: 'runtime', detail: message.split('\n')[0] ?? message };
}

/** Where an error happened in `file`: Handlebars' fields, "on line N", or the helper's call set by `atCall`. */
export function errorAt(file: string, e: unknown, helperNames: readonly string[] = []): TemplateError {
  if (e instanceof TemplateError) return e;
  const { message = '', lineNumber, column } = (e ?? {}) as { message?: string; lineNumber?: number; column?: number };
  const line = lineNumber ?? Number(/ on line (\d+)/.exec(message)?.[1] ?? 0);
  const problem = problemOf(e);
  const suggestion =
    problem.problem === 'unknown-helper'
      ? suggest(problem.name, helperNames)
      : problem.problem === 'unknown-role'
        ? suggest(problem.name, problem.roles)
        : problem.problem === 'unknown-name'
          ? suggest(problem.name, problem.names)
          : undefined;
  return new TemplateError(file, line, column !== undefined ? column + 1 : 1, problem, suggestion);
}

/** Handlebars hands a helper its call's place as `options.loc`: the error thrown there carries it. */
export function atCall(e: unknown, options: unknown): unknown {
  const start = (options as { loc?: { start?: { line: number; column: number } } } | undefined)?.loc?.start;
  if (!start || e instanceof TemplateError || typeof e !== 'object' || e === null) return e;
  // Handlebars' own exceptions have the field, undefined when it did not know the place.
  if ((e as { lineNumber?: unknown }).lineNumber !== undefined) return e;
  return Object.assign(e, { lineNumber: start.line, column: start.column });
}
