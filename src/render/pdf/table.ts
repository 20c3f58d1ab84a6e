/**
 * Every table of impact's PDFs, through one engine: cells as TH (with their scope) or TD in rows
 * (TR), tagged as pdfkit's tables are (table-rows.ts); column widths; rows measured before they
 * are drawn; and a table that runs onto the next page going on there under its header again
 * (pdfkit's own tables do not repeat it). What a cell means — a family's colour, a score, an
 * intensity — comes from the attributes the templates gave it (src/document/), never from its text.
 */
import type { Align, Attributes, Cell, TableBlock } from '../../document/document.js';
import { plainText } from '../../document/document.js';
import type { FontName } from '../../theme/fonts.js';
import type { Palette } from '../../theme/theme.js';
import { channels, SIZE, tint } from './look.js';
import { drawRows } from './table-rows.js';

type Doc = PDFKit.PDFDocument;

/** What a table needs of the page it is set on. */
export interface TablePage {
  readonly doc: Doc;
  readonly left: number;
  readonly width: number;
  readonly bottom: number;
  readonly section: PDFKit.PDFStructureElement;
  readonly palette: Palette;
  /** The section's colour: an annex table's header. */
  readonly colour: string;
  /** The colour of the family with this id, if it is one. */
  familyColour(id: string | undefined): string | undefined;
  ensure(height: number): void;
  lineHeight(): number;
}

interface Padding {
  readonly top: number;
  readonly bottom: number;
  readonly left: number;
  readonly right: number;
}

/** A cell as drawn. */
export interface CellStyle {
  readonly text: string;
  readonly type: 'TH' | 'TD';
  readonly scope?: 'Row' | 'Column';
  readonly font: FontName;
  readonly size: number;
  readonly textColor: string;
  readonly backgroundColor?: string;
  readonly align: 'left' | 'center' | 'right';
}

/** How a kind of table looks and breaks: its cells' padding, its rules, where text sits in a cell. */
export interface TableLook {
  readonly padding: (col: number) => Padding;
  readonly border: { readonly width: number | { top: number; left: number; right: number; bottom: number }; readonly colour: string };
  /** A cell's text at its top (long rows of prose) or its middle (a grid of short values). */
  readonly valign: 'top' | 'center';
  /** Between a cell's lines, in points. */
  readonly lineGap: number;
  /** Moved whole to the next page when it would fit there but not here; otherwise it starts here. */
  readonly keepWhole: boolean;
  /** The body rows that must fit under the header where the table starts. */
  readonly leastRows: number;
}

export const LINE_GAP = 1;
const PADDING: Padding = { top: 3.5, bottom: 3.5, left: 5, right: 5 };

export const plainLook = (palette: Palette): TableLook => ({
  padding: () => PADDING,
  border: { width: { top: 0, left: 0, right: 0, bottom: 0.5 }, colour: palette.rule },
  valign: 'center',
  lineGap: LINE_GAP,
  keepWhole: true,
  leastRows: 3,
});

export const alignOf = (align: Align): CellStyle['align'] => align ?? 'left';

/** The attributes' number `key`, when the template gave one. */
export const numberAttribute = (attributes: Attributes, key: string): number | undefined =>
  attributes[key] !== undefined && attributes[key] !== '' ? Number(attributes[key]) : undefined;

/** sRGB relative luminance of `#rrggbb`. */
function luminance(hex: string): number {
  const [r = 0, g = 0, b = 0] = channels(hex).map((value) => {
    const c = value / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

const contrast = (a: string, b: string): number => {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (high + 0.05) / (low + 0.05);
};

/** White or the text colour, whichever reads better on `background`. */
export function inkOn(palette: Palette, background: string): string {
  return contrast(palette.ink, background) >= contrast(palette.onBrand, background) ? palette.ink : palette.onBrand;
}

/** The same for an intensity (+ to ++++) in its family's colour. */
export const INTENSITY_TINT = [0.94, 0.8, 0.62, 0.42, 0.22] as const;

/** A body cell's own look, when a kind of table gives it one (a heat map's score). */
export type SpecialCell = (cell: Cell, base: Pick<CellStyle, 'text' | 'type' | 'size' | 'align'>) => CellStyle | undefined;

/** The header row: each column's name, in `background(col)`, aligned as its column. */
export function headerCells(page: TablePage, table: TableBlock, background: (col: number) => string, size: number): CellStyle[] {
  return table.header.map((cell, col) => ({
    text: plainText(cell.runs),
    type: 'TH',
    scope: 'Column',
    font: 'semibold',
    size,
    textColor: page.palette.onBrand,
    backgroundColor: background(col),
    align: alignOf(table.aligns[col]),
  }));
}

/**
 * A table's cells: the header in the brand colour, or a column's family colour when its header
 * cell names a family; the first column the rows' headers, unless `rowHeaders` is false; a
 * family's column tinted by each cell's intensity; every other row striped.
 */
export function cellStyles(
  page: TablePage,
  table: TableBlock,
  options: { rowHeaders?: boolean; stripes?: boolean; special?: SpecialCell; size?: number } = {},
): CellStyle[][] {
  const { palette } = page;
  const { rowHeaders = true, stripes = true, special, size = SIZE.small } = options;
  const columnColour = table.header.map((cell) => page.familyColour(cell.attributes.famille));
  const header = headerCells(page, table, (col) => columnColour[col] ?? palette.brand, size);
  const body = table.rows.map((row, r) =>
    table.header.map((_, col): CellStyle => {
      const cell = row[col] ?? { runs: [], attributes: {} };
      const text = plainText(cell.runs).trim();
      const base = { text, type: 'TD' as const, size, align: alignOf(table.aligns[col]) };
      const stripe = stripes && r % 2 === 1 ? { backgroundColor: tint(palette.brand, 0.96) } : {};
      if (!rowHeaders) return { ...base, font: 'regular', textColor: palette.ink };
      if (col === 0) return { ...base, type: 'TH', scope: 'Row', font: 'semibold', textColor: page.familyColour(cell.attributes.famille) ?? palette.ink, ...stripe };
      const own = special?.(cell, base);
      if (own) return own;
      const family = columnColour[col];
      if (family) {
        const marks = numberAttribute(cell.attributes, 'intensite');
        if (!marks) return { ...base, font: 'italic', textColor: palette.muted, ...stripe };
        const backgroundColor = tint(family, INTENSITY_TINT[marks] ?? 1);
        return { ...base, font: 'semibold', backgroundColor, textColor: inkOn(palette, backgroundColor) };
      }
      const titled = page.familyColour(cell.attributes.famille);
      if (titled) return { ...base, font: 'semibold', textColor: titled, ...stripe };
      return { ...base, font: 'regular', textColor: palette.ink, ...stripe };
    }),
  );
  return [header, ...body];
}

/** The first column as wide as its text (within `firstShare` of the width) when it holds the rows' headers, the others sharing the rest. */
export function columnWidths(page: TablePage, rows: readonly (readonly CellStyle[])[], firstShare: number): number[] {
  const { doc } = page;
  const columns = rows[0]?.length ?? 0;
  if (rows[1]?.[0]?.scope !== 'Row') return Array.from({ length: columns }, () => page.width / columns);
  const natural = Math.max(
    ...rows.map((row) => doc.font(row[0]?.font ?? 'regular').fontSize(row[0]?.size ?? SIZE.small).widthOfString(row[0]?.text ?? '')),
  );
  const first = Math.min(Math.max(natural + PADDING.left + PADDING.right + 1, 28), page.width * firstShare);
  const rest = (page.width - first) / Math.max(1, columns - 1);
  return [first, ...Array.from({ length: columns - 1 }, () => rest)];
}

/**
 * The height of each cell's text, in its column's width less its padding. Measured in every
 * document, not once per process: measuring makes the document's glyphs, and which character a
 * glyph stands for in the text map (a space or a no-break space) is the first its document meets.
 */
export function textHeights(page: TablePage, rows: readonly (readonly CellStyle[])[], widths: readonly number[], look: TableLook): number[][] {
  const { doc } = page;
  return rows.map((row) =>
    row.map((cell, col) => {
      const padding = look.padding(col);
      return cell.text ? doc.font(cell.font).fontSize(cell.size).heightOfString(cell.text, { width: (widths[col] ?? 0) - padding.left - padding.right, lineGap: look.lineGap }) : 0;
    }),
  );
}

/** Each row's height: its highest text and the padding around it, in whole points. */
export function rowHeights(page: TablePage, rows: readonly (readonly CellStyle[])[], widths: readonly number[], look: TableLook, texts = textHeights(page, rows, widths, look)): number[] {
  return texts.map((row) =>
    Math.ceil(
      Math.max(
        ...row.map((text, col) => {
          const padding = look.padding(col);
          return text + padding.top + padding.bottom;
        }),
      ),
    ),
  );
}

/** Whether a table is kept whole when it fits on a page: its look says so, or it is too short to leave `leastRows` rows on each side of a break. */
export const keptWhole = (look: TableLook, bodyRows: number): boolean => look.keepWhole || bodyRows < 2 * look.leastRows;

/**
 * A table set from its cells: kept on one page when it fits on one (with `after` points below
 * it) and it is kept whole, else split between pages with its header repeated, at least its
 * header and `leastRows` rows where it starts, never fewer than `leastRows` rows alone overleaf,
 * and its last `leastRows` rows at least on the page of the `after` points.
 */
export function setTable(page: TablePage, cells: readonly (readonly CellStyle[])[], widths: readonly number[], look: TableLook, after = 0): void {
  const { doc } = page;
  const [header = [], ...body] = cells;
  const texts = textHeights(page, cells, widths, look);
  const [headerText = [], ...bodyTexts] = texts;
  const [headerHeight = 0, ...heights] = rowHeights(page, cells, widths, look, texts);
  const pageRoom = page.bottom - doc.page.margins.top;
  let i = 0;
  do {
    const rest = headerHeight + heights.slice(i).reduce((sum, h) => sum + h, 0) + after;
    const room = page.bottom - doc.y;
    const least = headerHeight + heights.slice(i, i + look.leastRows).reduce((sum, h) => sum + h, 0);
    if ((keptWhole(look, body.length) && rest > room && rest <= pageRoom) || room < least) doc.addPage();
    const available = page.bottom - doc.y - 0.5;
    let used = headerHeight;
    let j = i;
    while (j < body.length && used + (heights[j] ?? 0) <= available) {
      used += heights[j] ?? 0;
      j += 1;
    }
    if (j === i) j = Math.min(body.length, i + 1);
    // A row or two alone overleaf go on with some of these.
    if (j < body.length && body.length - j < look.leastRows && body.length - look.leastRows - i >= look.leastRows) j = body.length - look.leastRows;
    // The last rows carry what follows the table: when they fit here but it does not, some go on with it.
    if (j === body.length && used + after > available && body.length - i > look.leastRows) j = body.length - look.leastRows;
    drawRows(page, [header, ...body.slice(i, j)], widths, [headerHeight, ...heights.slice(i, j)], [headerText, ...bodyTexts.slice(i, j)], look);
    i = j;
    if (i < body.length) doc.addPage();
  } while (i < body.length);
}
