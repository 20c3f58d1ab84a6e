/**
 * The report's annex tables (role `tableau_annexe`): criterion, points, detail, in fixed columns,
 * the header in the section's colour, each cell's text at its top; set by the table engine.
 */
import type { TableBlock } from '../../document/document.js';
import { plainText } from '../../document/document.js';
import { alignOf, headerCells, setTable, type CellStyle, type TableLook, type TablePage } from './table.js';
import { SIZE } from './look.js';

/** Inside an annex table's cells, in points. */
const CELL_PADDING = { top: 4, bottom: 4, left: 5, right: 5 } as const;
/** The annex tables' first columns (criterion, points), in points; the last one takes the rest. */
const FIXED_COLUMNS = [130, 46] as const;

/** A reader's type, not a footnote's: one step below the body. */
export const READABLE_TABLE_SIZE = SIZE.body - 1;

/** An annex table's cells, columns and look, to set it or to measure it before. */
export function annexTableSetting(page: TablePage, table: TableBlock): { cells: CellStyle[][]; widths: number[]; look: TableLook } {
  const { palette } = page;
  const header = headerCells(page, table, () => page.colour, READABLE_TABLE_SIZE);
  const rows = table.rows.map((row) =>
    table.header.map(
      (_, col): CellStyle => ({
        text: plainText(row[col]?.runs ?? []),
        type: 'TD',
        font: 'regular',
        size: READABLE_TABLE_SIZE,
        textColor: palette.ink,
        align: alignOf(table.aligns[col]),
      }),
    ),
  );
  const look: TableLook = {
    padding: () => CELL_PADDING,
    border: { width: { top: 0, left: 0, right: 0, bottom: 0.5 }, colour: palette.rule },
    valign: 'top',
    // pdfkit's own spacing, as in the prose around the table.
    lineGap: 0,
    keepWhole: false,
    // A header never stays at the foot of a page with fewer than two rows under it.
    leastRows: 2,
  };
  const widths = [...FIXED_COLUMNS, page.width - FIXED_COLUMNS.reduce((sum, width) => sum + width, 0)];
  return { cells: [header, ...rows], widths, look };
}

export function setAnnexTable(page: TablePage, table: TableBlock): void {
  const { cells, widths, look } = annexTableSetting(page, table);
  setTable(page, cells, widths, look);
  page.doc.x = page.left;
  page.doc.moveDown(1);
}
