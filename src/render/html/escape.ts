/**
 * Text made inert for HTML, in content and in attributes alike (every attribute is written
 * between double quotes, so an apostrophe stays as written): printed as written, never read as markup.
 */
const SPECIALS: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

export const escapeHtml = (text: string): string => text.replace(/[&<>"]/g, (c) => SPECIALS[c] ?? c);

/** `name="value"` pairs, the values escaped, the pairs whose value is undefined left out. */
export function attributes(pairs: Readonly<Record<string, string | number | undefined>>): string {
  return Object.entries(pairs)
    .filter((pair): pair is [string, string | number] => pair[1] !== undefined)
    .map(([name, value]) => ` ${name}="${escapeHtml(String(value))}"`)
    .join('');
}

/** An element, its attributes escaped; `content` is markup already. */
export const element = (tag: string, pairs: Readonly<Record<string, string | number | undefined>>, content: string): string =>
  `<${tag}${attributes(pairs)}>${content}</${tag}>`;
