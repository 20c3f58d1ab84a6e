/**
 * A site's report in print: the generic typesetting, with the summary of the families'
 * intensities (role `synthese`) drawn as cards on scales of four, and a chart of every
 * criterion's points (role `graphique`, chart.ts).
 */
import { plainText, roleOf, type Block, type Cell, type Placed, type Run, type TableBlock } from '../../document/document.js';
import type { ReportModel } from '../../model/model.js';
import { drawCards } from './cards.js';
import { drawChart } from './chart.js';
import { drawSiteImage } from './site-image.js';
import type { PdfDocumentInfo, PdfInput } from './pdfdoc.js';
import { numberAttribute } from './table.js';
import { drawScale } from './scale.js';
import { SIZE } from './look.js';
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
    /** The folder the evaluation's paths are read from (its image's). */
    private readonly folder?: string,
  ) {
    super(doc, input);
  }

  override render(blocks: readonly Block[]): void {
    super.render(blocks.map((b) => (b.kind === 'heading' && b.level === 1 ? { ...b, runs: this.nameKeptTogether(b.runs) } : b)));
  }

  /** The cover is a page of its own: what follows it starts on the next. */
  protected override beforeBlock(place: Placed, previous: Placed | undefined): void {
    const leaves = (p: Placed | undefined) => p !== undefined && roleOf(p, ['couverture']) !== undefined;
    if (leaves(previous) && !leaves(place)) this.doc.addPage();
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
    if (block.kind === 'table' && roleOf(place, ['avis_comite'])) {
      this.committeeView(block);
      return true;
    }
    if (block.kind === 'paragraph' && roleOf(place, ['justification_comite'])) {
      this.justification(block.runs);
      return true;
    }
    if (block.kind === 'list' && roleOf(place, ['signatures'])) {
      this.signatures(block.items);
      return true;
    }
    const image = roleOf(place, ['image']);
    if (block.kind === 'paragraph' && image) {
      drawSiteImage(this, image.attributes.chemin, plainText(block.runs), this.folder);
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
   * keywords. When the committee set the intensity (the cell's `calculee`: the computed one), both
   * on scales of the same size, the retained one first.
   */
  private summary(table: TableBlock): void {
    const { doc } = this;
    const intensityHeader = plainText(table.header[1]?.runs ?? []);
    const empty: Cell = { runs: [], attributes: {} };
    const cards = table.rows.map(([name = empty, intensity = empty, keywords = empty]) => {
      const marks = numberAttribute(intensity.attributes, 'intensite') ?? 0;
      const said = plainText(intensity.runs);
      const rest = said.startsWith('+'.repeat(marks)) ? said.slice(marks).trim() : said;
      const computed = numberAttribute(intensity.attributes, 'calculee');
      const keywordsHeight = keywords.runs.length ? this.heightOf(keywords.runs, SIZE.small + 0.5, this.width - (computed === undefined ? 150 : 290), 'italic') : 0;
      const colour = this.familyColour(name.attributes.famille) ?? this.palette.brand;
      return { name: name.runs, said, marks, rest, computed, keywords: keywords.runs, colour, height: Math.max(rest ? 44 : 36, 22 + keywordsHeight) };
    });
    drawCards(this, cards, {
      perRow: 1,
      gap: 6,
      colour: (card) => card.colour,
      height: ([card]) => card?.height ?? 0,
      draw: (card, { top }) => {
        const { colour } = card;
        const textWidth = this.width - (card.computed === undefined ? 170 : 290);
        doc.y = top + 7;
        this.add('P', () => this.runs(card.name, { size: SIZE.body + 1.5, colour, base: 'semibold', x: this.left + 14, width: textWidth }));
        if (card.keywords.length) {
          this.add('P', () => this.runs(card.keywords.map((k) => ({ ...k, italic: true })), { size: SIZE.small + 0.5, colour: this.palette.muted, x: this.left + 14, width: textWidth }));
        }
        const colon = wordsOf(this.input.document.langue).typography.colon;
        const scale = (x: number, marks: number, alt: string) =>
          this.section.add(doc.struct('Figure', { alt }, [() => drawScale(doc, x, top + 10, marks, colour, this.palette.onBrand)]));
        const caption = (text: string, x: number) =>
          this.add('P', () => {
            doc.font('italic').fontSize(SIZE.small).fillColor(this.palette.muted).text(text, x, top + 28, { width: 116, lineGap: 1 });
          });
        const scaleX = this.left + this.width - 138;
        if (card.computed === undefined) {
          scale(scaleX, card.marks, `${intensityHeader}${colon} ${card.said}`);
          if (card.rest) caption(card.rest, scaleX);
          return;
        }
        // The committee's intensity and the computed one, on scales of the same size, the retained one first.
        const { carte_retenue: retained = '', carte_calculee: computed = '' } = this.input.labels;
        const computedX = scaleX;
        const retainedX = scaleX - 120;
        scale(retainedX, card.marks, `${retained}${colon} ${'+'.repeat(card.marks)}`);
        caption(retained, retainedX);
        scale(computedX, card.computed, `${computed}${colon} ${'+'.repeat(card.computed)}`);
        caption(computed, computedX);
      },
    });
    doc.x = this.left;
    doc.moveDown(0.5);
  }

  /**
   * The committee's intensity and the computed one (role `avis_comite`: a header of two captions,
   * a row of two cells with their `intensite`), side by side on scales of the same size, the
   * retained one first.
   */
  private committeeView(table: TableBlock): void {
    const { doc } = this;
    const colon = wordsOf(this.input.document.langue).typography.colon;
    const height = 58;
    this.ensure(height + 10);
    const top = doc.y;
    const column = this.width / 2;
    table.header.forEach((caption, i) => {
      const cell = table.rows[0]?.[i];
      const x = this.left + i * column;
      const said = plainText(cell?.runs ?? []);
      const marks = numberAttribute(cell?.attributes ?? {}, 'intensite') ?? 0;
      doc.y = top;
      this.add('P', () => this.runs(caption.runs, { size: SIZE.body, colour: this.colour, base: 'semibold', x, width: column - 12 }));
      const y = doc.y + 4;
      this.section.add(doc.struct('Figure', { alt: `${plainText(caption.runs)}${colon} ${said}` }, [() => drawScale(doc, x, y, marks, this.colour, this.palette.onBrand)]));
      if (marks === 0) {
        this.add('P', () => doc.font('italic').fontSize(SIZE.small).fillColor(this.palette.muted).text(said, x, y + 22, { width: column - 12 }));
      }
    });
    doc.x = this.left;
    doc.y = top + height;
  }

  /** The committee's reasons: its own voice, set beside a rule, never boxed like the evaluators' examples. */
  private justification(runs: readonly Run[]): void {
    const { doc } = this;
    const inset = 14;
    this.ensure(this.heightOf(runs, SIZE.body + 0.5, this.width - inset) + SIZE.paragraphGap);
    const top = doc.y;
    this.add('P', () => this.runs(runs, { size: SIZE.body + 0.5, colour: this.palette.ink, x: this.left + inset, width: this.width - inset }));
    const bottom = doc.y;
    this.artifact(() => doc.moveTo(this.left + 3, top).lineTo(this.left + 3, bottom).lineWidth(2).strokeColor(this.colour).stroke());
    doc.moveDown(SIZE.paragraphGap / SIZE.body);
  }

  /** The committee's members as a signature block: two a row, each a rule, the name and the role under it. */
  private signatures(items: readonly (readonly Run[])[]): void {
    const { doc } = this;
    const column = this.width / 2;
    const list = doc.struct('L');
    this.section.add(list);
    for (let start = 0; start < items.length; start += 2) {
      const row = items.slice(start, start + 2);
      const height = Math.max(...row.map((item) => this.heightOf(item, SIZE.body, column - 24))) + 40;
      this.ensure(height);
      const top = doc.y;
      row.forEach((item, i) => {
        const x = this.left + i * column;
        this.artifact(() => doc.moveTo(x, top + 28).lineTo(x + column - 24, top + 28).lineWidth(0.6).strokeColor(this.palette.muted).stroke());
        doc.y = top + 34;
        this.add('LI', () => this.runs(item, { size: SIZE.body, colour: this.palette.ink, x, width: column - 24 }), list);
      });
      doc.x = this.left;
      doc.y = top + height;
    }
    list.end();
    doc.moveDown(SIZE.paragraphGap / SIZE.body);
  }
}
