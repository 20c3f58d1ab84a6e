/**
 * What must start together on a page, measured before it is set: a heading with the opening of
 * what it heads, a lead-in with the opening of what it introduces, a short paragraph without its
 * last line alone overleaf, and a block of a role read whole (the key to the intensities) on one
 * page when it fits on one. The typesetter (typeset.ts) asks before it sets each block.
 */
import { roleOf, type Container, type Leaf, type Placed, type Run, type TableBlock } from '../../document/document.js';
import { annexTableSetting, READABLE_TABLE_SIZE } from './annex-table.js';
import { PageSetter } from './page-setter.js';
import { cellStyles, columnWidths, keptWhole, plainLook, rowHeights, type CellStyle, type TableLook } from './table.js';
import { SIZE } from './look.js';

export const QUOTE_INSET = 12;

/** The roles whose blocks are read as one: never split over two pages when they fit on one. */
const KEPT_WHOLE = ['cle_intensites'];

/** A lead-in (a paragraph just before a list or a table) longer than this share of a page is not kept with what follows. */
const LEAD_IN_SHARE = 1 / 3;

export class KeepTogether extends PageSetter {
  /** The document's blocks in reading order, as set. */
  protected places: readonly Placed[] = [];

  /** The height of a page's body, between its margins. */
  get pageRoom(): number {
    return this.bottom - this.doc.page.margins.top;
  }

  /**
   * The container of a role read whole that `place` opens (its first block), with the height of
   * all its blocks; none when `place` opens none or the whole would not fit on a page anyway.
   */
  protected keptWhole(place: Placed | undefined): { container: Container; height: number } | undefined {
    if (!place) return undefined;
    const container = roleOf(place, KEPT_WHOLE);
    const start = this.places.indexOf(place);
    if (!container || this.places[start - 1]?.within.includes(container)) return undefined;
    const end = this.places.findIndex((p, i) => i > start && !p.within.includes(container));
    const height = this.places.slice(start, end < 0 ? undefined : end).reduce((sum, p) => sum + this.wholeHeight(p), 0);
    return height <= this.pageRoom ? { container, height } : undefined;
  }

  /** The room a block of a kept-whole role takes, with the space after it. */
  private wholeHeight(place: Placed): number {
    const { block } = place;
    const gap = SIZE.paragraphGap;
    switch (block.kind) {
      case 'paragraph':
        return this.heightOf(block.runs, SIZE.body) + gap;
      case 'list':
        return this.listHeight(block.items) + gap;
      case 'quote':
        return this.quoteHeight(block.runs) + gap;
      case 'heading':
        return this.headingHeight(block.runs, block.level);
      case 'table':
        return this.tableOpening(place, block) + gap;
      case 'container':
        return 0;
    }
  }

  /**
   * How much from `next` on must fit under a heading, beyond the heading's own lines: the next
   * block's opening, and when that block is a heading or a lead-in, what it keeps in turn.
   */
  protected keptWithHeading(next: Placed | undefined): number {
    if (!next) return 0;
    const whole = this.keptWhole(next);
    if (whole) return whole.height;
    const { block } = next;
    const after = this.places[this.places.indexOf(next) + 1];
    switch (block.kind) {
      case 'container':
        return block.role === 'graphique' ? 0 : this.keptWithHeading(after);
      case 'heading':
        return this.headingHeight(block.runs, block.level) + this.keptWithHeading(after);
      case 'table':
        return this.tableOpening(next, block);
      default:
        return block.kind !== 'quote' && this.isLeadIn(after) ? this.leadInHeight(block, after) : this.openingHeight(block);
    }
  }

  /**
   * A paragraph or a list just before a list or a table introduces it (« …par famille d’effets : »,
   * a family's intensity over its table): it is not left at the foot of a page.
   */
  protected isLeadIn(next: Placed | undefined): next is Placed {
    return next?.block.kind === 'list' || next?.block.kind === 'table';
  }

  /** A lead-in whole with the opening of what it introduces, unless it is long enough to stand alone. */
  protected leadInHeight(block: Extract<Leaf, { kind: 'paragraph' | 'list' }>, next: Placed): number {
    const own = block.kind === 'paragraph' ? this.heightOf(block.runs, SIZE.body) : this.listHeight(block.items);
    if (own > this.pageRoom * LEAD_IN_SHARE) return this.openingHeight(block);
    return own + SIZE.paragraphGap + this.keptWithHeading(next);
  }

  /** A short paragraph that would leave its last line alone at the top of the next page starts there. */
  protected avoidWidow(runs: readonly Run[]): void {
    const height = this.heightOf(runs, SIZE.body);
    const over = this.doc.y + height - this.bottom;
    if (over > 0 && over < this.lineHeight() * 1.5 && height < this.pageRoom * LEAD_IN_SHARE) this.doc.addPage();
  }

  /** The room a heading of `level` takes before the block it heads (a section's band is drawn on a new page when short of room). */
  protected headingHeight(runs: readonly Run[], level: number): number {
    if (level <= 2) return this.lineHeight(SIZE.h2) * 3;
    return this.heightOf(runs, SIZE.h3, this.width, 'semibold') + 12 + this.lineHeight() / 2;
  }

  /** A table's header and the rows it must start with (the whole table when it is kept whole and fits on a page). */
  protected tableOpening(place: Placed, table: TableBlock): number {
    const { cells, widths, look } = this.plainOrAnnexSetting(place, table);
    // Only the rows that must start together are measured: a table may be long.
    const whole = keptWhole(look, cells.length - 1);
    const heights = rowHeights(this, whole ? cells : cells.slice(0, 1 + look.leastRows), widths, look);
    const height = heights.reduce((sum, h) => sum + h, 0);
    if (whole && height <= this.pageRoom) return height;
    return heights.slice(0, 1 + look.leastRows).reduce((sum, h) => sum + h, 0);
  }

  /** How a table this typesetter sets is drawn: the annex's, or a plain grid. */
  protected plainOrAnnexSetting(place: Placed, table: TableBlock): { cells: CellStyle[][]; widths: number[]; look: TableLook } {
    if (roleOf(place, ['tableau_annexe'])) return annexTableSetting(this, table);
    const cells = cellStyles(this, table, { size: READABLE_TABLE_SIZE });
    // Rows that each stand alone (the method's rubric, what is missing) may go on over a page, header repeated.
    return { cells, widths: columnWidths(this, cells, 0.4), look: { ...plainLook(this.palette), keepWhole: false, leastRows: 2 } };
  }


  /**
   * The least of a block that must fit where it starts: two lines of a paragraph, a list's first
   * item, a whole quote, a table's header and first row. A heading is kept with it.
   */
  protected openingHeight(block: Leaf): number {
    switch (block.kind) {
      case 'paragraph':
        return Math.min(this.lineHeight() * 2, this.heightOf(block.runs, SIZE.body));
      case 'quote':
        return this.quoteHeight(block.runs);
      case 'list':
        return this.heightOf(block.items[0] ?? [], SIZE.body, this.width - 14) + 2;
      default:
        return this.lineHeight() * 4;
    }
  }

  protected listHeight(items: readonly (readonly Run[])[]): number {
    return items.reduce((sum, item) => sum + this.heightOf(item, SIZE.body, this.width - 14) + this.lineHeight() * 0.2, 0);
  }

  protected quoteHeight(runs: readonly Run[]): number {
    return this.heightOf(runs, SIZE.body, this.width - QUOTE_INSET * 2, 'italic') + QUOTE_INSET;
  }
}
