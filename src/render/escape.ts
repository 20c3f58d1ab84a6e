/**
 * The evaluator's text, made inert for Markdown: printed as written, never read as Markdown,
 * HTML or template syntax.
 */

/** Control characters (but tab and newlines, which become spaces) are dropped. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
const INLINE_SPECIALS = /[\\`*_[\]<>|~&#]/g;
/** What would open a heading, a quote, a list or a rule at the start of a line. */
const BLOCK_START = /^([>+\-=]|\d+(?=[.)]))/;

export function escapeMarkdown(text: string): string {
  return text
    .replace(CONTROL, '')
    .replace(/[ \t\r\n\u2028\u2029]+/g, ' ')
    .trim()
    .replace(INLINE_SPECIALS, '\\$&')
    .replace(BLOCK_START, (marker) => (/\d/.test(marker) ? `${marker}\\` : `\\${marker}`));
}
