/**
 * The report's annex tables (role `tableau_annexe`): criterion, points, detail, in fixed columns,
 * rows as tall as pdfkit makes them. A table that runs onto the next page goes on there under
 * its header again; a header never stays alone at the foot of a page.
 */
import type { TableBlock } from '../../document/document.js';
import { plainText } from '../../document/document.js';
import { SIZE } from './theme.js';
import type { TablePage } from './table.js';

/** Inside an annex table's cells, in points. */
const CELL_PADDING = { x: 5, y: 4 } as const;
/** The annex tables' first columns (criterion, points), in points; the last one takes the rest. */
const FIXED_COLUMNS = [130, 40] as const;

interface AnnexCell {
  readonly text: string;
  readonly type: 'TH' | 'TD';
  readonly font: { readonly src: string; readonly size: number };
  readonly textColor: string;
  readonly backgroundColor: string | undefined;
}

/**
 * The height pdfkit's table gives a row of these cells: each cell's text measured as its
 * `measureCell` measures it (twice: the second time in the width found the first), plus the
 * padding. The document's font, size and position are left as they were.
 */
function rowHeight(page: TablePage, cells: readonly AnnexCell[], widths: readonly number[]): number {
  const { doc } = page;
  const state = doc as unknown as { _fontSource: string; _fontFamily: string; _fontSize: number };
  const saved = { src: state._fontSource, family: state._fontFamily, size: state._fontSize, x: doc.x, y: doc.y };
  const contentHeight = page.bottom - doc.page.margins.top;
  const height = Math.max(
    ...cells.map((cell, i) => {
      if (!cell.text) return CELL_PADDING.y * 2;
      doc.font(cell.font.src).fontSize(cell.font.size);
      const width = (widths[i] ?? 0) - CELL_PADDING.x * 2;
      const options = { align: 'left' as const, ellipsis: true, stroke: false, fill: true, width, height: contentHeight - CELL_PADDING.y * 2, rotation: 0 };
      const first = doc.boundsOfString(cell.text, 0, 0, options);
      return doc.boundsOfString(cell.text, 0, 0, { ...options, width: first.width, height: first.height }).height + CELL_PADDING.y * 2;
    }),
  );
  doc.font(saved.src, saved.family, saved.size);
  doc.x = saved.x;
  doc.y = saved.y;
  return height;
}

export function setAnnexTable(page: TablePage, table: TableBlock, fonts: { readonly regular: string; readonly semibold: string }): void {
  const { doc, palette } = page;
  page.ensure(page.lineHeight() * 4);
  const cell = (runs: TableBlock['header'][number]['runs'], header: boolean): AnnexCell => ({
    text: plainText(runs),
    type: header ? 'TH' : 'TD',
    font: { src: header ? fonts.semibold : fonts.regular, size: header ? SIZE.small + 0.5 : SIZE.small },
    textColor: header ? palette.onBrand : palette.ink,
    backgroundColor: header ? page.colour : undefined,
  });
  const header = table.header.map((c) => cell(c.runs, true));
  const widths = [...FIXED_COLUMNS, page.width - FIXED_COLUMNS.reduce((sum, width) => sum + width, 0)];
  const headerHeight = rowHeight(page, header, widths);
  const pages: AnnexCell[][][] = [];
  let rows: AnnexCell[][] = [];
  let y = doc.y + headerHeight;
  for (const row of table.rows.map((cells) => cells.map((c) => cell(c.runs, false)))) {
    const height = rowHeight(page, row, widths);
    // pdfkit moves a row that reaches the foot of the page to the next one.
    if (y + height >= page.bottom && (rows.length > 0 || pages.length === 0)) {
      pages.push(rows);
      rows = [];
      y = doc.page.margins.top + headerHeight;
    }
    rows.push(row);
    y += height;
  }
  pages.push(rows);
  pages.forEach((pageRows, i) => {
    if (i > 0) doc.addPage();
    if (pageRows.length === 0) return;
    const options = {
      structParent: page.section,
      columnStyles: [...FIXED_COLUMNS, '*'],
      defaultStyle: {
        border: { top: 0, left: 0, right: 0, bottom: 0.5 },
        borderColor: palette.rule,
        padding: { top: CELL_PADDING.y, bottom: CELL_PADDING.y, left: CELL_PADDING.x, right: CELL_PADDING.x },
      },
      data: [header, ...pageRows],
    };
    doc.table(options as unknown as PDFKit.Mixins.TableOptionsWithData);
  });
  doc.x = page.left;
  doc.moveDown(1);
}
