/**
 * The HTML report's tables: a caption, the header's cells as column headers, the first column's
 * as row headers (unless the role says its rows have none), each table in a region that scrolls
 * sideways on a phone. What a cell looks like comes from its attributes (a family's colour, an
 * intensity's tint, a heat map's score), never from its text, as classes of the stylesheet.
 */
import { plainText, type Cell, type Run, type TableBlock } from '../../document/document.js';
import { numberAttribute } from '../pdf/table.js';
import { element, escapeHtml } from './escape.js';
import { heatClass, intensityClass } from './style.js';

/** A cell's look beyond its column's: its classes, and a drawing before its text. */
export interface CellLook {
  readonly className?: string;
  readonly before?: string;
  /** The cell's words for screen readers only: its drawing says them to the eye. */
  readonly wordsHidden?: boolean;
}

export interface TableSetting {
  readonly caption: string;
  readonly id: string;
  readonly className: string;
  readonly rowHeaders: boolean;
  /** The look of a body cell with special attributes (a heat map's score, an intensity drawn as a scale). */
  readonly special?: (cell: Cell, row: readonly Cell[]) => CellLook | undefined;
}

/** What the table needs of its document: its inline writer and its families' classes. */
export interface TableContext {
  inline(runs: readonly Run[]): string;
  /** The class that gives an element the colours of the family with this id, if it is one. */
  familyClass(id: string | undefined): string | undefined;
}

const ALIGN_CLASS = { left: undefined, center: 'c', right: 'r' } as const;

const classes = (...names: readonly (string | undefined)[]): string | undefined => names.filter(Boolean).join(' ') || undefined;

/** The heat map's cells: a score (`points`) on its tint of the brand colour, a criterion without points (`sans_points`) muted. */
export function heatCell(cell: Cell): CellLook | undefined {
  const points = numberAttribute(cell.attributes, 'points');
  if (points !== undefined) return { className: `score ${heatClass(points)}` };
  return cell.attributes.sans_points !== undefined ? { className: 'muet' } : undefined;
}

export function tableHtml(table: TableBlock, context: TableContext, setting: TableSetting): string {
  const columnFamily = table.header.map((cell) => context.familyClass(cell.attributes.famille));
  const align = (col: number) => ALIGN_CLASS[table.aligns[col] ?? 'left'];
  const header = table.header.map((cell, col) => element('th', { scope: 'col', class: classes(align(col), columnFamily[col]) }, context.inline(cell.runs)));
  const body = table.rows.map((row) => {
    const cells = table.header.map((_, col) => {
      const cell = row[col] ?? { runs: [], attributes: {} };
      const look = setting.special?.(cell, row) ?? columnLook(cell, columnFamily[col]);
      const words = context.inline(cell.runs);
      const content = (look?.before ?? '') + (look?.wordsHidden ? `<span class="vh">${words}</span>` : words);
      const rowHeader = setting.rowHeaders && col === 0 && plainText(cell.runs).trim() !== '';
      const family = context.familyClass(cell.attributes.famille);
      return element(rowHeader ? 'th' : 'td', { scope: rowHeader ? 'row' : undefined, class: classes(align(col), look?.className, family && `${family} nom-famille`) }, content);
    });
    return `<tr>${cells.join('')}</tr>`;
  });
  const caption = element('caption', { id: setting.id, class: 'vh' }, escapeHtml(setting.caption));
  const tableElement = `<table class="${setting.className}">${caption}<thead><tr>${header.join('')}</tr></thead><tbody>${body.join('\n')}</tbody></table>`;
  return element('section', { class: 'tableau', tabindex: 0, 'aria-labelledby': setting.id }, tableElement);
}

/** A cell of a family's column: tinted by its intensity (1 to 4), muted without one. */
function columnLook(cell: Cell, family: string | undefined): CellLook | undefined {
  if (!family) return undefined;
  const intensity = numberAttribute(cell.attributes, 'intensite');
  return intensity ? { className: `fort ${family} ${intensityClass(intensity)}` } : { className: 'muet' };
}
