/**
 * The YAML parser's errors as impact's diagnostics: each code of the parser has words of
 * impact's own (messages.ts), placed where the mistake is, and one mistake said once — a tab,
 * or an over-indented line, sets off several parser errors that all mean the same thing.
 */
import { isCollection, isScalar, visit, type Document, type ErrorCode, type YAMLError } from 'yaml';
import { error, type Diagnostic, type Position, type YamlCode } from '../diagnostics/diagnostic.js';
import type { Limits } from './limits.js';

/** Where the innermost quoted scalar (or flow collection) that runs up to `end` begins. */
function unclosedAt(doc: Document, end: number, quote: boolean): number | undefined {
  let start: number | undefined;
  visit(doc, (_, node) => {
    const fits = quote ? isScalar(node) && /^QUOTE_/.test(node.type ?? '') : isCollection(node) && node.flow === true;
    const range = (node as { range?: [number, number, number] } | null)?.range;
    if (fits && range && range[1] === end && (start === undefined || range[0] > start)) start = range[0];
  });
  return start;
}

/**
 * The hint for a YAML error, when the text shows which one applies: two colons on a line for a
 * compact mapping, otherwise what the structure around it says.
 */
function hinted(code: ErrorCode, text: string, offset: number): YamlCode {
  if (code !== 'BLOCK_AS_IMPLICIT_KEY') return code;
  const start = text.lastIndexOf('\n', offset) + 1;
  const line = text.slice(start, text.indexOf('\n', offset) === -1 ? undefined : text.indexOf('\n', offset));
  return (line.match(/: /g)?.length ?? 0) >= 2 ? code : 'UNEXPECTED';
}

/** The key written at `offset`, for a duplicate-key message. */
function keyAt(text: string, offset: number): string {
  return /^\s*["']?([^"':\n]*)/.exec(text.slice(offset))?.[1]?.trim() ?? '';
}

/** From the line break before a tab's line to its end: what the parser then says there is the tab's doing. */
function tabLines(errors: readonly YAMLError[], text: string): [number, number][] {
  return errors
    .filter((e) => e.code === 'TAB_AS_INDENT')
    .map((e) => {
      const end = text.indexOf('\n', e.pos[0]);
      return [text.lastIndexOf('\n', e.pos[0]), end === -1 ? text.length : end];
    });
}

/** One diagnostic for each place: the first the parser gives, which names the cause. */
function onePerPlace(diagnostics: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return diagnostics.filter((d) => {
    const key = `${d.line}:${d.column}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function syntaxErrors(file: string, doc: Document, text: string, at: (offset: number) => Position, limits: Limits): Diagnostic[] {
  const tabs = tabLines(doc.errors, text);
  const caused = (e: YAMLError) => e.code !== 'TAB_AS_INDENT' && tabs.some(([start, end]) => e.pos[0] >= start && e.pos[0] <= end);
  const diagnostics = doc.errors
    .filter((e) => !caused(e))
    .map((e) => {
      const position = at(e.pos[0]);
      if (e.code === 'DUPLICATE_KEY') return error(file, position, 'duplicate-key', { key: keyAt(text, e.pos[0]) });
      if (e.code === 'MULTIPLE_DOCS') return error(file, position, 'multiple-documents');
      if (e.code === 'RESOURCE_EXHAUSTION') return error(file, position, 'too-deep', { limit: limits.maxDepth });
      const detail = e.message.split('\n')[0] ?? '';
      // An unclosed quote, [ or { is noticed where the text runs out: point at where it opens.
      const unclosed = e.code === 'MISSING_CHAR' || (e.code === 'BAD_INDENT' && /end with a [\]}]/.test(detail));
      if (unclosed) {
        const opening = unclosedAt(doc, e.pos[0], e.code === 'MISSING_CHAR');
        const where = opening === undefined ? position : at(opening);
        const yamlCode: YamlCode = /quote|end with a [\]}]/.test(detail) ? 'MISSING_CHAR' : 'UNEXPECTED';
        return error(file, where, 'yaml-syntax', { yamlCode, detail });
      }
      return error(file, position, 'yaml-syntax', { yamlCode: hinted(e.code, text, e.pos[0]), detail });
    });
  return onePerPlace(diagnostics);
}
