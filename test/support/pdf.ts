/**
 * Reading PDFs back as a reader and a printer get them, with MuPDF (npm package mupdf, its
 * WebAssembly build: nothing to install beside npm's packages): the text in reading order, the
 * words with their places, the images. The document's own objects (metadata, fonts, tags,
 * outlines): test/support/pdf-document.ts.
 */
import { readFileSync } from 'node:fs';
import * as mupdf from 'mupdf';

/** Runs `read` on the document and frees it: MuPDF's memory is WebAssembly's, not the collector's. */
export function withPdf<T>(file: string, read: (doc: mupdf.PDFDocument) => T): T {
  const doc = new mupdf.PDFDocument(readFileSync(file));
  try {
    return read(doc);
  } finally {
    doc.destroy();
  }
}

/** Each page of the document, in order, freed once read. */
export function eachPage<T>(doc: mupdf.PDFDocument, read: (page: mupdf.PDFPage, number: number) => T): T[] {
  return Array.from({ length: doc.countPages() }, (_, index) => {
    const page = doc.loadPage(index);
    try {
      return read(page, index + 1);
    } finally {
      page.destroy();
    }
  });
}

/** Characters as drawn (no-break spaces kept), and images as blocks. */
const STEXT_OPTIONS = 'preserve-whitespace,preserve-images';

interface Line {
  readonly text: string;
  /** Its box, y growing downwards from the top of the page. */
  readonly box: mupdf.Rect;
}

interface Block {
  readonly box: mupdf.Rect;
  readonly lines: Line[];
}

/** The blocks of text of a page, in the order they are drawn, as MuPDF's text extraction segments them. */
function blocksOf(page: mupdf.PDFPage): Block[] {
  const text = page.toStructuredText(STEXT_OPTIONS);
  const blocks: { box: mupdf.Rect; lines: { text: string; box: mupdf.Rect }[] }[] = [];
  text.walk({
    beginTextBlock: (box) => void blocks.push({ box, lines: [] }),
    beginLine: (box) => void blocks.at(-1)?.lines.push({ text: '', box }),
    onChar: (c) => {
      const line = blocks.at(-1)?.lines.at(-1);
      if (line) line.text += c;
    },
  });
  text.destroy();
  return blocks;
}

const textOfBlocks = (blocks: readonly Block[]): string => blocks.map((block) => block.lines.map((line) => line.text).join('\n')).join('\n');

/**
 * The reading order of a page: its blocks top to bottom, those at the same height (a table's
 * row) in the order they are drawn, left to right. The running header, drawn last, comes first.
 */
const readingOrder = (blocks: readonly Block[]): Block[] => [...blocks].sort((a, b) => Math.round(a.box[1]) - Math.round(b.box[1]));

/** The order of the text: as read (see readingOrder), or as drawn (pdftotext -raw's order). */
export type TextOrder = 'reading' | 'drawn';

const pageTexts = (file: string, order: TextOrder): string[] =>
  withPdf(file, (doc) => eachPage(doc, (page) => textOfBlocks(order === 'reading' ? readingOrder(blocksOf(page)) : blocksOf(page))));

/** The text of page `number` (from 1), in reading order. */
export const pageText = (file: string, number: number): string =>
  withPdf(file, (doc) => {
    const page = doc.loadPage(number - 1);
    try {
      return textOfBlocks(readingOrder(blocksOf(page)));
    } finally {
      page.destroy();
    }
  });

/** The whole text, on one line, no-break spaces as spaces. */
export const textOf = (file: string, order: TextOrder = 'reading'): string => pageTexts(file, order).join('\n').replace(/[\u00A0\u202F]/g, ' ').replace(/\s+/g, ' ');

/**
 * The text of each page laid out as printed: the lines that share a baseline band (a table's
 * row, cell after cell) joined left to right, top to bottom.
 */
export const layoutTexts = (file: string): string[] =>
  withPdf(file, (doc) =>
    eachPage(doc, (page) => {
      const rows: Line[][] = [];
      for (const line of blocksOf(page).flatMap((block) => block.lines).sort((a, b) => a.box[1] - b.box[1])) {
        const middle = (line.box[1] + line.box[3]) / 2;
        const row = rows.find((cells) => cells.some(({ box }) => box[1] <= middle && middle <= box[3]));
        if (row) row.push(line);
        else rows.push([line]);
      }
      return rows.map((cells) => cells.sort((a, b) => a.box[0] - b.box[0]).map((cell) => cell.text).join('  ')).join('\n');
    }),
  );

/** A line of text as printed: its characters, its largest font size, its box (y growing downwards). */
export interface PrintedLine {
  readonly text: string;
  readonly size: number;
  readonly box: mupdf.Rect;
}

/**
 * The lines of each page's body, top to bottom: the running header and the page number, drawn in
 * the margins (`top` and `bottom` points from the page's edges), left out.
 */
export const bodyLines = (file: string, margins: { readonly top: number; readonly bottom: number }): PrintedLine[][] =>
  withPdf(file, (doc) =>
    eachPage(doc, (page) => {
      const height = page.getBounds()[3];
      const lines: { text: string; size: number; box: mupdf.Rect }[] = [];
      const text = page.toStructuredText(STEXT_OPTIONS);
      text.walk({
        beginLine: (box) => void lines.push({ text: '', size: 0, box }),
        onChar: (c, _origin, _font, size) => {
          const line = lines.at(-1);
          if (!line) return;
          line.text += c;
          line.size = Math.max(line.size, size);
        },
      });
      text.destroy();
      return lines.filter((line) => line.text.trim() !== '' && line.box[1] >= margins.top - 24 && line.box[3] <= height - margins.bottom + 16).sort((a, b) => a.box[1] - b.box[1]);
    }),
  );

export interface Word {
  readonly text: string;
  readonly xMin: number;
  readonly yMin: number;
  readonly xMax: number;
  readonly yMax: number;
}

/** Every word of every page with its box, in points, y growing downwards from the top of the page. */
export const words = (file: string): Word[] =>
  withPdf(file, (doc) =>
    eachPage(doc, (page) => {
      const found: Word[] = [];
      let word: { text: string; quads: mupdf.Quad[] } = { text: '', quads: [] };
      const end = () => {
        if (word.text === '') return;
        const xs = word.quads.flatMap((quad) => [quad[0], quad[2], quad[4], quad[6]]);
        const ys = word.quads.flatMap((quad) => [quad[1], quad[3], quad[5], quad[7]]);
        found.push({ text: word.text, xMin: Math.min(...xs), yMin: Math.min(...ys), xMax: Math.max(...xs), yMax: Math.max(...ys) });
        word = { text: '', quads: [] };
      };
      const text = page.toStructuredText(STEXT_OPTIONS);
      text.walk({
        onChar: (c, _origin, _font, _size, quad) => {
          if (/\s/.test(c)) return end();
          word.text += c;
          word.quads.push(quad);
        },
        endLine: end,
      });
      text.destroy();
      return found;
    }).flat(),
  );

/** The images drawn on each page, with their size in pixels. */
export const images = (file: string): { page: number; width: number; height: number }[] =>
  withPdf(file, (doc) =>
    eachPage(doc, (page, number) => {
      const found: { page: number; width: number; height: number }[] = [];
      const text = page.toStructuredText(STEXT_OPTIONS);
      text.walk({ onImageBlock: (_bbox, _transform, image) => void found.push({ page: number, width: image.getWidth(), height: image.getHeight() }) });
      text.destroy();
      return found;
    }).flat(),
  );

/** Each of `phrases` found in `text`, in this order: the reading order of the PDF. */
export function expectInOrder(text: string, phrases: readonly string[]): void {
  let from = 0;
  for (const phrase of phrases) {
    const at = text.indexOf(phrase, from);
    expect({ phrase, found: at >= 0 }).toEqual({ phrase, found: true });
    from = at + phrase.length;
  }
}
