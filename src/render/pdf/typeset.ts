/**
 * Stage 5 for print: a document (src/document/: a site's report, a portfolio) typeset as an A4
 * PDF with pdfkit — tagged for screen readers, with bookmarks, and byte-identical for the same
 * input. `Typesetter` sets any document, dispatching on the roles its templates wrote: a block
 * without one is set plainly; a document's own roles (the report's summary cards and chart, the
 * portfolio's key figures and heat map) are drawn by a subclass that overrides `roleBlock`.
 */
import { placed, plainText, roleOf, type Block, type Leaf, type Placed, type Run, type TableBlock } from '../../document/document.js';
import { annexTableSetting, READABLE_TABLE_SIZE, setAnnexTable } from './annex-table.js';
import { PageSetter } from './page-setter.js';
import { cellStyles, columnWidths, plainLook, rowHeights, setTable, type CellStyle, type TableLook, type TablePage } from './table.js';
import { SIZE, tint } from './look.js';

export { fill } from './page-setter.js';
export { familyColour } from '../../theme/theme.js';

const QUOTE_INSET = 12;

/** The roles whose section starts on a page of its own. */
const OWN_PAGE = ['methode', 'annexe'];

/** A lead-in (a paragraph just before a list or a table) longer than this share of a page is not kept with what follows. */
const LEAD_IN_SHARE = 1 / 3;

/** The theme's logo beside the cover's title: its box, and the room kept between it and the title. */
export const TITLE_LOGO = { width: 110, height: 64, gap: 16 } as const;

export class Typesetter extends PageSetter implements TablePage {
  /** The document's blocks in reading order, as set. */
  protected places: readonly Placed[] = [];

  render(blocks: readonly Block[]): void {
    const places = placed(blocks);
    this.places = places;
    places.forEach((place, i) => {
      this.beforeBlock(place, places[i - 1]);
      if (!this.roleBlock(place, places[i + 1])) this.block(place, places[i + 1]);
    });
    if (this.section !== this.root) this.section.end();
    this.root.end();
  }

  /** What a document does between two blocks, by their roles (the report ends its cover's page). */
  protected beforeBlock(_place: Placed, _previous: Placed | undefined): void {}

  /**
   * A block that a role of the document's own draws, drawn: whether it was. The site's details
   * under the title (`details`) and the annex's tables (`tableau_annexe`) are everyone's.
   */
  protected roleBlock(place: Placed, _next: Placed | undefined): boolean {
    const { block } = place;
    if (block.kind === 'list' && roleOf(place, ['details'])) {
      this.titleList(block.items);
      return true;
    }
    if (block.kind === 'table' && roleOf(place, ['tableau_annexe'])) {
      setAnnexTable(this, block);
      return true;
    }
    return false;
  }

  private block(place: Placed, next: Placed | undefined): void {
    const { block } = place;
    switch (block.kind) {
      case 'heading':
        if (block.level === 1) this.title(block.runs);
        else if (block.level === 2) this.heading2(block.runs, place, next);
        else this.heading3(block.runs, next);
        break;
      case 'paragraph':
        this.ensure(this.isLeadIn(next) ? this.leadInHeight(block, next) : this.openingHeight(block));
        this.avoidWidow(block.runs);
        this.add('P', () => this.runs(block.runs, { size: SIZE.body, colour: this.palette.ink }));
        this.doc.moveDown(SIZE.paragraphGap / SIZE.body);
        break;
      case 'list':
        if (this.isLeadIn(next)) this.ensure(this.leadInHeight(block, next));
        this.list(block.items);
        break;
      case 'quote':
        this.quote(block.runs);
        break;
      case 'table':
        this.plainTable(place, block);
        break;
      case 'container':
        break;
    }
  }

  /** The cover's title, on a band of the brand colour, with the theme's logo at its right. */
  private title(runs: readonly Run[]): void {
    const { doc } = this;
    const padding = 22;
    const { logo } = this.input.theme;
    const logoBox = TITLE_LOGO;
    const textWidth = logo ? this.width - logoBox.width - logoBox.gap : this.width;
    const height = Math.max(this.heightOf(runs, SIZE.title, textWidth, 'bold'), logo ? logoBox.height : 0);
    const top = doc.page.margins.top - 20;
    this.artifact(() => {
      doc.rect(0, 0, doc.page.width, top + height + padding * 2 - 10).fill(this.palette.brand);
      if (logo) {
        doc.image(logo, this.left + this.width - logoBox.width, top + padding, {
          fit: [logoBox.width, logoBox.height],
          align: 'right',
          valign: 'center',
        });
      }
    });
    doc.y = top + padding;
    this.add('H1', () => this.runs(runs, { size: SIZE.title, colour: this.palette.onBrand, base: 'bold', width: textWidth }), this.root);
    doc.y = top + height + padding * 2 + 8;
  }

  /** The site's details under the title, "Commune : Mulhouse" lines. */
  protected titleList(items: readonly (readonly Run[])[]): void {
    const list = this.doc.struct('L');
    this.root.add(list);
    for (const item of items) {
      this.add('LI', () => this.runs(item, { size: SIZE.body + 0.5, colour: this.palette.muted }), list);
      this.doc.moveDown(0.15);
    }
    list.end();
    this.doc.moveDown(0.8);
  }

  /**
   * How much from `next` on must fit under a heading, beyond the heading's own lines: the next
   * block's opening, and when that block is a heading or a lead-in, what it keeps in turn.
   */
  protected keptWithHeading(next: Placed | undefined): number {
    if (!next) return 0;
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
  private isLeadIn(next: Placed | undefined): next is Placed {
    return next?.block.kind === 'list' || next?.block.kind === 'table';
  }

  /** A lead-in whole with the opening of what it introduces, unless it is long enough to stand alone. */
  private leadInHeight(block: Extract<Leaf, { kind: 'paragraph' | 'list' }>, next: Placed): number {
    const own = block.kind === 'paragraph' ? this.heightOf(block.runs, SIZE.body) : this.listHeight(block.items);
    if (own > (this.bottom - this.doc.page.margins.top) * LEAD_IN_SHARE) return this.openingHeight(block);
    return own + SIZE.paragraphGap + this.keptWithHeading(next);
  }

  /** A short paragraph that would leave its last line alone at the top of the next page starts there. */
  private avoidWidow(runs: readonly Run[]): void {
    const height = this.heightOf(runs, SIZE.body);
    const over = this.doc.y + height - this.bottom;
    if (over > 0 && over < this.lineHeight() * 1.5 && height < (this.bottom - this.doc.page.margins.top) * LEAD_IN_SHARE) this.doc.addPage();
  }

  /** The room a heading of `level` takes before the block it heads (a section's band is drawn on a new page when short of room). */
  private headingHeight(runs: readonly Run[], level: number): number {
    if (level <= 2) return this.lineHeight(SIZE.h2) * 3;
    return this.heightOf(runs, SIZE.h3, this.width, 'semibold') + 12 + this.lineHeight() / 2;
  }

  /** A table's header and the rows it must start with (the whole table when it is kept whole and fits on a page). */
  private tableOpening(place: Placed, table: TableBlock): number {
    const { cells, widths, look } = this.plainOrAnnexSetting(place, table);
    // Only the rows that must start together are measured: a table may be long.
    const heights = rowHeights(this, look.keepWhole ? cells : cells.slice(0, 1 + look.leastRows), widths, look);
    const whole = heights.reduce((sum, h) => sum + h, 0);
    if (look.keepWhole && whole <= this.bottom - this.doc.page.margins.top) return whole;
    return heights.slice(0, 1 + look.leastRows).reduce((sum, h) => sum + h, 0);
  }

  /** How a table this typesetter sets is drawn: the annex's, or a plain grid. */
  private plainOrAnnexSetting(place: Placed, table: TableBlock): { cells: CellStyle[][]; widths: number[]; look: TableLook } {
    if (roleOf(place, ['tableau_annexe'])) return annexTableSetting(this, table);
    const cells = cellStyles(this, table, { size: READABLE_TABLE_SIZE });
    // Rows that each stand alone (the method's rubric, what is missing) may go on over a page, header repeated.
    return { cells, widths: columnWidths(this, cells, 0.4), look: { ...plainLook(this.palette), keepWhole: false, leastRows: 2 } };
  }

  private heading2(runs: readonly Run[], place: Placed, next: Placed | undefined): void {
    const { doc } = this;
    const text = plainText(runs);
    const family = this.familyColour(roleOf(place, ['famille'])?.attributes.famille);
    // The cover holds the summary; every later section starts on a new page unless this one is
    // mostly free, so that a short section does not leave a page nearly empty.
    const onCover = roleOf(place, ['couverture']) !== undefined;
    const free = (this.bottom - doc.y) / (this.bottom - doc.page.margins.top);
    const ownPage = roleOf(place, OWN_PAGE) !== undefined && doc.y > doc.page.margins.top;
    if (!onCover && (free < 0.4 || ownPage)) doc.addPage();
    else if (!onCover) doc.moveDown(1.5);
    if (this.section !== this.root) this.section.end();
    this.section = doc.struct('Sect');
    this.root.add(this.section);
    this.colour = family ?? this.palette.brand;
    this.outline = doc.outline.addItem(text);

    if (family) {
      const height = this.heightOf(runs, SIZE.h2, this.width - 28, 'semibold') + 18;
      const top = doc.y;
      this.artifact(() => doc.rect(this.left - 10, top, this.width + 20, height).fill(this.colour));
      doc.y = top + 9;
      this.add('H2', () => this.runs(runs, { size: SIZE.h2, colour: this.palette.onBrand, base: 'semibold', x: this.left + 4 }));
      doc.y = top + height + 14;
    } else {
      this.ensure(this.lineHeight(SIZE.h2) * 3 + this.keptWithHeading(next));
      this.add('H2', () => this.runs(runs, { size: SIZE.h2, colour: this.colour, base: 'semibold' }));
      const y = doc.y + 3;
      this.artifact(() => doc.moveTo(this.left, y).lineTo(this.left + this.width, y).lineWidth(1).strokeColor(this.colour).stroke());
      doc.y = y + 10;
    }
  }

  /** A criterion's title, kept on the same page as the first lines that follow it. */
  private heading3(runs: readonly Run[], next: Placed | undefined): void {
    const { doc } = this;
    const own = this.heightOf(runs, SIZE.h3, this.width, 'semibold') + 12;
    doc.moveDown(0.5);
    this.ensure(own + this.keptWithHeading(next));
    this.outline.addItem(plainText(runs));
    this.add('H3', () => this.runs(runs, { size: SIZE.h3, colour: this.colour, base: 'semibold' }));
    const y = doc.y + 2;
    this.artifact(() => doc.moveTo(this.left, y).lineTo(this.left + 40, y).lineWidth(1.5).strokeColor(tint(this.colour, 0.35)).stroke());
    doc.y = y + 8;
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

  private listHeight(items: readonly (readonly Run[])[]): number {
    return items.reduce((sum, item) => sum + this.heightOf(item, SIZE.body, this.width - 14) + this.lineHeight() * 0.2, 0);
  }

  private quoteHeight(runs: readonly Run[]): number {
    return this.heightOf(runs, SIZE.body, this.width - QUOTE_INSET * 2, 'italic') + QUOTE_INSET;
  }

  private list(items: readonly (readonly Run[])[]): void {
    const { doc } = this;
    const list = doc.struct('L');
    this.section.add(list);
    for (const item of items) {
      this.ensure(this.openingHeight({ kind: 'list', items: [item] }));
      const li = doc.struct('LI');
      list.add(li);
      const y = doc.y;
      this.add('Lbl', () => {
        doc.font('bold').fontSize(SIZE.body).fillColor(this.colour).text('•', this.left + 2, y, { lineGap: SIZE.lineGap, width: 10 });
      }, li);
      doc.y = y;
      this.add('LBody', () => this.runs(item, { size: SIZE.body, colour: this.palette.ink, x: this.left + 14 }), li);
      li.end();
      doc.moveDown(0.2);
    }
    list.end();
    doc.moveDown(SIZE.paragraphGap / SIZE.body);
  }

  /** The observed example: a tinted block with a bar of the section's colour. */
  private quote(runs: readonly Run[]): void {
    const { doc } = this;
    const inset = QUOTE_INSET;
    const height = this.quoteHeight(runs);
    if (height < this.bottom - doc.page.margins.top) this.ensure(height);
    const top = doc.y;
    const drawBox = () => {
      doc.rect(this.left, top, this.width, height).fill(tint(this.colour, 0.92));
      doc.rect(this.left, top, 3, height).fill(this.colour);
    };
    if (doc.y + height <= this.bottom) this.artifact(drawBox);
    doc.y = top + inset / 2;
    const quote = doc.struct('BlockQuote');
    this.section.add(quote);
    this.add('P', () => this.runs(runs, { size: SIZE.body, colour: this.palette.ink, x: this.left + inset, width: this.width - inset * 2 }), quote);
    quote.end();
    doc.y = Math.max(doc.y, top + height) + SIZE.paragraphGap;
  }

  /** A table without a role: a grid whose first column holds the rows' headers, in a reader's type. */
  private plainTable(place: Placed, table: TableBlock): void {
    const { cells, widths, look } = this.plainOrAnnexSetting(place, table);
    setTable(this, cells, widths, look);
    this.doc.x = this.left;
    this.doc.moveDown(0.8);
  }
}
