/**
 * A site's report in print: the generic typesetting, with the summary of the families'
 * intensities (role `synthese`) drawn as cards on scales of four, and a chart of every
 * criterion's points (role `graphique`, chart.ts).
 */
import { plainText, roleOf, type Block, type Cell, type Placed, type Run, type TableBlock } from '../../document/document.js';
import type { ReportModel } from '../../model/model.js';
import { drawCards } from './cards.js';
import { drawChart } from './chart.js';
import type { PdfDocumentInfo, PdfInput } from './pdfdoc.js';
import { numberAttribute } from './table.js';
import { SIZE, tint } from './look.js';
import { TITLE_LOGO, Typesetter } from './typeset.js';
import { unbreakable } from '../../text/typography.js';
import { wordsOf } from '../../words/words.js';

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

  override render(blocks: readonly Block[]): void {
    super.render(blocks.map((b) => (b.kind === 'heading' && b.level === 1 ? { ...b, runs: this.nameKeptTogether(b.runs) } : b)));
  }

  /**
   * The cover's title with the site's name on one line (never « La Petite / Manchester »): its
   * spaces and hyphens made unbreakable, with the short word before it (« de », « of ») when
   * both fit on a line of the title; a name longer than a line breaks where it must. The name as
   * the title writes it: whole, or without the article that « du », « des » took (« du Relais »).
   */
  private nameKeptTogether(runs: readonly Run[]): Run[] {
    const { nom } = this.model.lieu;
    const forms = [nom, nom.replace(/^(Le|Les)\s+/u, '')].filter((f) => /[ -]/.test(f));
    const room = this.width - (this.input.theme.logo ? TITLE_LOGO.width + TITLE_LOGO.gap : 0);
    const fits = (text: string) => this.doc.font('bold').fontSize(SIZE.title).widthOfString(text) <= room;
    return runs.map((run) => {
      const form = forms.find((f) => run.text.includes(f));
      if (form === undefined) return run;
      const at = run.text.indexOf(form);
      const before = /(?:^|\s)(\p{L}{1,3} )$/u.exec(run.text.slice(0, at))?.[1] ?? '';
      const kept = [before + form, form].find((text) => fits(unbreakable(text)));
      if (kept === undefined) return run;
      const start = at + form.length - kept.length;
      return { ...run, text: run.text.slice(0, start) + unbreakable(kept) + run.text.slice(at + form.length) };
    });
  }

  protected override roleBlock(place: Placed, next: Placed | undefined): boolean {
    const { block } = place;
    if (block.kind === 'table' && roleOf(place, ['synthese'])) {
      this.summary(block);
      return true;
    }
    if (block.kind === 'container' && block.role === 'graphique') {
      drawChart(this, this.model, this.input.labels);
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
        const figure = doc.struct('Figure', { alt: `${intensityHeader}${wordsOf(this.input.document.langue).typography.colon} ${card.said}` }, [
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
}
