/**
 * The report's Markdown read back into blocks for typesetting: the PDF says exactly what the
 * Markdown says, with no second copy of the prose.
 */
import MarkdownIt, { type Token } from 'markdown-it';

export interface Run {
  readonly text: string;
  readonly bold: boolean;
  readonly italic: boolean;
}

export type Block =
  | { readonly kind: 'heading'; readonly level: number; readonly runs: readonly Run[] }
  | { readonly kind: 'paragraph'; readonly runs: readonly Run[] }
  | { readonly kind: 'list'; readonly items: readonly (readonly Run[])[] }
  | { readonly kind: 'quote'; readonly runs: readonly Run[] }
  | { readonly kind: 'table'; readonly header: readonly (readonly Run[])[]; readonly rows: readonly (readonly (readonly Run[])[])[] };

const reader = new MarkdownIt('default', { html: false, linkify: false, typographer: false });

function runsOf(inline: Token | undefined): Run[] {
  const runs: Run[] = [];
  let bold = 0;
  let italic = 0;
  for (const token of inline?.children ?? []) {
    if (token.type === 'strong_open') bold += 1;
    else if (token.type === 'strong_close') bold -= 1;
    else if (token.type === 'em_open') italic += 1;
    else if (token.type === 'em_close') italic -= 1;
    else if (token.type === 'text' || token.type === 'code_inline') runs.push({ text: token.content, bold: bold > 0, italic: italic > 0 });
    else if (token.type === 'softbreak' || token.type === 'hardbreak') runs.push({ text: ' ', bold: bold > 0, italic: italic > 0 });
  }
  return runs.filter((run) => run.text !== '');
}

/** The index of the token that closes the one opened at `start`. */
function closing(tokens: readonly Token[], start: number): number {
  const open = tokens[start] as Token;
  let depth = 0;
  for (let i = start; i < tokens.length; i += 1) {
    const token = tokens[i] as Token;
    if (token.type === open.type) depth += 1;
    else if (token.type === open.type.replace('_open', '_close')) depth -= 1;
    if (depth === 0) return i;
  }
  return tokens.length - 1;
}

const inlinesBetween = (tokens: readonly Token[], from: number, to: number): Token[] =>
  tokens.slice(from, to).filter((t) => t.type === 'inline');

export function readBlocks(markdown: string): Block[] {
  const tokens = reader.parse(markdown, {});
  const blocks: Block[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i] as Token;
    switch (token.type) {
      case 'heading_open':
        blocks.push({ kind: 'heading', level: Number(token.tag.slice(1)), runs: runsOf(tokens[i + 1]) });
        i = closing(tokens, i);
        break;
      case 'paragraph_open':
        blocks.push({ kind: 'paragraph', runs: runsOf(tokens[i + 1]) });
        i = closing(tokens, i);
        break;
      case 'bullet_list_open':
      case 'ordered_list_open': {
        const end = closing(tokens, i);
        blocks.push({ kind: 'list', items: inlinesBetween(tokens, i, end).map(runsOf) });
        i = end;
        break;
      }
      case 'blockquote_open': {
        const end = closing(tokens, i);
        const paragraphs = inlinesBetween(tokens, i, end).map(runsOf);
        blocks.push({ kind: 'quote', runs: paragraphs.flatMap((runs, j) => (j > 0 ? [{ text: ' ', bold: false, italic: false }, ...runs] : runs)) });
        i = end;
        break;
      }
      case 'table_open': {
        const end = closing(tokens, i);
        const rows: Run[][][] = [];
        for (let j = i; j < end; j += 1) {
          const t = tokens[j] as Token;
          if (t.type === 'tr_open') rows.push([]);
          if (t.type === 'inline') rows.at(-1)?.push(runsOf(t));
        }
        const [header = [], ...body] = rows;
        blocks.push({ kind: 'table', header, rows: body });
        i = end;
        break;
      }
      default:
        break;
    }
  }
  return blocks;
}

export const plainText = (runs: readonly Run[]): string => runs.map((r) => r.text).join('');
