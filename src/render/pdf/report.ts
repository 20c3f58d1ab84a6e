/**
 * A site's report in print: the generic typesetting, with the summary of the families'
 * intensities (role `synthese`) drawn as cards on scales of four, and a chart of every
 * criterion's points (role `graphique`).
 */
import { plainText, roleOf, type Cell, type Placed, type TableBlock } from '../../document/document.js';
import type { ReportModel } from '../../model/model.js';
import { drawCards } from './cards.js';
import type { PdfDocumentInfo, PdfInput } from './pdfdoc.js';
import { numberAttribute } from './table.js';
import { SIZE, tint } from './look.js';
import { familyColour, fill, Typesetter } from './typeset.js';

type Doc = PDFKit.PDFDocument;

/** What the report's PDF says about itself: the evaluators as author, the site and keywords. */
export function reportInfo(model: ReportModel, subject: string): PdfDocumentInfo {
  const keywords = [model.lieu.nom, model.lieu.commune, ...model.familles.flatMap((f) => f.mots_cles)].filter((k): k is string => Boolean(k));
  return {
    langue: model.langue,
    ...(model.lieu.evaluateurs?.length ? { author: model.lieu.evaluateurs.join(', ') } : {}),
    subject,
    keywords,
    running: model.lieu.nom,
    familles: model.familles.map((f) => f.id),
  };
}

export class ReportTypesetter extends Typesetter {
  constructor(
    doc: Doc,
    input: PdfInput,
    private readonly model: ReportModel,
  ) {
    super(doc, input);
  }

  protected override roleBlock(place: Placed, next: Placed | undefined): boolean {
    const { block } = place;
    if (block.kind === 'table' && roleOf(place, ['synthese'])) {
      this.summary(block);
      return true;
    }
    if (block.kind === 'container' && block.role === 'graphique') {
      this.chart();
      return true;
    }
    return super.roleBlock(place, next);
  }

  /**
   * The summary table as cards: each family (its first cell's `famille`), its intensity (the
   * second cell's `intensite`) on a scale of four with what the cell says besides its marks, its
   * keywords.
   */
  private summary(table: TableBlock): void {
    const { doc } = this;
    const intensityHeader = plainText(table.header[1]?.runs ?? []);
    const empty: Cell = { runs: [], attributes: {} };
    const cards = table.rows.map(([name = empty, intensity = empty, keywords = empty]) => {
      const marks = numberAttribute(intensity.attributes, 'intensite') ?? 0;
      const said = plainText(intensity.runs);
      const rest = said.startsWith('+'.repeat(marks)) ? said.slice(marks).trim() : said;
      const keywordsHeight = keywords.runs.length ? this.heightOf(keywords.runs, SIZE.small + 0.5, this.width - 150, 'italic') : 0;
      const colour = this.familyColour(name.attributes.famille) ?? this.palette.brand;
      return { name: name.runs, said, marks, rest, keywords: keywords.runs, colour, height: Math.max(rest ? 44 : 36, 22 + keywordsHeight) };
    });
    drawCards(this, cards, {
      perRow: 1,
      gap: 6,
      colour: (card) => card.colour,
      height: ([card]) => card?.height ?? 0,
      draw: (card, { top }) => {
        const { colour } = card;
        doc.y = top + 7;
        this.add('P', () => this.runs(card.name, { size: SIZE.body + 1.5, colour, base: 'semibold', x: this.left + 14, width: this.width - 170 }));
        if (card.keywords.length) {
          this.add('P', () => this.runs(card.keywords.map((k) => ({ ...k, italic: true })), { size: SIZE.small + 0.5, colour: this.palette.muted, x: this.left + 14, width: this.width - 170 }));
        }
        const scaleX = this.left + this.width - 138;
        const figure = doc.struct('Figure', { alt: `${intensityHeader}${this.input.document.langue === 'fr' ? '\u00A0:' : ':'} ${card.said}` }, [
          () => this.scale(scaleX, top + 10, card.marks, colour),
        ]);
        this.section.add(figure);
        if (card.rest) {
          this.add('P', () => {
            doc.font('italic').fontSize(SIZE.small).fillColor(this.palette.muted).text(card.rest, scaleX, top + 28, { width: 130, lineGap: 1 });
          });
        }
      },
    });
    doc.x = this.left;
    doc.moveDown(0.5);
  }

  /** Four marks, the first `score` of them filled: + to ++++ drawn. */
  private scale(x: number, y: number, score: number, colour: string): void {
    const { doc } = this;
    for (let i = 0; i < 4; i += 1) {
      const cx = x + i * 24 + 9;
      const cy = y + 8;
      doc.save();
      doc.lineWidth(1.4);
      if (i < score) doc.circle(cx, cy, 8.5).fill(colour);
      else doc.circle(cx, cy, 8).stroke(tint(colour, 0.55));
      doc.lineWidth(2).strokeColor(i < score ? this.palette.onBrand : tint(colour, 0.55));
      doc.moveTo(cx - 4, cy).lineTo(cx + 4, cy).moveTo(cx, cy - 4).lineTo(cx, cy + 4).stroke();
      doc.restore();
    }
  }

  /** Every criterion's points, family by family, as bars. */
  private chart(): void {
    const { doc } = this;
    const { model } = this;
    const { labels } = this.input;
    const rowHeight = 11;
    doc.font('regular').fontSize(SIZE.small);
    const longest = Math.max(...model.familles.flatMap((f) => f.criteres.map((c) => doc.widthOfString(c.titre))));
    const labelWidth = Math.min(longest + 12, this.width / 2);
    const barWidth = this.width - labelWidth - 30;
    const families = model.familles;
    const rows = families.reduce((n, f) => n + f.criteres.length, 0);
    const height = 26 + rows * rowHeight + families.length * 6;
    this.ensure(height);
    const alt = [
      labels.graphique,
      ...families.flatMap((f) => f.criteres.map((c) => fill(labels.graphique_critere, { critere: c.titre, score: c.score }))),
    ].join(model.langue === 'fr' ? '\u202F; ' : '; ');
    const draw = () => {
      let y = doc.y;
      doc.font('semibold').fontSize(SIZE.small + 1).fillColor(this.palette.ink).text(labels.graphique, this.left, y, { lineBreak: false });
      y += 18;
      const x0 = this.left + labelWidth;
      doc.font('regular').fontSize(SIZE.small - 1).fillColor(this.palette.muted);
      for (let s = 0; s <= 4; s += 1) doc.text(String(s), x0 + (barWidth * s) / 4 - 3, y - 10, { lineBreak: false, width: 8, align: 'center' });
      const gridTop = y;
      families.forEach((family, f) => {
        const colour = familyColour(this.palette, f);
        for (const criterion of family.criteres) {
          doc.font('regular').fontSize(SIZE.small).fillColor(criterion.renseigne ? this.palette.ink : this.palette.muted);
          doc.text(criterion.titre, this.left, y + 1.5, { width: labelWidth - 8, height: rowHeight, ellipsis: true, lineBreak: false });
          doc.rect(x0, y + 2, barWidth, rowHeight - 4).fill(tint(colour, 0.9));
          if (criterion.score > 0) doc.rect(x0, y + 2, (barWidth * criterion.score) / 4, rowHeight - 4).fill(colour);
          y += rowHeight;
        }
        y += 6;
      });
      doc.lineWidth(0.5).strokeColor(this.palette.rule);
      for (let s = 1; s < 4; s += 1) doc.moveTo(x0 + (barWidth * s) / 4, gridTop).lineTo(x0 + (barWidth * s) / 4, y - 8).stroke();
      doc.y = y;
    };
    this.section.add(doc.struct('Figure', { alt }, [draw]));
    doc.x = this.left;
  }
}
