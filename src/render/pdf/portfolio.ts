/**
 * A portfolio in print: the generic typesetting, with the key figures under the title (role
 * `chiffres`) drawn as cards; the criteria's heat map (role `carte`) coloured by each cell's
 * `points` from the theme's brand colour, with a colour key; the heat map's key in words and its
 * legend (role `legende`, the legend in equal columns) kept on the page of the heat map's last
 * rows; the method note (role `methode`) kept whole. The number is always printed in the cell:
 * the colour only repeats it, so a page printed in grey reads the same.
 */
import { placed, plainText, roleOf, type Block, type Placed, type Run, type TableBlock } from '../../document/document.js';
import type { PortfolioModel } from '../../portfolio/model.js';
import { drawCards } from './cards.js';
import type { PdfInput, PdfLabels } from './pdfdoc.js';
import { cellStyles, columnWidths, inkOn, numberAttribute, plainLook, rowHeights, setTable, type CellStyle, type SpecialCell, type TableLook } from './table.js';
import { HEAT_TINT, SIZE, tint } from './look.js';
import { TITLE_LOGO, Typesetter } from './typeset.js';
import { unbreakable } from '../../text/typography.js';

type Doc = PDFKit.PDFDocument;

/** The PDF's date: the latest evaluation of the portfolio, when any site has one (its cover's). */
export function portfolioDate(model: PortfolioModel): string | undefined {
  return model.portee.date_des_evaluations ? model.portee.date_iso : undefined;
}

const PADDING = { top: 3.5, bottom: 3.5, left: 5, right: 5 } as const;
/** The heat map is denser: twenty sites and its legend fit on one page. */
const HEAT_PADDING = { top: 2, bottom: 2, left: 3, right: 3 } as const;
const LINE_GAP = 1;

export class PortfolioTypesetter extends Typesetter {
  private readonly labels: PdfLabels;
  /** Each heat map's key in words and legend (the `legende` blocks after it): the height kept under its last rows. */
  private readonly legendHeights = new Map<TableBlock, number>();

  constructor(doc: Doc, input: PdfInput, _model: PortfolioModel) {
    super(doc, input);
    this.labels = input.labels;
  }

  private heatColour(score: number): string {
    return tint(this.palette.brand, HEAT_TINT[score] ?? 1);
  }

  /** The heat map's cells: a score (`points`) on its colour, a criterion without points (`sans_points`) muted, an empty one (a family that does not apply) plain. */
  private readonly heatCell: SpecialCell = (cell, base) => {
    const points = numberAttribute(cell.attributes, 'points');
    if (points !== undefined) {
      const backgroundColor = this.heatColour(points);
      return { ...base, font: 'semibold', backgroundColor, textColor: inkOn(this.palette, backgroundColor) };
    }
    if (cell.attributes.sans_points !== undefined) return { ...base, font: 'regular', textColor: this.palette.muted };
    return { ...base, font: 'regular', textColor: this.palette.ink };
  };

  private readonly heatLook: TableLook = {
    padding: (col) => (col === 0 ? { ...HEAT_PADDING, left: PADDING.left, right: PADDING.right } : HEAT_PADDING),
    border: { width: 1, colour: '#ffffff' },
    valign: 'center',
    lineGap: LINE_GAP,
    keepWhole: true,
    leastRows: 3,
  };

  /** How a table is drawn, by its role: its cells, the first column's share of the width, its look, what follows it. */
  private tableSetting(place: Placed, table: TableBlock): { cells: CellStyle[][]; share: number; look: TableLook; key: boolean } {
    if (roleOf(place, ['carte'])) {
      return { cells: cellStyles(this, table, { stripes: false, special: this.heatCell }), share: 0.34, look: this.heatLook, key: true };
    }
    const rowHeaders = !roleOf(place, ['legende']);
    return { cells: cellStyles(this, table, { rowHeaders }), share: 0.4, look: plainLook(this.palette), key: false };
  }

  override render(blocks: readonly Block[]): void {
    const titled = blocks.map((b) => (b.kind === 'heading' && b.level === 1 ? { ...b, runs: b.runs.map((run) => this.subtitleKept(run)) } : b));
    this.places = placed(titled);
    this.places.forEach((place, i) => {
      if (place.block.kind === 'table' && roleOf(place, ['carte'])) this.legendHeights.set(place.block, this.heightFrom(i + 1, (after) => roleOf(after, ['legende']) !== undefined));
    });
    super.render(titled);
  }

  /** The height of the blocks from the `start`th on while `within` holds, each with the space after it. */
  private heightFrom(start: number, within: (place: Placed) => boolean): number {
    const end = this.places.findIndex((place, j) => j >= start && !within(place));
    return this.places.slice(start, end === -1 ? this.places.length : end).reduce((sum, place) => sum + this.blockHeight(place), 0);
  }

  /** The room one block takes, with the space after it. */
  private blockHeight(place: Placed): number {
    const { block } = place;
    const gap = this.lineHeight();
    if (block.kind === 'table') return this.extent(place, block).whole + gap;
    if (block.kind === 'paragraph') return this.heightOf(block.runs, SIZE.body) + gap;
    return block.kind === 'container' ? 0 : this.openingHeight(block) + gap;
  }

  /** What the title says after its colon (« 20 lieux évalués ») on one line when it fits one, never « 20 lieux / évalués ». */
  private subtitleKept(run: Run): Run {
    const colon = run.text.lastIndexOf(':');
    const subtitle = colon < 0 ? '' : run.text.slice(colon + 1).trimStart();
    const room = this.width - (this.input.theme.logo ? TITLE_LOGO.width + TITLE_LOGO.gap : 0);
    if (!subtitle || this.doc.font('bold').fontSize(SIZE.title).widthOfString(unbreakable(subtitle)) > room) return run;
    return { ...run, text: run.text.slice(0, run.text.length - subtitle.length) + unbreakable(subtitle) };
  }

  /** What follows a table on its last page: for the heat map, its colour key, its key in words and its legend. */
  private keptAfter(table: TableBlock, key: boolean): number {
    return key ? this.keyHeight() + (this.legendHeights.get(table) ?? 0) : 0;
  }

  protected override roleBlock(place: Placed, next: Placed | undefined): boolean {
    const { block } = place;
    if (block.kind === 'list' && roleOf(place, ['chiffres'])) {
      this.keyFigures(block.items);
      return true;
    }
    if (block.kind === 'table') {
      this.grid(place, block);
      return true;
    }
    return super.roleBlock(place, next);
  }

  // ---- Key figures under the title -------------------------------------------------------------

  /** "**20** lieux évalués": the leading bold runs are the figure, the rest its label. */
  private static figureOf(item: readonly Run[]): { figure: string; label: string } | undefined {
    const lead = item.findIndex((run) => !run.bold);
    if (lead === 0) return undefined;
    const figure = plainText(item.slice(0, lead === -1 ? item.length : lead)).trim();
    const label = plainText(lead === -1 ? [] : item.slice(lead)).trim();
    return figure ? { figure, label } : undefined;
  }

  /** The key figures as cards: three in a row, or two by two for four; a list that is not all figures is set as details. */
  private keyFigures(items: readonly (readonly Run[])[]): void {
    const figures = items.map((item) => PortfolioTypesetter.figureOf(item));
    if (figures.some((f) => f === undefined)) {
      this.titleList(items);
      return;
    }
    const { doc } = this;
    const cards = figures as { figure: string; label: string }[];
    const inset = 14;
    const figureSize = 24;
    const labelSize = SIZE.small + 1;
    const figureHeight = () => doc.font('bold').fontSize(figureSize).currentLineHeight(true);
    const list = doc.struct('L');
    this.section.add(list);
    drawCards(this, cards, {
      perRow: cards.length === 4 ? 2 : Math.min(3, cards.length),
      gap: 10,
      colour: () => this.palette.brand,
      height: (row, width) => {
        const labelHeight = Math.max(
          ...row.map((card) => doc.font('regular').fontSize(labelSize).heightOfString(card.label, { width: width - inset * 2, lineGap: LINE_GAP })),
        );
        return 10 + figureHeight() + labelHeight + 12;
      },
      draw: (card, { x, top, width }) => {
        const lineHeight = figureHeight();
        this.add(
          'LI',
          () => {
            doc.font('bold').fontSize(figureSize).fillColor(this.palette.brand).text(card.figure, x + inset, top + 10, { width: width - inset * 2, lineBreak: false });
            doc.font('regular').fontSize(labelSize).fillColor(this.palette.ink);
            doc.text(card.label, x + inset, top + 10 + lineHeight, { width: width - inset * 2, lineGap: LINE_GAP });
          },
          list,
        );
      },
    });
    list.end();
    doc.moveDown(0.8);
  }

  // ---- Tables as grids ---------------------------------------------------------------------------

  /** The heights a grid needs: all of it, and its least part to start on a page (the header and three rows). */
  private extent(place: Placed, table: TableBlock): { whole: number; start: number } {
    const { cells, share, look, key } = this.tableSetting(place, table);
    const heights = rowHeights(this, cells, columnWidths(this, cells, share), look);
    const whole = heights.reduce((sum, h) => sum + h, 0) + this.keptAfter(table, key);
    const start = heights.slice(0, 4).reduce((sum, h) => sum + h, 0);
    return { whole, start };
  }

  protected override keptWithHeading(next: Placed | undefined): number {
    const note = next && next.block.kind !== 'container' ? roleOf(next, ['methode']) : undefined;
    if (next && note) {
      // The method note is read whole: it starts on a new page rather than end on the next one.
      const whole = this.heightFrom(this.places.findIndex((place) => place.block === next.block), (place) => place.within.includes(note));
      if (whole <= this.bottom - this.doc.page.margins.top - this.lineHeight(SIZE.h2) * 3) return whole;
    }
    if (next?.block.kind !== 'table') return super.keptWithHeading(next);
    const { whole, start } = this.extent(next, next.block);
    return whole <= this.bottom - this.doc.page.margins.top - this.lineHeight(SIZE.h2) * 3 ? whole : start;
  }

  /** A table as a grid, kept whole on a page when it fits on one; the heat map followed by its key. */
  private grid(place: Placed, table: TableBlock): void {
    const { doc } = this;
    const { cells, share, look, key } = this.tableSetting(place, table);
    setTable(this, cells, columnWidths(this, cells, share), look, this.keptAfter(table, key));
    if (key) {
      this.ensure(this.keyHeight());
      this.heatKey();
    }
    doc.x = this.left;
    doc.moveDown(0.8);
  }

  // ---- The heat map's colour key -------------------------------------------------------------------

  private keyHeight(): number {
    return 8 + 13;
  }

  /** "Points sur 4 : 0 1 2 3 4 – non renseigné d décrit" as swatches: the paragraph after the table says it in words. */
  private heatKey(): void {
    const { doc } = this;
    const top = doc.y + 8;
    const swatch = { width: 18, height: 12 };
    this.artifact(() => {
      doc.font('semibold').fontSize(SIZE.small).fillColor(this.palette.ink);
      const title = this.labels.carte_points ?? '';
      doc.text(title, this.left, top + 1.5, { lineBreak: false });
      let x = this.left + doc.widthOfString(title) + 8;
      for (let score = 0; score <= 4; score += 1) {
        const colour = this.heatColour(score);
        doc.rect(x, top, swatch.width, swatch.height).fill(colour);
        doc.font('semibold').fontSize(SIZE.small).fillColor(inkOn(this.palette, colour));
        doc.text(String(score), x, top + 1.5, { width: swatch.width, align: 'center', lineBreak: false });
        x += swatch.width + 2;
      }
      for (const [mark, label] of [['–', this.labels.carte_non_renseigne], ['d', this.labels.carte_decrit]] as const) {
        x += 10;
        doc.rect(x, top, swatch.width, swatch.height).lineWidth(0.5).stroke(this.palette.rule);
        doc.font('regular').fontSize(SIZE.small).fillColor(this.palette.muted);
        doc.text(mark, x, top + 1.5, { width: swatch.width, align: 'center', lineBreak: false });
        doc.text(label ?? '', x + swatch.width + 5, top + 1.5, { lineBreak: false });
        x += swatch.width + 5 + doc.widthOfString(label ?? '');
      }
    });
    doc.x = this.left;
    doc.y = top + swatch.height + 4;
  }
}
