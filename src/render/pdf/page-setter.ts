/**
 * What every typesetter stands on: the page's measures, the tagged structure being built, text
 * set as runs and measured once per process, and the colours of the document's families.
 */
import { plainText, type Run } from '../../document/document.js';
import type { FontName } from '../../theme/fonts.js';
import { measuredOnce, measuringState } from './measures.js';
import type { PdfInput } from './pdfdoc.js';
import { familyColour, type Palette } from '../../theme/theme.js';
import { SIZE } from './look.js';

type Doc = PDFKit.PDFDocument;
type Struct = PDFKit.PDFStructureElement;

const fontOf = (run: Run, base: FontName = 'regular'): FontName => {
  if (run.bold && run.italic) return 'boldItalic';
  if (run.bold) return base === 'regular' ? 'semibold' : base;
  if (run.italic) return 'italic';
  return base;
};

export { fill } from '../labels.js';

export class PageSetter {
  protected readonly root: Struct;
  section: Struct;
  colour: string;
  readonly palette: Palette;
  protected outline: PDFKit.PDFOutline;

  constructor(
    readonly doc: Doc,
    protected readonly input: PdfInput,
  ) {
    this.palette = input.theme.palette;
    this.colour = this.palette.brand;
    this.root = doc.struct('Document');
    doc.addStructure(this.root);
    this.section = this.root;
    this.outline = doc.outline;
  }

  get left(): number {
    return this.doc.page.margins.left;
  }
  get width(): number {
    return this.doc.page.width - this.doc.page.margins.left - this.doc.page.margins.right;
  }
  get bottom(): number {
    return this.doc.page.height - this.doc.page.margins.bottom;
  }

  /** Room for `height` more points on this page, or a new page. */
  ensure(height: number): void {
    if (this.doc.y + height > this.bottom) this.doc.addPage();
  }

  /** Decoration (bands, rules, bars) is not content: screen readers skip it. */
  artifact(draw: () => void): void {
    this.doc.markContent('Artifact', { type: 'Layout' });
    draw();
    this.doc.endMarkedContent();
  }

  protected add(type: string, draw: () => void, parent: Struct = this.section, options: Record<string, string> = {}): void {
    parent.add(this.doc.struct(type, options, [draw]));
  }

  protected runs(runs: readonly Run[], options: { size: number; colour: string; width?: number; base?: FontName; x?: number }): void {
    const { doc } = this;
    const x = options.x ?? this.left;
    const width = options.width ?? this.width - (x - this.left);
    doc.x = x;
    runs.forEach((run, i) => {
      doc.font(fontOf(run, options.base)).fontSize(options.size).fillColor(options.colour);
      doc.text(run.text, { width, lineGap: SIZE.lineGap, continued: i < runs.length - 1 });
    });
    doc.x = this.left;
  }

  lineHeight(size: number = SIZE.body): number {
    return this.doc.font('regular').fontSize(size).currentLineHeight(true) + SIZE.lineGap;
  }

  /** The height `runs` take when set in `width`: measured once per process (a batch measures the same titles for every site). */
  protected heightOf(runs: readonly Run[], size: number, width = this.width, font: FontName = 'regular'): number {
    const text = plainText(runs);
    const doc = this.doc.font(font).fontSize(size);
    const measure = () => doc.heightOfString(text, { width, lineGap: SIZE.lineGap });
    const state = measuringState(doc);
    return state ? measuredOnce(['height', ...state, width, text], measure) : measure();
  }

  /** The colour of the family with this id, when it is one of the document's families. */
  familyColour(id: string | undefined): string | undefined {
    const index = id === undefined ? -1 : this.input.document.familles.indexOf(id);
    return index >= 0 ? familyColour(this.palette, index) : undefined;
  }
}
