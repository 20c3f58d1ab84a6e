/**
 * A table's rows drawn and tagged as pdfkit's own tables are (a Table, its TR, each cell a TH
 * with its scope or a TD, with the layout attributes and the headers it falls under), without
 * pdfkit's `table`: it merged every cell's style into a new object and measured each cell's text
 * twice more, a quarter of a batch's PDF time, for rows that setTable has measured already.
 */
import { channels } from './look.js';
import { setStructureEntries } from './pdfkit-internals.js';
import type { CellStyle, TableLook, TablePage } from './table.js';

type Doc = PDFKit.PDFDocument;

interface Sides {
  readonly top: number;
  readonly bottom: number;
  readonly left: number;
  readonly right: number;
}

/** Tables drawn so far in each document: their IDs, which the cells' Headers name, are unique in it. */
const drawn = new WeakMap<Doc, number>();

/** A colour as PDF's RGB components, 0 to 1. */
const rgb = (hex: string): number[] => channels(hex).map((value) => value / 255);

/** A PDF string (a primitive string would be written as a name). */
const pdfString = (text: string): string => new String(text) as unknown as string;

const sidesOf = (width: TableLook['border']['width']): Sides => (typeof width === 'number' ? { top: width, bottom: width, left: width, right: width } : width);

function drawBorder(doc: Doc, border: Sides, colour: string, x: number, y: number, width: number, height: number): void {
  if (border.top === border.right && border.top === border.bottom && border.top === border.left) {
    if (border.top > 0) doc.save().lineWidth(border.top).strokeColor(colour).rect(x, y, width, height).stroke().restore();
    return;
  }
  const [right, bottom] = [x + width, y + height];
  const lines: readonly [number, number, number, number, number][] = [
    [border.top, x, y, right, y],
    [border.right, right, y, right, bottom],
    [border.bottom, right, bottom, x, bottom],
    [border.left, x, bottom, x, y],
  ];
  for (const [line, x1, y1, x2, y2] of lines) if (line > 0) doc.save().lineWidth(line).strokeColor(colour).moveTo(x1, y1).lineTo(x2, y2).stroke().restore();
}

/**
 * The rows of one page's part of a table, from the top of the page's space at `doc.y`: each as
 * `heights` says, its cells as `widths` say, each cell's text as high as `textHeights` says
 * (placed at the top or the middle of the cell, as the look says). Leaves the document under the
 * last row, at the table's left.
 */
export function drawRows(
  page: TablePage,
  rows: readonly (readonly CellStyle[])[],
  widths: readonly number[],
  heights: readonly number[],
  textHeights: readonly (readonly number[])[],
  look: TableLook,
): void {
  const { doc } = page;
  const index = drawn.get(doc) ?? 0;
  drawn.set(doc, index + 1);
  const id = `table-${index}`;
  const table = doc.struct('Table');
  setStructureEntries(table, { ID: pdfString(id) });
  page.section.add(table);
  const border = sidesOf(look.border.width);
  const sides = [border.top, border.bottom, border.left, border.right];
  const bordered = sides.some((side) => side > 0);
  const borderColour = rgb(look.border.colour);
  const lefts = widths.map((_, col) => page.left + widths.slice(0, col).reduce((sum, width) => sum + width, 0));
  const columnHeaders: string[][] = widths.map(() => []);
  let y = doc.y;
  rows.forEach((row, r) => {
    const tr = doc.struct('TR');
    setStructureEntries(tr, { ID: pdfString(`${id}-${r}`) });
    table.add(tr);
    const rowHeaders: string[] = [];
    const height = heights[r] ?? 0;
    row.forEach((cell, col) => {
      const cellId = `${id}-${r}-${col}`;
      const headers = [...(columnHeaders[col] ?? []), ...rowHeaders];
      if (cell.scope === 'Column') columnHeaders[col]?.push(cellId);
      if (cell.scope === 'Row') rowHeaders.push(cellId);
      const [x, width, padding] = [lefts[col] ?? page.left, widths[col] ?? 0, look.padding(col)];
      const attributes = doc.ref({
        O: 'Table',
        Width: width,
        Height: height,
        Padding: [padding.top, padding.bottom, padding.left, padding.right],
        BorderThickness: sides,
        ...(cell.scope ? { Scope: cell.scope } : {}),
        ...(headers.length > 0 ? { Headers: headers.map(pdfString) } : {}),
        ...(cell.backgroundColor ? { BackgroundColor: rgb(cell.backgroundColor) } : {}),
        ...(bordered ? { BorderColor: sides.map((side) => (side > 0 ? borderColour : null)) } : {}),
      });
      const element = doc.struct(cell.type);
      setStructureEntries(element, { ID: pdfString(cellId), A: attributes });
      tr.add(element);
      element.add(() => {
        if (cell.backgroundColor) doc.save().fillColor(cell.backgroundColor).rect(x, y, width, height).fill().restore();
        drawBorder(doc, border, look.border.colour, x, y, width, height);
        if (!cell.text) return;
        const [textX, textY] = [x + padding.left, y + padding.top];
        const [room, roomHeight] = [width - padding.left - padding.right, height - padding.top - padding.bottom];
        const below = look.valign === 'center' ? (roomHeight - (textHeights[r]?.[col] ?? 0)) / 2 : 0;
        doc.save().rect(textX, textY, room, roomHeight).clip();
        doc.font(cell.font).fontSize(cell.size).fillColor(cell.textColor);
        doc.text(cell.text, textX, textY + below, { width: room, height: roomHeight, align: cell.align, lineGap: look.lineGap, ellipsis: true });
        doc.restore();
      });
      element.end();
      attributes.end(undefined);
    });
    tr.end();
    y += height;
  });
  table.end();
  doc.x = page.left;
  doc.y = y;
}
