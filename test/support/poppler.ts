/** Reading PDFs back with poppler (Debian package poppler-utils). */
import { execFileSync } from 'node:child_process';

export const run = (command: string, ...args: string[]): string => execFileSync(command, args, { encoding: 'utf8' });

/** The text in reading order, on one line, no-break spaces as spaces. */
export const textOf = (file: string): string => run('pdftotext', file, '-').replace(/[\u00A0\u202F]/g, ' ').replace(/\s+/g, ' ');

/** `pdfinfo`'s fields: Title, Pages, Page size… */
export const info = (file: string): Record<string, string> =>
  Object.fromEntries(run('pdfinfo', file).split('\n').map((line) => [line.split(':')[0]?.trim() ?? '', line.slice(line.indexOf(':') + 1).trim()]));

/** Each of `phrases` found in `text`, in this order: the reading order of the PDF. */
export function expectInOrder(text: string, phrases: readonly string[]): void {
  let from = 0;
  for (const phrase of phrases) {
    const at = text.indexOf(phrase, from);
    expect({ phrase, found: at >= 0 }).toEqual({ phrase, found: true });
    from = at + phrase.length;
  }
}
