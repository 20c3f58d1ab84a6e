/**
 * Helpers whose result is a constant of the templates' language, `{{mot "synthese"}}` and
 * `{{bareme "maximum"}}`: written into the template's text when the file is parsed, so that French
 * spacing and a number bound to its word apply to it as to the words around it, exactly as if
 * the template had written it. `(mot "x")` as an argument becomes the text "x" stands for.
 */
import { suggest } from '../text/suggest.js';
import { TemplateError, UnknownNameError } from './template-errors.js';

/** A constant helper: its text for written-out arguments; an UnknownNameError for a name it lacks. */
export type Constant = (args: readonly string[]) => string;

type Node = { type?: string; value?: unknown; original?: unknown; loc?: hbs.AST.SourceLocation; [key: string]: unknown };

/** The text of a call to one of `constants` with written-out arguments, or undefined for any other node. */
function constantOf(file: string, node: Node, constants: Readonly<Record<string, Constant>>): string | undefined {
  const path = node.path as Node | undefined;
  const params = (node.params as Node[] | undefined) ?? [];
  const pairs = (node.hash as { pairs?: unknown[] } | undefined)?.pairs ?? [];
  const constant = typeof path?.original === 'string' && Object.hasOwn(constants, path.original) ? constants[path.original] : undefined;
  if (!constant || pairs.length > 0 || params.length === 0 || !params.every((p) => p.type === 'StringLiteral')) return undefined;
  try {
    return constant(params.map((p) => String(p.value)));
  } catch (e) {
    if (!(e instanceof UnknownNameError)) throw e;
    const start = node.loc?.start ?? { line: 0, column: 0 };
    const problem = { problem: 'unknown-name', helper: e.helper, name: e.unknown, names: e.names } as const;
    throw new TemplateError(file, start.line, start.column + 1, problem, suggest(e.unknown, e.names));
  }
}

/** Every constant call of `body` made text, joined to the text on either side. */
function foldBody(file: string, body: Node[], constants: Readonly<Record<string, Constant>>): void {
  for (let i = 0; i < body.length; i += 1) {
    const statement = body[i] as Node;
    const text = statement.type === 'MustacheStatement' ? constantOf(file, statement, constants) : undefined;
    if (text === undefined) continue;
    const before = body[i - 1]?.type === 'ContentStatement' ? body[i - 1] : undefined;
    const after = body[i + 1]?.type === 'ContentStatement' ? body[i + 1] : undefined;
    const value = `${before ? String(before.value) : ''}${text}${after ? String(after.value) : ''}`;
    const start = before ? i - 1 : i;
    // Handlebars strips standalone lines again when it compiles a parsed tree: the text is marked
    // as already stripped, as the texts it joins were, or the line after a block would go twice.
    const content = { type: 'ContentStatement', value, original: value, loc: (before ?? statement).loc, leftStripped: true, rightStripped: true };
    body.splice(start, 1 + (before ? 1 : 0) + (after ? 1 : 0), content);
    i = start;
  }
}

/** `ast` with every call to one of `constants` written as text, or as a text argument inside another call. */
export function foldConstants(file: string, ast: hbs.AST.Program, constants: Readonly<Record<string, Constant>>): void {
  const visit = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    const { body, params } = node as { body?: unknown; params?: unknown };
    if (Array.isArray(body)) foldBody(file, body as Node[], constants);
    if (Array.isArray(params)) {
      for (const [i, param] of (params as Node[]).entries()) {
        const text = param.type === 'SubExpression' ? constantOf(file, param, constants) : undefined;
        if (text !== undefined) params[i] = { type: 'StringLiteral', value: text, original: text, loc: param.loc };
      }
    }
    for (const child of Object.values(node)) {
      if (Array.isArray(child)) child.forEach(visit);
      else if (child && typeof child === 'object' && 'type' in child) visit(child);
    }
  };
  visit(ast);
}
