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
const FIXED_COLUMNS = [130, 40] as const;

export function setAnnexTable(page: TablePage, table: TableBlock): void {
  const { doc, palette } = page;
  const header = headerCells(page, table, () => page.colour, SIZE.small + 0.5);
  const rows = table.rows.map((row) =>
    table.header.map((_, col): CellStyle => ({ text: plainText(row[col]?.runs ?? []), type: 'TD', font: 'regular', size: SIZE.small, textColor: palette.ink, align: alignOf(table.aligns[col]) })),
  );
  const look: TableLook = {
    padding: () => CELL_PADDING,
    border: { width: { top: 0, left: 0, right: 0, bottom: 0.5 }, colour: palette.rule },
    valign: 'top',
    // pdfkit's own spacing, as in the prose around the table.
    lineGap: 0,
    keepWhole: false,
    // A header never stays alone at the foot of a page.
    leastRows: 1,
  };
  const widths = [...FIXED_COLUMNS, page.width - FIXED_COLUMNS.reduce((sum, width) => sum + width, 0)];
  setTable(page, [header, ...rows], widths, look);
  doc.x = page.left;
  doc.moveDown(1);
}
