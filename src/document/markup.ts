/**
 * The role markup the templates write around blocks and in cells, in a form only the templates
 * can produce: it is made of control characters, which `escapeMarkdown` drops from every value
 * the data brings in, so an evaluator's text can never open a block or forge a cell's meaning.
 * The Markdown a user gets never shows it (`withoutRoles`).
 *
 * - `{{#bloc "synthese"}}…{{/bloc}}` wraps blocks in a container with that role; hash arguments
 *   become its attributes: `{{#bloc "famille" famille=id}}`.
 * - `{{bloc "graphique"}}` is an empty container: a block drawn by the writer (the chart).
 * - `{{attributs points=score}}` gives the table cell it is written in attributes.
 *
 * The one role the Markdown itself shows is `image`: its container becomes a Markdown image.
 */
import { ROLES, type Attributes } from './document.js';
import { HelperArgumentError, UnknownRoleError } from './helper-errors.js';

/** Starts a line that opens (`\u0001role key=value`) or closes (`\u0001/`) a container. */
export const FENCE = '\u0001';
const CLOSE = `${FENCE}/`;
/** Around a cell's attributes: `\u0002key=value key=value\u0003`. */
export const ATTRIBUTES_OPEN = '\u0002';
export const ATTRIBUTES_CLOSE = '\u0003';

const INLINE_ATTRIBUTES = /\u0002([^\u0003]*)\u0003/g;

/** `key=value` pairs, values URI-encoded so that a space or a sign in a value cannot split them. */
const encode = (attributes: Attributes): string =>
  Object.entries(attributes)
    .map(([key, value]) => `${key}=${encodeURIComponent(value)}`)
    .join(' ');

export function decodeAttributes(text: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const pair of text.split(' ')) {
    const at = pair.indexOf('=');
    if (at > 0) attributes[pair.slice(0, at)] = decodeURIComponent(pair.slice(at + 1));
  }
  return attributes;
}

/** What a fence line says: a container opened (its role and attributes), or closed. */
export function fenceOf(line: string): { role: string; attributes: Record<string, string> } | 'close' | undefined {
  if (!line.startsWith(FENCE)) return undefined;
  if (line === CLOSE) return 'close';
  const [role = '', ...rest] = line.slice(FENCE.length).split(' ');
  return { role, attributes: decodeAttributes(rest.join(' ')) };
}

/** A cell's text without its attributes, and the attributes. */
export function cellAttributes(text: string): { text: string; attributes: Record<string, string> } {
  const attributes: Record<string, string> = {};
  const rest = text.replace(INLINE_ATTRIBUTES, (_, inside: string) => {
    Object.assign(attributes, decodeAttributes(inside));
    return '';
  });
  return { text: rest, attributes };
}

/** Handlebars' hash arguments as attributes: strings and numbers, `true` as "true", the rest left out. */
const attributesOf = (hash: Record<string, unknown>): Attributes =>
  Object.fromEntries(
    Object.entries(hash)
      .filter(([, value]) => typeof value === 'string' || typeof value === 'number' || value === true)
      .map(([key, value]) => [key, String(value)]),
  );

interface HelperOptions {
  readonly hash: Record<string, unknown>;
  readonly loc?: { readonly start: { readonly line: number; readonly column: number } };
  readonly fn?: (context: unknown) => string;
}

/** The helpers that write the markup: `bloc` and `attributs`. */
export function markupHelpers(safe: (markdown: string) => unknown) {
  return {
    bloc(this: unknown, role: unknown, options: HelperOptions) {
      if (typeof role !== 'string') throw new HelperArgumentError('bloc', 'text', role);
      if (!(ROLES as readonly unknown[]).includes(role)) {
        // Located at the helper's call by the templates' wrapper; the template's file is added by its caller.
        throw new UnknownRoleError(String(role), ROLES);
      }
      const attributes = encode(attributesOf(options.hash));
      const open = `${FENCE}${String(role)}${attributes ? ` ${attributes}` : ''}`;
      const inside = options.fn ? options.fn(this) : '';
      return safe(`\n${open}\n${inside}\n${CLOSE}\n`);
    },
    attributs: (options: HelperOptions) => safe(`${ATTRIBUTES_OPEN}${encode(attributesOf(options.hash))}${ATTRIBUTES_CLOSE}`),
  };
}

/**
 * Where the Markdown finds a file the evaluation names (its image): the path written, relative
 * to the evaluation file, as a path relative to the Markdown file.
 */
export type FileLink = (written: string) => string;

/** The Markdown beside its evaluation: a path is the one written. */
const BESIDE: FileLink = (written) => written;

/** A link destination as CommonMark reads it: in angle brackets when it holds a space or parenthesis. */
const destination = (path: string): string => (/[\s()<>]/.test(path) ? `<${path.replace(/[<>]/g, '\\$&')}>` : path);

/**
 * The image container (`{{#bloc "image" chemin=path}}alternative text{{/bloc}}`) as a Markdown
 * image: its text the alternative, its path from the Markdown file's folder.
 */
function images(lines: readonly string[], link: FileLink): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    const fence = fenceOf(lines[i] ?? '');
    if (fence === undefined || fence === 'close' || fence.role !== 'image' || fence.attributes.chemin === undefined) {
      out.push(lines[i] ?? '');
      continue;
    }
    const alternative: string[] = [];
    for (i += 1; i < lines.length && fenceOf(lines[i] ?? '') !== 'close'; i += 1) alternative.push((lines[i] ?? '').trim());
    out.push(`![${alternative.filter((l) => l !== '').join(' ')}](${destination(link(fence.attributes.chemin))})`);
  }
  return out;
}

/**
 * The Markdown a reader gets: the marked Markdown without its fences and cell attributes, blank
 * lines as the templates left them, an image container as an image `link` finds.
 */
export function withoutRoles(marked: string, link: FileLink = BESIDE): string {
  const lines = images(marked.split('\n'), link).filter((line) => fenceOf(line) === undefined);
  return `${lines
    .join('\n')
    .replace(INLINE_ATTRIBUTES, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim()}\n`;
}
