/** Stage 1: bytes → a YAML document that remembers where every node came from. */
import { readFileSync, statSync } from 'node:fs';
import { Document, LineCounter, isCollection, isMap, isPair, parseDocument, visit, type Node } from 'yaml';
import { NO_POSITION, STDIN, error, type Diagnostic, type Position } from '../diagnostics/diagnostic.js';
import { fsPath } from './file-names.js';
import { limitsFrom, type Limits } from './limits.js';
import { readStdin } from './stdin.js';
import { syntaxErrors } from './syntax.js';
import { STRUCTURE_VALUES, VALUES_PER_TEXT, maxValues, tooManyValues, tooMuchText } from './texts.js';

export interface Loaded {
  readonly file: string;
  readonly doc: Document;
  readonly lineCounter: LineCounter;
  /** The text the document was parsed from. */
  readonly source: string;
  /** The bytes it was decoded from, as read (a byte-order mark, CRLF line ends and all): what `--embed-source` attaches. */
  readonly bytes: Uint8Array;
  /** The document as plain data. */
  readonly data: Record<string, unknown>;
}

export type LoadResult = { ok: true; loaded: Loaded } | { ok: false; diagnostics: Diagnostic[] };

const BOM = '\uFEFF';

function fail(...diagnostics: Diagnostic[]): LoadResult {
  return { ok: false, diagnostics };
}

/** The line and column of the first byte that is not UTF-8. */
function firstInvalidByte(bytes: Uint8Array): Position {
  const decodes = (end: number, stream: boolean) => {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, end), { stream });
      return true;
    } catch {
      return false;
    }
  };
  // The longest prefix that could still begin valid UTF-8...
  let low = 0;
  let high = bytes.length;
  while (high - low > 1) {
    const middle = (low + high) >> 1;
    if (decodes(middle, true)) low = middle;
    else high = middle;
  }
  // ...ends with a sequence left incomplete: the fault is where that sequence starts.
  let bad = low;
  if (!decodes(low, false)) {
    while (bad > 0 && ((bytes[bad - 1] ?? 0) & 0xc0) === 0x80) bad -= 1;
    bad -= 1;
  }
  const before = bytes.subarray(0, bad);
  const newlines = before.reduce((n, b) => n + (b === 0x0a ? 1 : 0), 0);
  const lineStart = before.lastIndexOf(0x0a) + 1;
  const column = new TextDecoder().decode(before.subarray(lineStart)).length + 1;
  return { line: newlines + 1, column };
}

function decode(file: string, bytes: Uint8Array): string | Diagnostic {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return error(file, firstInvalidByte(bytes), 'not-utf8');
  }
  text = text.startsWith(BOM) ? text.slice(1) : text;
  return looksLikeUtf16(text) ? error(file, positionOf(linesOf(text), text.indexOf('\0')), 'not-utf8') : text;
}

/**
 * UTF-16 saved without its byte-order mark reads as valid UTF-8 with a NUL beside every ASCII
 * character (a stray NUL in a text is only dropped from the report).
 */
function looksLikeUtf16(text: string): boolean {
  const sample = text.slice(0, 1024);
  const nuls = sample.split('\0').length - 1;
  return nuls > 0 && nuls * 4 >= sample.length;
}

/**
 * Where each line starts, counted on the text itself: yaml's own counter misses the line breaks
 * inside a scalar it rejects, and shifts every position after it.
 */
function linesOf(text: string): LineCounter {
  const counter = new LineCounter();
  counter.addNewLine(0);
  for (const match of text.matchAll(/\n/g)) counter.addNewLine(match.index + 1);
  return counter;
}

export function positionOf(lineCounter: LineCounter, offset: number): Position {
  const { line, col } = lineCounter.linePos(offset);
  return { line, column: col };
}

/** The first collection nested deeper than `max`, walked without recursion: the input decides the depth. */
function tooDeep(doc: Document, max: number): Node | undefined {
  const stack: [unknown, number][] = [[doc.contents, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop() as [unknown, number];
    if (!isCollection(node)) continue;
    if (depth > max) return node;
    for (const item of node.items) {
      stack.push([isPair(item) ? item.value : item, depth + 1]);
      if (isPair(item)) stack.push([item.key, depth + 1]);
    }
  }
  return undefined;
}

export function parseSource(file: string, bytes: Uint8Array, limits: Limits = limitsFrom(process.env)): LoadResult {
  if (bytes.length > limits.maxBytes) {
    return fail(error(file, NO_POSITION, 'file-too-large', { size: bytes.length, limit: limits.maxBytes }));
  }
  const text = decode(file, bytes);
  if (typeof text !== 'string') return fail(text);
  if (text.trim() === '') return fail(error(file, NO_POSITION, 'empty-file'));

  const lineCounter = linesOf(text);
  const flooded = tooManyValues(text, limits.maxTexts);
  if (flooded !== undefined) return fail(error(file, positionOf(lineCounter, flooded), 'too-many-values', { limit: maxValues(limits.maxTexts), per: VALUES_PER_TEXT, base: STRUCTURE_VALUES }));
  // YAML 1.2 whatever the file's %YAML directive says: a date stays a text, as the schema expects.
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: false, version: '1.2', schema: 'core', logLevel: 'error' });
  if (doc.errors.length > 0) return fail(...syntaxErrors(file, doc, text, (offset) => positionOf(lineCounter, offset), limits));
  if (!isMap(doc.contents)) {
    const offset = doc.contents?.range?.[0] ?? 0;
    if (!doc.contents) return fail(error(file, NO_POSITION, 'empty-file')); // only comments
    return fail(error(file, positionOf(lineCounter, offset), 'not-a-mapping'));
  }
  const deep = tooDeep(doc, limits.maxDepth);
  if (deep) return fail(error(file, positionOf(lineCounter, deep.range?.[0] ?? 0), 'too-deep', { limit: limits.maxDepth }));
  let data: unknown;
  try {
    // The yaml library counts the anchor with its aliases.
    data = doc.toJS({ maxAliasCount: limits.maxAliases + 1 });
  } catch (e) {
    const unresolved = unresolvedAlias(doc);
    if (unresolved !== undefined) {
      return fail(error(file, positionOf(lineCounter, unresolved), 'yaml-syntax', { yamlCode: 'ALIAS', detail: (e as Error).message }));
    }
    return fail(error(file, positionOf(lineCounter, firstAlias(doc) ?? 0), 'too-many-aliases', { limit: limits.maxAliases }));
  }
  const excess = tooMuchText(doc, limits);
  if (excess) return fail(error(file, positionOf(lineCounter, excess.offset), excess.code, { limit: excess.limit }));
  return { ok: true, loaded: { file, doc, lineCounter, source: text, bytes, data: data as Record<string, unknown> } };
}

/** Where the first alias to an anchor that does not exist is written. */
function unresolvedAlias(doc: Document): number | undefined {
  let offset: number | undefined;
  visit(doc, {
    Alias(_, alias) {
      if (offset === undefined && alias.resolve(doc) === undefined) offset = alias.range?.[0];
    },
  });
  return offset;
}

function firstAlias(doc: Document): number | undefined {
  let offset: number | undefined;
  visit(doc, {
    Alias(_, alias) {
      offset ??= alias.range?.[0];
    },
  });
  return offset;
}

export async function loadFile(file: string, limits: Limits = limitsFrom(process.env)): Promise<LoadResult> {
  if (file === STDIN) {
    const read = await readStdin(limits.maxBytes);
    // Reading stopped at the limit: how much more there was is not known.
    if ('tooLarge' in read) return fail(error(file, NO_POSITION, 'file-too-large', { limit: limits.maxBytes }));
    return parseSource(file, read, limits);
  }
  let bytes: Uint8Array;
  try {
    // Refused before it is read: a huge file must not fill the memory first, and a pipe or a
    // device (whose size says nothing) must not be read forever. Read synchronously, as every
    // file of a build is (src/write/atomic.ts says why).
    const info = statSync(fsPath(file));
    if (info.isDirectory()) return fail(error(file, NO_POSITION, 'file-unreadable', { reason: 'EISDIR' }));
    if (!info.isFile()) return fail(error(file, NO_POSITION, 'file-unreadable', { reason: 'NOT_A_FILE' }));
    if (info.size > limits.maxBytes) return fail(error(file, NO_POSITION, 'file-too-large', { size: info.size, limit: limits.maxBytes }));
    bytes = readFileSync(fsPath(file));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? 'EIO';
    return fail(error(file, NO_POSITION, 'file-unreadable', { reason: code }));
  }
  return parseSource(file, bytes, limits);
}
