/**
 * Stage 5 for print: a document (src/document/: a site's report, a portfolio) typeset as an A4
 * PDF with pdfkit — tagged for screen readers, with bookmarks, and byte-identical for the same
 * input. `Typesetter` sets any document, dispatching on the roles its templates wrote: a block
 * without one is set plainly; a document's own roles (the report's summary cards and chart, the
 * portfolio's key figures and heat map) are drawn by a subclass that overrides `roleBlock`.
 */
import { placed, plainText, roleOf, type Block, type Placed, type Run, type TableBlock } from '../../document/document.js';
import { setAnnexTable } from './annex-table.js';
import { KeepTogether, QUOTE_INSET } from './keep-together.js';
import { setTable, type TablePage } from './table.js';
import { SIZE, tint } from './look.js';

export { fill } from './page-setter.js';
export { familyColour } from '../../theme/theme.js';

/** The roles whose section starts on a page of its own, unless that page holds only the short end of what precedes it. */
const OWN_PAGE = ['methode', 'annexe'];

/**
 * What a page may hold of the section before one of OWN_PAGE (its share of the page) for that
 * section to follow on it: a forced break after a short end (the seed's last criterion, the
 * method's limits) would leave a page nearly empty.
 */
const SHORT_END = 1 / 3;

/** The theme's logo beside the cover's title: its box, and the room kept between it and the title. */
export const TITLE_LOGO = { width: 110, height: 64, gap: 16 } as const;

/**
 * How a document's first page sets its title and the details under it: a band of the brand
 * colour at least `band` points high (0: as high as the title needs), the title at its foot; the
 * details in type of `size` points, `gap` lines apart, in the palette's `colour`.
 */
export interface TitlePageLook {
  readonly band: number;
  readonly size: number;
  readonly gap: number;
  readonly colour: 'ink' | 'muted';
}

/** A part of the title set in a size of its own (the report's cover: the document's type, then the site's name larger). */
export interface TitlePart {
  readonly runs: readonly Run[];
  readonly size: number;
}

const TITLE_BAND: TitlePageLook = { band: 0, size: SIZE.body + 0.5, gap: 0.15, colour: 'muted' };

export class Typesetter extends KeepTogether implements TablePage {
  /** A document with a cover of its own (the report's) makes it more than a band. */
  protected get titlePage(): TitlePageLook {
    return TITLE_BAND;
  }

  render(blocks: readonly Block[]): void {
    const places = placed(blocks);
    this.places = places;
    places.forEach((place, i) => {
      this.beforeBlock(place, places[i - 1]);
      const whole = this.keptWhole(place);
      if (whole) this.ensure(whole.height);
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

  /** The title's parts as set, each in its own size: by default the whole title in the title's size. */
  protected titleParts(runs: readonly Run[]): TitlePart[] {
    return [{ runs, size: SIZE.title }];
  }

  /** The cover's title, on a band of the brand colour, with the theme's logo at its right. */
  private title(runs: readonly Run[]): void {
    const { doc } = this;
    const padding = 22;
    const { logo } = this.input.theme;
    const logoBox = TITLE_LOGO;
    const textWidth = logo ? this.width - logoBox.width - logoBox.gap : this.width;
    const parts = this.titleParts(runs);
    const textHeight = parts.reduce((sum, part) => sum + this.heightOf(part.runs, part.size, textWidth, 'bold'), 0);
    const height = Math.max(textHeight, logo ? logoBox.height : 0);
    const top = doc.page.margins.top - 20;
    const band = Math.max(top + height + padding * 2 - 10, this.titlePage.band);
    this.artifact(() => {
      doc.rect(0, 0, doc.page.width, band).fill(this.palette.brand);
      if (logo) {
        doc.image(logo, this.left + this.width - logoBox.width, top + padding, {
          fit: [logoBox.width, logoBox.height],
          align: 'right',
          valign: 'center',
        });
      }
    });
    // The title at the band's foot, where the eye goes on from it to the details; one heading, whatever its parts.
    doc.y = band - height - padding + 10;
    const setParts = () => parts.forEach((part) => this.runs(part.runs, { size: part.size, colour: this.palette.onBrand, base: 'bold', width: textWidth }));
    this.add('H1', setParts, this.root);
    doc.y = band + 18;
  }

  /** The site's details under the title, "Commune : Mulhouse" lines. */
  protected titleList(items: readonly (readonly Run[])[]): void {
    const { size, gap, colour } = this.titlePage;
    const list = this.doc.struct('L');
    this.root.add(list);
    for (const item of items) {
      this.add('LI', () => this.runs(item, { size, colour: this.palette[colour] }), list);
      this.doc.moveDown(gap);
    }
    list.end();
    this.doc.moveDown(0.8);
  }

  private heading2(runs: readonly Run[], place: Placed, next: Placed | undefined): void {
    const { doc } = this;
    const text = plainText(runs);
    const family = this.familyColour(roleOf(place, ['famille'])?.attributes.famille);
    // The cover holds the summary; every later section starts on a new page unless this one is
    // mostly free, so that a short section does not leave a page nearly empty.
    const onCover = roleOf(place, ['couverture']) !== undefined;
    const free = (this.bottom - doc.y) / this.pageRoom;
    const ownPage = roleOf(place, OWN_PAGE) !== undefined && 1 - free >= SHORT_END;
    if (!onCover && (free < 0.4 || ownPage)) doc.addPage();
    // The gap in the body's size, whatever was set last (the cover's title, a table's cells).
    else if (!onCover) doc.font('regular').fontSize(SIZE.body).moveDown(1.5);
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
