/**
 * `{{bareme "name"}}`: a number of the rubric (src/score/bareme.ts) in a template's words, never
 * written there by hand. Being a constant, it is written into the template's text when the file
 * is parsed, so that French spacing and a number bound to its word apply to it as to the words
 * around it (« au plus 2 par liste »). `{{bareme "name" "+"}}` writes it as an intensity: ++.
 */
import { BAREME } from '../score/bareme.js';
import { suggest } from '../text/suggest.js';
import { TemplateError, UnknownNameError } from './template-errors.js';

export const BAREME_HELPER = 'bareme';

/** The number `name` as printed, as `+` signs when `form` is "+"; an UnknownNameError for a name the rubric lacks. */
export function baremeText(name: string, form?: unknown): string {
  const n = Object.hasOwn(BAREME, name) ? BAREME[name] : undefined;
  if (n === undefined) throw new UnknownNameError(BAREME_HELPER, name, Object.keys(BAREME));
  return form === '+' ? '+'.repeat(n) : String(n);
}

type Node = { type?: string; value?: unknown; original?: unknown; loc?: hbs.AST.SourceLocation; [key: string]: unknown };

/** `{{bareme "name"}}` with written-out arguments: what it prints, or undefined for any other statement. */
function folded(file: string, statement: Node): string | undefined {
  const path = statement.path as Node | undefined;
  const params = (statement.params as Node[] | undefined) ?? [];
  const hash = statement.hash as { pairs?: unknown[] } | undefined;
  if (statement.type !== 'MustacheStatement' || path?.original !== BAREME_HELPER || (hash?.pairs?.length ?? 0) > 0) return undefined;
  if (params.length < 1 || params.length > 2 || !params.every((p) => p.type === 'StringLiteral')) return undefined;
  const [name = '', form] = params.map((p) => String(p.value));
  try {
    return baremeText(name, form);
  } catch (e) {
    const start = statement.loc?.start ?? { line: 0, column: 0 };
    const names = (e as UnknownNameError).names;
    throw new TemplateError(file, start.line, start.column + 1, { problem: 'unknown-name', helper: BAREME_HELPER, name, names }, suggest(name, names));
  }
}

/** Every `{{bareme "…"}}` of `ast` made text, joined to the text on either side. */
export function foldBareme(file: string, ast: hbs.AST.Program): void {
  const visit = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    const body = (node as { body?: unknown }).body;
    if (Array.isArray(body)) foldBody(file, body as Node[]);
    for (const child of Object.values(node)) {
      if (Array.isArray(child)) child.forEach(visit);
      else if (child && typeof child === 'object' && 'type' in child) visit(child);
    }
  };
  visit(ast);
}

function foldBody(file: string, body: Node[]): void {
  for (let i = 0; i < body.length; i += 1) {
    const statement = body[i] as Node;
    const text = folded(file, statement);
    if (text === undefined) continue;
    const before = body[i - 1];
    const after = body[i + 1];
    const content: Node = { type: 'ContentStatement', value: text, original: text, loc: statement.loc };
    const joined = [before?.type === 'ContentStatement' ? before : undefined, content, after?.type === 'ContentStatement' ? after : undefined].filter((n) => n !== undefined);
    const value = joined.map((n) => String(n.value)).join('');
    const start = i - (joined[0] === before && before ? 1 : 0);
    body.splice(start, joined.length, { ...content, value, original: value, loc: joined[0]?.loc });
    i = start;
  }
}
