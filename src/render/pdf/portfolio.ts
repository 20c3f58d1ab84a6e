/**
 * A portfolio in print: the generic typesetting, with the key figures under the title drawn as
 * cards, and its tables as grids — intensities tinted with their family's colour, and the
 * criteria's heat map (a table whose columns are numbered) coloured by score from the theme's
 * brand colour, with a colour key. The number is always printed in the cell: the colour only
 * repeats it, so a page printed in grey reads the same.
 */
import type { PortfolioModel } from '../../portfolio/model.js';
import { plainText, type Block, type Run } from './blocks.js';
import type { FontName } from './fonts.js';
import { SIZE, tint } from './theme.js';
import { familyColour, Typesetter, type PdfDocumentInfo, type PdfInput, type PdfLabels, type TableBlock } from './typeset.js';

type Doc = PDFKit.PDFDocument;

/** What the portfolio's PDF says about itself: its subject, the sites' names as keywords. */
export function portfolioInfo(model: PortfolioModel, labels: PdfLabels): PdfDocumentInfo {
  return {
    langue: model.langue,
    subject: labels.portefeuille_sujet ?? labels.sujet,
    keywords: model.lieux.map((site) => site.lieu.nom),
    familles: model.familles.map((f) => f.titre),
  };
}

/** The PDF's date: the latest evaluation of the portfolio, when any site has one. */
export function portfolioDate(model: PortfolioModel): string | undefined {
  return model.lieux
    .map((site) => site.lieu.date_evaluation)
    .filter((date): date is string => Boolean(date))
    .sort()
    .at(-1);
}

/** How much of the brand colour each score keeps: 0 nearly white, 4 the brand colour itself. */
const HEAT_TINT = [0.94, 0.75, 0.52, 0.27, 0] as const;
/** The same for an intensity (+ to ++++) in its family's colour. */
const INTENSITY_TINT = [0.94, 0.8, 0.62, 0.42, 0.22] as const;

const PADDING = { top: 3.5, bottom: 3.5, left: 5, right: 5 } as const;
/** The heat map is denser: twenty sites and its legend fit on one page. */
const HEAT_PADDING = { top: 2, bottom: 2, left: 3, right: 3 } as const;
const paddingOf = (heat: boolean, col: number) => (!heat ? PADDING : col === 0 ? { ...HEAT_PADDING, left: PADDING.left, right: PADDING.right } : HEAT_PADDING);
const LINE_GAP = 1;

/** sRGB relative luminance of `#rrggbb`. */
function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
}

const contrast = (a: string, b: string): number => {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (high + 0.05) / (low + 0.05);
};

/** Whether a cell is a score of the heat map, an intensity (`+++`, maybe with the committee's note). */
const SCORE = /^[0-4]$/;
const INTENSITY = /^(\+{1,4})(\s|$)/;
/** A criterion not answered (–), or answered in words only (d): no score to colour. */
const NOT_SCORED = /^([–-]|d)$/;
/** A short cell (a count, a score, a dash, an intensity): its column is centred. */
const COMPACT = /^(\d[\d\s\u00A0\u202F.,]*|[–-]|d|\+{1,4}.*)$/;

interface CellStyle {
  readonly text: string;
  readonly type: 'TH' | 'TD';
  readonly scope?: 'Row' | 'Column';
  readonly font: FontName;
  readonly size: number;
  readonly textColor: string;
  readonly backgroundColor?: string;
  readonly align: 'left' | 'center';
}

export class PortfolioTypesetter extends Typesetter {
  /** For each heat-map column (criterion 1..16), its family's index. */
  private readonly columnFamilies: readonly number[];
  private readonly labels: PdfLabels;

  constructor(doc: Doc, input: PdfInput, model: PortfolioModel) {
    super(doc, input);
    this.labels = input.labels;
    this.columnFamilies = model.criteres.map((c) => model.familles.findIndex((f) => f.id === c.famille));
  }

  /** White or the text colour, whichever reads better on `background`. */
  private inkOn(background: string): string {
    const { ink, onBrand } = this.palette;
    return contrast(ink, background) >= contrast(onBrand, background) ? ink : onBrand;
  }

  private heatColour(score: number): string {
    return tint(this.palette.brand, HEAT_TINT[score] ?? 1);
  }

  /** A table is a heat map when every column after the first is numbered (the criteria 1..16). */
  private static isHeatMap(table: TableBlock): boolean {
    return table.header.length > 2 && table.header.slice(1).every((cell) => /^\d+$/.test(plainText(cell)));
  }

  /** A table with one column per family (the heat map's legend): no row headers, equal columns. */
  private byFamily(table: TableBlock): boolean {
    return table.header.length > 1 && table.header.every((cell) => this.colourOf(plainText(cell)) !== undefined);
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

  /** The key figures as cards: three in a row, or two by two for four. */
  protected override titleList(items: readonly (readonly Run[])[]): void {
    const figures = items.map((item) => PortfolioTypesetter.figureOf(item));
    if (figures.some((f) => f === undefined)) {
      super.titleList(items);
      return;
    }
    const { doc } = this;
    const cards = figures as { figure: string; label: string }[];
    const perRow = cards.length === 4 ? 2 : Math.min(3, cards.length);
    const gap = 10;
    const inset = 14;
    const cardWidth = (this.width - gap * (perRow - 1)) / perRow;
    const figureSize = 24;
    const labelSize = SIZE.small + 1;
    const list = doc.struct('L');
    this.section.add(list);
    for (let start = 0; start < cards.length; start += perRow) {
      const row = cards.slice(start, start + perRow);
      const labelHeight = Math.max(
        ...row.map((card) => doc.font('regular').fontSize(labelSize).heightOfString(card.label, { width: cardWidth - inset * 2, lineGap: LINE_GAP })),
      );
      const figureHeight = doc.font('bold').fontSize(figureSize).currentLineHeight(true);
      const height = 10 + figureHeight + labelHeight + 12;
      this.ensure(height + gap);
      const top = doc.y;
      row.forEach((card, i) => {
        const x = this.left + i * (cardWidth + gap);
        this.artifact(() => {
          doc.rect(x, top, cardWidth, height).fill(tint(this.palette.brand, 0.93));
          doc.rect(x, top, 4, height).fill(this.palette.brand);
        });
        this.add(
          'LI',
          () => {
            doc.font('bold').fontSize(figureSize).fillColor(this.palette.brand).text(card.figure, x + inset, top + 10, { width: cardWidth - inset * 2, lineBreak: false });
            doc.font('regular').fontSize(labelSize).fillColor(this.palette.ink);
            doc.text(card.label, x + inset, top + 10 + figureHeight, { width: cardWidth - inset * 2, lineGap: LINE_GAP });
          },
          list,
        );
      });
      doc.x = this.left;
      doc.y = top + height + gap;
    }
    list.end();
    doc.moveDown(0.8);
  }

  // ---- Tables as grids ---------------------------------------------------------------------------

  protected override table(table: TableBlock, _index: number): void {
    this.grid(table);
  }

  private cellStyles(table: TableBlock): CellStyle[][] {
    const heat = PortfolioTypesetter.isHeatMap(table);
    const byFamily = this.byFamily(table);
    const headers = table.header.map((cell) => plainText(cell));
    const columnColour = headers.map((text, col) => {
      if (heat && col > 0) return familyColour(this.palette, this.columnFamilies[Number(text) - 1] ?? 0);
      return this.colourOf(text);
    });
    const centred = headers.map(
      (_, col) => !byFamily && col > 0 && (columnColour[col] !== undefined || table.rows.every((row) => COMPACT.test(plainText(row[col] ?? [])))),
    );
    const header = headers.map(
      (text, col): CellStyle => ({
        text,
        type: 'TH',
        scope: 'Column',
        font: 'semibold',
        size: SIZE.small,
        textColor: this.palette.onBrand,
        backgroundColor: columnColour[col] ?? this.palette.brand,
        align: centred[col] ? 'center' : 'left',
      }),
    );
    const body = table.rows.map((row, r) =>
      headers.map((_, col): CellStyle => {
        const text = plainText(row[col] ?? []).trim();
        const align = centred[col] ? 'center' : 'left';
        const base = { text, type: 'TD' as const, size: SIZE.small, align } as const;
        const stripe = !heat && r % 2 === 1 ? tint(this.palette.brand, 0.96) : undefined;
        if (byFamily) return { ...base, font: 'regular', textColor: this.palette.ink };
        if (col === 0) {
          const textColor = this.colourOf(text) ?? this.palette.ink;
          return { ...base, type: 'TH', scope: 'Row', font: 'semibold', textColor, ...(stripe ? { backgroundColor: stripe } : {}) };
        }
        if (heat && SCORE.test(text)) {
          const backgroundColor = this.heatColour(Number(text));
          return { ...base, font: 'semibold', backgroundColor, textColor: this.inkOn(backgroundColor) };
        }
        if (heat && NOT_SCORED.test(text)) return { ...base, font: 'regular', textColor: this.palette.muted };
        const family = columnColour[col];
        if (family && !heat) {
          const marks = INTENSITY.exec(text)?.[1]?.length;
          if (marks === undefined) return { ...base, font: 'italic', textColor: this.palette.muted, ...(stripe ? { backgroundColor: stripe } : {}) };
          const backgroundColor = tint(family, INTENSITY_TINT[marks] ?? 1);
          return { ...base, font: 'semibold', backgroundColor, textColor: this.inkOn(backgroundColor) };
        }
        const titled = this.colourOf(text);
        if (titled) return { ...base, font: 'semibold', textColor: titled, ...(stripe ? { backgroundColor: stripe } : {}) };
        return { ...base, font: 'regular', textColor: this.palette.ink, ...(stripe ? { backgroundColor: stripe } : {}) };
      }),
    );
    return [header, ...body];
  }

  private columnWidths(rows: readonly (readonly CellStyle[])[], heat: boolean): number[] {
    const { doc } = this;
    const columns = rows[0]?.length ?? 0;
    if (rows[1]?.[0]?.scope !== 'Row') return Array.from({ length: columns }, () => this.width / columns);
    const natural = Math.max(
      ...rows.map((row) => doc.font(row[0]?.font ?? 'regular').fontSize(row[0]?.size ?? SIZE.small).widthOfString(row[0]?.text ?? '')),
    );
    const first = Math.min(Math.max(natural + PADDING.left + PADDING.right + 1, 28), this.width * (heat ? 0.34 : 0.4));
    const rest = (this.width - first) / Math.max(1, columns - 1);
    return [first, ...Array.from({ length: columns - 1 }, () => rest)];
  }

  private rowHeights(rows: readonly (readonly CellStyle[])[], widths: readonly number[], heat: boolean): number[] {
    const { doc } = this;
    return rows.map((row) =>
      Math.ceil(
        Math.max(
          ...row.map((cell, col) => {
            const padding = paddingOf(heat, col);
            const width = (widths[col] ?? 0) - padding.left - padding.right;
            const text = cell.text ? doc.font(cell.font).fontSize(cell.size).heightOfString(cell.text, { width, lineGap: LINE_GAP }) : 0;
            return text + padding.top + padding.bottom;
          }),
        ),
      ),
    );
  }

  /** The heights a grid needs: all of it, and its least part to start on a page (the header and three rows). */
  private extent(table: TableBlock): { whole: number; start: number } {
    const heat = PortfolioTypesetter.isHeatMap(table);
    const rows = this.cellStyles(table);
    const heights = this.rowHeights(rows, this.columnWidths(rows, heat), heat);
    const whole = heights.reduce((sum, h) => sum + h, 0) + (heat ? this.keyHeight() : 0);
    const start = heights.slice(0, 4).reduce((sum, h) => sum + h, 0);
    return { whole, start };
  }

  protected override keptWithHeading(next: Block | undefined): number {
    if (next?.kind !== 'table') return next ? this.openingHeight(next) : 0;
    const { whole, start } = this.extent(next);
    return whole <= this.bottom - this.doc.page.margins.top - this.lineHeight(SIZE.h2) * 3 ? whole : start;
  }

  /**
   * A table as a grid: the first column as wide as its text (within limits), the others sharing
   * the rest; kept on one page when it fits on one, else split between pages with its header
   * repeated.
   */
  private grid(table: TableBlock): void {
    const { doc } = this;
    const heat = PortfolioTypesetter.isHeatMap(table);
    const [header = [], ...body] = this.cellStyles(table);
    const widths = this.columnWidths([header, ...body], heat);
    const [headerHeight = 0, ...heights] = this.rowHeights([header, ...body], widths, heat);
    const pageRoom = this.bottom - doc.page.margins.top;
    const keyHeight = heat ? this.keyHeight() : 0;
    let i = 0;
    do {
      const rest = headerHeight + heights.slice(i).reduce((sum, h) => sum + h, 0) + keyHeight;
      const room = this.bottom - doc.y;
      const least = headerHeight + heights.slice(i, i + 3).reduce((sum, h) => sum + h, 0);
      if ((rest > room && rest <= pageRoom) || room < least) doc.addPage();
      const available = this.bottom - doc.y - 0.5;
      let used = headerHeight;
      let j = i;
      while (j < body.length && used + (heights[j] ?? 0) <= available) {
        used += heights[j] ?? 0;
        j += 1;
      }
      if (j === i) j = Math.min(body.length, i + 1);
      this.drawGrid([header, ...body.slice(i, j)], widths, [headerHeight, ...heights.slice(i, j)], heat);
      i = j;
      if (i < body.length) doc.addPage();
    } while (i < body.length);
    if (heat) {
      this.ensure(keyHeight);
      this.heatKey();
    }
    doc.x = this.left;
    doc.moveDown(0.8);
  }

  private drawGrid(rows: readonly (readonly CellStyle[])[], widths: readonly number[], heights: readonly number[], heat: boolean): void {
    const { doc } = this;
    const white = '#ffffff';
    const data = rows.map((row) =>
      row.map((cell, col) => ({
        text: cell.text,
        padding: paddingOf(heat, col),
        type: cell.type,
        ...(cell.scope ? { scope: cell.scope } : {}),
        // The registered name, not the file: pdfkit would parse the font file again for every cell.
        font: { src: cell.font, size: cell.size },
        textColor: cell.textColor,
        ...(cell.backgroundColor ? { backgroundColor: cell.backgroundColor } : {}),
        align: { x: cell.align, y: 'center' },
        textOptions: { lineGap: LINE_GAP },
      })),
    );
    const options = {
      structParent: this.section,
      position: { x: this.left, y: doc.y },
      columnStyles: widths.map((width) => ({ width })),
      rowStyles: (i: number) => ({ height: heights[i] }),
      defaultStyle: heat
        ? { border: 1, borderColor: white }
        : { border: { top: 0, left: 0, right: 0, bottom: 0.5 }, borderColor: this.palette.rule },
      data,
    };
    doc.table(options as unknown as PDFKit.Mixins.TableOptionsWithData);
    doc.x = this.left;
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
        doc.font('semibold').fontSize(SIZE.small).fillColor(this.inkOn(colour));
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
