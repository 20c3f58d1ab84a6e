/**
 * A words file of a `--templates` folder (pdf.json): a JSON object whose keys are some of the
 * catalogue's and whose values are texts, checked against that schema before a word of it is
 * used. A malformed one is a template error at its line and column, never a crash.
 */
import { readFileSync, statSync } from 'node:fs';
import { isMap, isScalar, parseDocument, type Node } from 'yaml';
import { suggest } from '../text/suggest.js';
import { createAjv } from '../validate/ajv.js';
import { TemplateError, type TemplateProblem } from './template-errors.js';

/** Far more than any words file needs (docs/limits.md): what is read whole stays small. */
const MAX_WORDS_FILE_BYTES = 256 * 1024;

/** The schema a words file follows: an object of texts, each key one of `keys`. */
const wordsSchema = (keys: readonly string[]) => ({
  type: 'object',
  properties: Object.fromEntries(keys.map((key) => [key, { type: 'string' }])),
  additionalProperties: false,
});

/** Line and column (both from 1) of `offset` in `text`. */
function placeOf(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - (before.lastIndexOf('\n') + 1) + 1 };
}

/** Where the key `key` (or its value) is written; the file's start when it cannot be found. */
function offsetOf(text: string, key: string | undefined, part: 'key' | 'value'): number {
  const contents = parseDocument(text).contents;
  if (key === undefined || !isMap(contents)) return (contents as Node | null)?.range?.[0] ?? 0;
  const pair = contents.items.find((p) => isScalar(p.key) && String(p.key.value) === key);
  const node = (part === 'key' ? pair?.key : (pair?.value ?? pair?.key)) as Node | undefined;
  return node?.range?.[0] ?? 0;
}

/** The kind of a JSON value, as the messages name it. */
const kindOf = (value: unknown): string =>
  value === null ? 'null' : Array.isArray(value) ? 'list' : typeof value === 'string' ? 'text' : typeof value === 'object' ? 'object' : typeof value;

/** JSON.parse says where it stopped ("at position 12"), or that the text ended too soon. */
const syntaxOffset = (e: unknown, text: string): number => Number(/position (\d+)/.exec((e as Error).message)?.[1] ?? text.length);

/** The words of the file at `path`, each a key of `keys`; a located TemplateError when it is malformed. */
export function readWordsFile(path: string, keys: readonly string[]): Readonly<Record<string, string>> {
  const fail = (text: string, offset: number, problem: TemplateProblem, suggestion?: string): never => {
    const { line, column } = placeOf(text, offset);
    throw new TemplateError(path, line, column, problem, suggestion);
  };
  let text: string;
  try {
    const size = statSync(path).size;
    if (size > MAX_WORDS_FILE_BYTES) fail('', 0, { problem: 'words-file', detail: 'too-large', limit: MAX_WORDS_FILE_BYTES, size });
    // An editor's byte-order mark is no syntax error.
    text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  } catch (e) {
    if (e instanceof TemplateError) throw e;
    return fail('', 0, { problem: 'words-file', detail: 'unreadable', found: (e as NodeJS.ErrnoException).code ?? String(e) });
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return fail(text, syntaxOffset(e, text), { problem: 'words-file', detail: 'syntax' });
  }
  const validate = createAjv().compile(wordsSchema(keys));
  if (validate(data)) return data as Record<string, string>;
  const [first] = validate.errors ?? [];
  const key = first?.instancePath.split('/')[1];
  if (first?.keyword === 'additionalProperties') {
    const unknown = String((first.params as { additionalProperty?: unknown }).additionalProperty);
    return fail(text, offsetOf(text, unknown, 'key'), { problem: 'words-file', detail: 'unknown-key', key: unknown, keys }, suggest(unknown, keys));
  }
  if (key === undefined) return fail(text, offsetOf(text, undefined, 'value'), { problem: 'words-file', detail: 'not-an-object', found: kindOf(data) });
  const found = kindOf((data as Record<string, unknown>)[key]);
  return fail(text, offsetOf(text, key, 'value'), { problem: 'words-file', detail: 'not-a-text', key, found });
}
