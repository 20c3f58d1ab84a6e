/**
 * Partials, checked and placed: a partial named in a template must exist (said at the statement
 * that names it), a partial that fails at run time says which file it is, and partials that
 * include each other without end stop at MAX_PARTIAL_DEPTH, at the statement that went too deep.
 */
import { errorAt, TemplateError } from './template-errors.js';

/** How deep partials may include each other: a report nests five; more is a partial that includes itself. */
export const MAX_PARTIAL_DEPTH = 32;

/** The helper a computed partial name goes through (see `checkPartials`). */
export const CHECKED_PARTIAL = 'impact_partiel_verifie';

interface Place {
  readonly line: number;
  readonly column: number;
}

/** Where each template file (by path) first includes each partial it names. */
export type Inclusions = Map<string, Map<string, Place>>;

/** One document's templates being rendered: the files entered and not yet left, the main one first. */
export interface Rendering {
  readonly files: string[];
  readonly inclusions: Inclusions;
}

type Node = { type?: string; loc?: hbs.AST.SourceLocation; [key: string]: unknown };

/**
 * Partials named in the templates must exist, said with their place: a name written out is
 * checked now (and where it is included kept in `inclusions`); a computed one
 * (`{{> (partiel_critere id)}}`) goes through CHECKED_PARTIAL, which checks it when it is
 * computed and knows the statement's line and column.
 */
export function checkPartials(file: string, ast: hbs.AST.Program, known: ReadonlySet<string>, inclusions?: Inclusions): void {
  const included = new Map<string, Place>();
  const visit = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    const statement = node as Node & { name?: Node & { original?: unknown; value?: unknown } };
    if ((statement.type === 'PartialStatement' || statement.type === 'PartialBlockStatement') && statement.name) {
      const { name } = statement;
      const start = statement.loc?.start ?? { line: 0, column: 0 };
      const written = name.type === 'PathExpression' ? name.original : name.type === 'StringLiteral' ? name.value : undefined;
      if (typeof written === 'string' && !known.has(written)) {
        throw new TemplateError(file, start.line, start.column + 1, { problem: 'missing-partial', name: written });
      }
      if (typeof written === 'string' && !included.has(written)) included.set(written, { line: start.line, column: start.column + 1 });
      if (name.type === 'SubExpression') {
        const number = (value: number) => ({ type: 'NumberLiteral', value, original: value, loc: name.loc });
        const path = { type: 'PathExpression', data: false, depth: 0, parts: [CHECKED_PARTIAL], original: CHECKED_PARTIAL, loc: name.loc };
        statement.name = { type: 'SubExpression', path, params: [name, number(start.line), number(start.column)], loc: name.loc };
      }
    }
    for (const child of Object.values(node)) {
      if (Array.isArray(child)) child.forEach(visit);
      else if (child && typeof child === 'object' && 'type' in child) visit(child);
    }
  };
  visit(ast);
  inclusions?.set(file, included);
}

/**
 * A template that says which file it is when it fails at run time, and stops partials that
 * include each other too deep: at the statement of the file being rendered that includes this
 * one, when its name is written out (a computed name, or a built-in file, is placed at the
 * partial's first line).
 */
export function located(file: string, name: string, template: HandlebarsTemplateDelegate, helperNames: readonly string[], rendering: Rendering): HandlebarsTemplateDelegate {
  return (context, options) => {
    const { files } = rendering;
    if (files.length >= MAX_PARTIAL_DEPTH) {
      const caller = files.at(-1) ?? file;
      const at = rendering.inclusions.get(caller)?.get(name);
      const problem = { problem: 'partial-depth', name, limit: MAX_PARTIAL_DEPTH } as const;
      throw at ? new TemplateError(caller, at.line, at.column, problem) : new TemplateError(file, 1, 1, problem);
    }
    files.push(file);
    try {
      return template(context, options);
    } catch (e) {
      throw errorAt(file, e, helperNames);
    } finally {
      files.pop();
    }
  };
}
