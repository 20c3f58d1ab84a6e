/**
 * The templates' marked Markdown read into the document model: markdown-it parses the prose and
 * the tables between the role fences (src/document/markup.ts), which nest as containers.
 */
import MarkdownIt, { type Token } from 'markdown-it';
import type { Align, Block, Cell, Container, Run } from './document.js';
import { cellAttributes, fenceOf } from './markup.js';

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

/** A table cell: its runs without the attributes the template wrote in it, and those attributes. */
function cellOf(inline: Token): Cell {
  const attributes: Record<string, string> = {};
  const runs = runsOf(inline)
    .map((run) => {
      const read = cellAttributes(run.text);
      Object.assign(attributes, read.attributes);
      return { ...run, text: read.text };
    })
    .filter((run) => run.text !== '');
  return { runs, attributes };
}

const ALIGNS: Readonly<Record<string, Align>> = { 'text-align:left': 'left', 'text-align:center': 'center', 'text-align:right': 'right' };

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

function tableOf(tokens: readonly Token[], from: number, to: number): Block {
  const rows: Cell[][] = [];
  const aligns: Align[] = [];
  for (let j = from; j < to; j += 1) {
    const t = tokens[j] as Token;
    if (t.type === 'tr_open') rows.push([]);
    if (t.type === 'th_open') aligns.push(ALIGNS[t.attrGet('style') ?? '']);
    if (t.type === 'inline') rows.at(-1)?.push(cellOf(t));
  }
  const [header = [], ...body] = rows;
  return { kind: 'table', header, rows: body, aligns };
}

/** The blocks of Markdown without fences. */
function markdownBlocks(markdown: string): Block[] {
  const tokens = reader.parse(markdown, {});
  const blocks: Block[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i] as Token;
    const end = token.type.endsWith('_open') ? closing(tokens, i) : i;
    switch (token.type) {
      case 'heading_open':
        blocks.push({ kind: 'heading', level: Number(token.tag.slice(1)), runs: runsOf(tokens[i + 1]) });
        break;
      case 'paragraph_open':
        blocks.push({ kind: 'paragraph', runs: runsOf(tokens[i + 1]) });
        break;
      case 'bullet_list_open':
      case 'ordered_list_open':
        blocks.push({ kind: 'list', items: inlinesBetween(tokens, i, end).map(runsOf) });
        break;
      case 'blockquote_open': {
        const paragraphs = inlinesBetween(tokens, i, end).map(runsOf);
        blocks.push({ kind: 'quote', runs: paragraphs.flatMap((runs, j) => (j > 0 ? [{ text: ' ', bold: false, italic: false }, ...runs] : runs)) });
        break;
      }
      case 'table_open':
        blocks.push(tableOf(tokens, i, end));
        break;
      default:
        break;
    }
    i = end;
  }
  return blocks;
}

type OpenContainer = { role: string; attributes: Record<string, string>; blocks: Block[] };

/** The document the templates wrote: its blocks, in the containers their fences open. */
export function readDocument(marked: string): Block[] {
  const root: OpenContainer = { role: '', attributes: {}, blocks: [] };
  const open: OpenContainer[] = [root];
  let lines: string[] = [];
  const flush = () => {
    if (lines.length) (open.at(-1) ?? root).blocks.push(...markdownBlocks(lines.join('\n')));
    lines = [];
  };
  for (const line of marked.split('\n')) {
    const fence = fenceOf(line);
    if (fence === undefined) {
      lines.push(line);
      continue;
    }
    flush();
    if (fence !== 'close') {
      open.push({ ...fence, blocks: [] });
    } else if (open.length > 1) {
      const done = open.pop() as OpenContainer;
      const container: Container = { kind: 'container', ...done };
      (open.at(-1) ?? root).blocks.push(container);
    }
  }
  flush();
  // A container a template left open holds the rest of the document.
  while (open.length > 1) {
    const done = open.pop() as OpenContainer;
    (open.at(-1) ?? root).blocks.push({ kind: 'container', ...done });
  }
  return root.blocks;
}
