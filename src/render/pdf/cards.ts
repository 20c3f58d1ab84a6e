/**
 * The cards of impact's PDFs, one drawer for all: a tinted box with a bar of its colour at the
 * left, set in rows of `perRow` (the report's summary one family a row, the portfolio's key
 * figures three or two a row); what a card says is drawn by its caller, inside the box.
 */
import { tint } from './look.js';

export interface CardPage {
  readonly doc: PDFKit.PDFDocument;
  readonly left: number;
  readonly width: number;
  /** The height of a page's body, between its margins. */
  readonly pageRoom: number;
  ensure(height: number): void;
  artifact(draw: () => void): void;
}

export interface CardBox {
  readonly x: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
}

export interface CardRows<T> {
  readonly perRow: number;
  /** Between cards, across and down. */
  readonly gap: number;
  readonly colour: (card: T) => string;
  /** A row's height, from its cards and the width of one. */
  readonly height: (row: readonly T[], width: number) => number;
  readonly draw: (card: T, box: CardBox) => void;
}

/**
 * `cards` in rows, each row kept on one page and the whole set on one when it fits there (a
 * family's card alone overleaf reads as another list), the page's y left below the last.
 */
export function drawCards<T>(page: CardPage, cards: readonly T[], rows: CardRows<T>): void {
  const { doc } = page;
  const width = (page.width - rows.gap * (rows.perRow - 1)) / rows.perRow;
  const rowsOf = Array.from({ length: Math.ceil(cards.length / rows.perRow) }, (_, i) =>
    cards.slice(i * rows.perRow, (i + 1) * rows.perRow),
  );
  const heights = rowsOf.map((row) => rows.height(row, width));
  const whole = heights.reduce((sum, height) => sum + height + rows.gap, 0);
  if (whole <= page.pageRoom) page.ensure(whole);
  rowsOf.forEach((row, r) => {
    const height = heights[r] ?? 0;
    page.ensure(height + rows.gap);
    const top = doc.y;
    row.forEach((card, i) => {
      const x = page.left + i * (width + rows.gap);
      const colour = rows.colour(card);
      page.artifact(() => {
        doc.rect(x, top, width, height).fill(tint(colour, 0.93));
        doc.rect(x, top, 4, height).fill(colour);
      });
      rows.draw(card, { x, top, width, height });
    });
    doc.x = page.left;
    doc.y = top + height + rows.gap;
  });
}
