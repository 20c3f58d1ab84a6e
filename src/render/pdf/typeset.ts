/**
 * Stage 5 for print: a document's Markdown (a site's report, a portfolio), read back into blocks,
 * typeset as an A4 PDF with pdfkit — tagged for screen readers, with bookmarks, and byte-identical
 * for the same input. `Typesetter` sets any of impact's Markdown; a document's own look (the
 * report's cover, the portfolio's heat map) is a subclass that overrides `table` or `titleList`.
 */
import PDFDocument from 'pdfkit';
import type { Lang } from '../../grid/types.js';
import { plainText, readBlocks, type Block, type Run } from './blocks.js';
import { ownGlyphsFace } from './faces.js';
import type { FontName } from './fonts.js';
import { measureBoundsOnce, measuredOnce, measuringState, rememberFace } from './measures.js';
import { shareShaping } from './shaping.js';
import { PAGE, SIZE, tint, type Palette, type Theme } from './theme.js';

/** The PDF's own words (templates/<lang>/pdf.json): `{page}`-style placeholders filled in. */
export interface PdfLabels {
  readonly sujet: string;
  readonly page: string;
  readonly graphique: string;
  readonly graphique_critere: string;
  readonly [key: string]: string;
}

/** What a document says about itself besides its Markdown. */
export interface PdfDocumentInfo {
  readonly langue: Lang;
  /** The metadata's author, when there is one (the evaluators). */
  readonly author?: string;
  readonly subject: string;
  readonly keywords: readonly string[];
  /** Printed at the top of every page but the first (the site's name); by default the document's title (its H1). */
  readonly running?: string;
  /** The families' titles in report order: a section headed by one of them takes that family's colour. */
  readonly familles: readonly string[];
}

export type TableBlock = Extract<Block, { kind: 'table' }>;

export interface PdfInput {
  readonly markdown: string;
  readonly document: PdfDocumentInfo;
  readonly labels: PdfLabels;
  /** The document's date: never the clock, so that the same input gives the same bytes. */
  readonly date: Date;
  readonly theme: Theme;
}

type Doc = PDFKit.PDFDocument;
type Struct = PDFKit.PDFStructureElement;

/**
 * The theme's fonts by name and by file, all from the faces parsed once per process, laying words
 * out as the process has shaped them. pdfkit keeps a font under the key it was asked for, and gets
 * a table cell's font back by its file: cached under both, a font is never opened twice in a document.
 */
function useFaces(doc: Doc, fonts: Readonly<Record<string, string>>): void {
  const cache = (doc as unknown as { _fontFamilies: Record<string, unknown> })._fontFamilies;
  for (const [name, path] of Object.entries(fonts)) {
    doc.registerFont(name, path);
    doc.font(ownGlyphsFace(path) as unknown as string);
    const opened = (doc as unknown as { _font: Parameters<typeof shareShaping>[0] })._font;
    shareShaping(opened, path);
    rememberFace(opened, path);
    cache[name] = opened;
    cache[path] = opened;
  }
  doc.font('regular');
}

/** XMP metadata interpolates the info strings into XML as they are: escape them there only. */
const xml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A string as pdfkit writes it: one byte per UTF-16 unit, its low byte (what its own loop computes). */
const bytesOf = (text: string): Buffer => Buffer.from(text, 'latin1');

interface Reference {
  write(chunk: string | Uint8Array): void;
}

/**
 * pdfkit's document, its bytes kept here. pdfkit turns every string it writes into bytes with a
 * loop in JavaScript, once per content operator, and sends every object through a Node stream:
 * making the same bytes natively and keeping them in a list saves 6 % of a report's instructions.
 */
class ImpactDocument extends PDFDocument {
  // Declared only: the constructor of PDFDocument writes the header before a field would be set.
  declare bytes?: Uint8Array[];
  declare _offset: number;

  _write(data: string | Uint8Array): void {
    const bytes = typeof data === 'string' ? bytesOf(`${data}\n`) : data;
    (this.bytes ??= []).push(bytes);
    this._offset += bytes.length;
  }

  override ref(data: object = {}): PDFKit.PDFKitReference {
    const ref = super.ref(data) as PDFKit.PDFKitReference & Reference;
    const write = ref.write.bind(ref);
    ref.write = (chunk) => write(typeof chunk === 'string' ? bytesOf(`${chunk}\n`) : chunk);
    return ref;
  }
}

function createDocument(input: PdfInput, title: string): ImpactDocument {
  const { document: info, date } = input;
  const doc = new ImpactDocument({
    size: PAGE.size,
    margins: PAGE.margins,
    bufferPages: true,
    pdfVersion: '1.7',
    tagged: true,
    lang: info.langue === 'fr' ? 'fr-FR' : 'en-GB',
    displayTitle: true,
    // No default font: pdfkit would load Helvetica's metrics for nothing.
    font: null as unknown as string,
    info: {
      Title: title,
      ...(info.author ? { Author: info.author } : {}),
      Subject: info.subject,
      Keywords: info.keywords.join(', '),
      Creator: 'impact',
      Producer: 'impact (pdfkit)',
      CreationDate: date,
      ModDate: date,
    },
  });
  useFaces(doc, input.theme.fonts);
  measureBoundsOnce(doc);
  const writeMetadata = doc.endMetadata.bind(doc);
  doc.endMetadata = () => {
    // The Info dictionary is already written by now; only the XMP copy needs escaping.
    for (const key of ['Title', 'Author', 'Subject', 'Keywords'] as const) {
      const value = doc.info[key];
      if (typeof value === 'string') doc.info[key] = xml(value);
    }
    writeMetadata();
  };
  return doc;
}

const fontOf = (run: Run, base: FontName = 'regular'): FontName => {
  if (run.bold && run.italic) return 'boldItalic';
  if (run.bold) return base === 'regular' ? 'semibold' : base;
  if (run.italic) return 'italic';
  return base;
};

/** The colour of the `index`th family, the palette's colours used again when there are more families. */
export const familyColour = (palette: Palette, index: number): string => palette.families[index % palette.families.length] ?? palette.brand;

export const fill = (template: string, values: Record<string, string | number>): string =>
  template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ''));

const QUOTE_INSET = 12;
/** Inside an annex table's cells, in points. */
const CELL_PADDING = { x: 5, y: 4 } as const;
/** The annex tables' first columns (criterion, points), in points; the last one takes the rest. */
const FIXED_COLUMNS = [130, 40] as const;

interface AnnexCell {
  readonly text: string;
  readonly type: 'TH' | 'TD';
  readonly font: { readonly src: string; readonly size: number };
  readonly textColor: string;
  readonly backgroundColor: string | undefined;
}

export class Typesetter {
  private readonly root: Struct;
  protected section: Struct;
  private colour: string;
  protected readonly palette: Palette;
  private outline: PDFKit.PDFOutline;
  private tables = 0;

  constructor(
    protected readonly doc: Doc,
    protected readonly input: PdfInput,
  ) {
    this.palette = input.theme.palette;
    this.colour = this.palette.brand;
    this.root = doc.struct('Document');
    doc.addStructure(this.root);
    this.section = this.root;
    this.outline = doc.outline;
  }

  protected get left(): number {
    return this.doc.page.margins.left;
  }
  protected get width(): number {
    return this.doc.page.width - this.doc.page.margins.left - this.doc.page.margins.right;
  }
  protected get bottom(): number {
    return this.doc.page.height - this.doc.page.margins.bottom;
  }

  /** Room for `height` more points on this page, or a new page. */
  protected ensure(height: number): void {
    if (this.doc.y + height > this.bottom) this.doc.addPage();
  }

  /** Decoration (bands, rules, bars) is not content: screen readers skip it. */
  protected artifact(draw: () => void): void {
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

  protected lineHeight(size: number = SIZE.body): number {
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

  /** A family's colour for the section (or the table column) whose heading is that family's title. */
  protected colourOf(heading: string): string | undefined {
    const index = this.input.document.familles.indexOf(heading);
    return index >= 0 ? familyColour(this.palette, index) : undefined;
  }

  render(blocks: readonly Block[]): void {
    blocks.forEach((block, i) => this.block(block, blocks[i - 1], blocks[i + 1]));
    if (this.section !== this.root) this.section.end();
    this.root.end();
  }

  private block(block: Block, previous: Block | undefined, next: Block | undefined): void {
    switch (block.kind) {
      case 'heading':
        if (block.level === 1) this.title(block.runs);
        else if (block.level === 2) this.heading2(block.runs, next);
        else this.heading3(block.runs, next);
        break;
      case 'paragraph':
        this.ensure(this.openingHeight(block));
        this.add('P', () => this.runs(block.runs, { size: SIZE.body, colour: this.palette.ink }));
        this.doc.moveDown(SIZE.paragraphGap / SIZE.body);
        break;
      case 'list':
        if (previous?.kind === 'heading' && previous.level === 1) this.titleList(block.items);
        else this.list(block.items);
        break;
      case 'quote':
        this.quote(block.runs);
        break;
      case 'table':
        this.tables += 1;
        this.table(block, this.tables);
        break;
    }
  }

  /** The cover's title, on a band of the brand colour, with the theme's logo at its right. */
  private title(runs: readonly Run[]): void {
    const { doc } = this;
    const padding = 22;
    const { logo } = this.input.theme;
    const logoBox = { width: 110, height: 64 };
    const textWidth = logo ? this.width - logoBox.width - 16 : this.width;
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

  /** The list right under the title: the site's details, "Commune : Mulhouse" lines. */
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

  /** How much of the block after a section's heading must fit under it, beyond the heading's own lines. */
  protected keptWithHeading(_next: Block | undefined): number {
    return 0;
  }

  private heading2(runs: readonly Run[], next: Block | undefined): void {
    const { doc } = this;
    const text = plainText(runs);
    const family = this.colourOf(text);
    // The cover holds the summary; every later section starts on a new page unless this one is
    // mostly free, so that a short section does not leave a page nearly empty.
    const onCover = this.tables === 0;
    const free = (this.bottom - doc.y) / (this.bottom - doc.page.margins.top);
    if (!onCover && free < 0.4) doc.addPage();
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
  private heading3(runs: readonly Run[], next: Block | undefined): void {
    const { doc } = this;
    const firstLines = next && next.kind !== 'heading' ? this.openingHeight(next) : 0;
    const own = this.heightOf(runs, SIZE.h3, this.width, 'semibold') + 12;
    doc.moveDown(0.5);
    this.ensure(own + firstLines);
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
  protected openingHeight(block: Block): number {
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

  /** The `index`th table (from 1): by default, as the report's annex draws its tables. */
  protected table(table: TableBlock, _index: number): void {
    this.annexTable(table);
  }

  /**
   * The annex's tables: a header row, then one row per criterion. A table that runs onto the next
   * page goes on as a second table there, under its header again (pdfkit's own tables do not
   * repeat it); a header never stays alone at the foot of a page.
   */
  protected annexTable(table: TableBlock): void {
    const { doc } = this;
    this.ensure(this.lineHeight() * 4);
    const cell = (runs: readonly Run[], header: boolean): AnnexCell => ({
      text: plainText(runs),
      type: header ? 'TH' : 'TD',
      font: { src: header ? this.input.theme.fonts.semibold : this.input.theme.fonts.regular, size: header ? SIZE.small + 0.5 : SIZE.small },
      textColor: header ? this.palette.onBrand : this.palette.ink,
      backgroundColor: header ? this.colour : undefined,
    });
    const header = table.header.map((c) => cell(c, true));
    const widths = [...FIXED_COLUMNS, this.width - FIXED_COLUMNS.reduce((sum, width) => sum + width, 0)];
    const headerHeight = this.rowHeight(header, widths);
    const pages: AnnexCell[][][] = [];
    let rows: AnnexCell[][] = [];
    let y = doc.y + headerHeight;
    for (const row of table.rows.map((cells) => cells.map((c) => cell(c, false)))) {
      const height = this.rowHeight(row, widths);
      // pdfkit moves a row that reaches the foot of the page to the next one.
      if (y + height >= this.bottom && (rows.length > 0 || pages.length === 0)) {
        pages.push(rows);
        rows = [];
        y = doc.page.margins.top + headerHeight;
      }
      rows.push(row);
      y += height;
    }
    pages.push(rows);
    pages.forEach((pageRows, i) => {
      if (i > 0) doc.addPage();
      if (pageRows.length === 0) return;
      const options = {
        structParent: this.section,
        columnStyles: [...FIXED_COLUMNS, '*'],
        defaultStyle: {
          border: { top: 0, left: 0, right: 0, bottom: 0.5 },
          borderColor: this.palette.rule,
          padding: { top: CELL_PADDING.y, bottom: CELL_PADDING.y, left: CELL_PADDING.x, right: CELL_PADDING.x },
        },
        data: [header, ...pageRows],
      };
      doc.table(options as unknown as PDFKit.Mixins.TableOptionsWithData);
    });
    doc.x = this.left;
    doc.moveDown(1);
  }

  /**
   * The height pdfkit's table gives a row of these cells: each cell's text measured as its
   * `measureCell` measures it (twice: the second time in the width found the first), plus the
   * padding. The document's font, size and position are left as they were.
   */
  private rowHeight(cells: readonly AnnexCell[], widths: readonly number[]): number {
    const { doc } = this;
    const state = doc as unknown as { _fontSource: string; _fontFamily: string; _fontSize: number };
    const saved = { src: state._fontSource, family: state._fontFamily, size: state._fontSize, x: doc.x, y: doc.y };
    const contentHeight = this.bottom - doc.page.margins.top;
    const height = Math.max(
      ...cells.map((cell, i) => {
        if (!cell.text) return CELL_PADDING.y * 2;
        doc.font(cell.font.src).fontSize(cell.font.size);
        const width = (widths[i] ?? 0) - CELL_PADDING.x * 2;
        const options = { align: 'left' as const, ellipsis: true, stroke: false, fill: true, width, height: contentHeight - CELL_PADDING.y * 2, rotation: 0 };
        const first = doc.boundsOfString(cell.text, 0, 0, options);
        return doc.boundsOfString(cell.text, 0, 0, { ...options, width: first.width, height: first.height }).height + CELL_PADDING.y * 2;
      }),
    );
    doc.font(saved.src, saved.family, saved.size);
    doc.x = saved.x;
    doc.y = saved.y;
    return height;
  }

  /** The running title (the site's name) above, "page X / Y" below, on every page: furniture, not content. */
  furniture(siteName: string): void {
    const { doc } = this;
    const range = doc.bufferedPageRange();
    for (let i = range.start; i < range.start + range.count; i += 1) {
      doc.switchToPage(i);
      const { margins } = doc.page;
      const savedBottom = margins.bottom;
      margins.bottom = 0;
      this.artifact(() => {
        doc.font('regular').fontSize(SIZE.small).fillColor(this.palette.muted);
        if (i > range.start) {
          doc.text(siteName, margins.left, 36, { width: this.width, lineBreak: false });
          doc.moveTo(margins.left, 50).lineTo(doc.page.width - margins.right, 50).lineWidth(0.5).strokeColor(this.palette.rule).stroke();
        }
        const label = fill(this.input.labels.page, { page: i - range.start + 1, pages: range.count });
        doc.text(label, margins.left, doc.page.height - 40, { width: this.width, align: 'right', lineBreak: false });
      });
      margins.bottom = savedBottom;
    }
  }
}

export type TypesetterFactory = (doc: Doc, input: PdfInput) => Typesetter;

/** The PDF of `input.markdown`, set by the typesetter `make` gives (the generic one by default). */
export async function renderPdf(input: PdfInput, make: TypesetterFactory = (doc, pdfInput) => new Typesetter(doc, pdfInput)): Promise<Buffer> {
  const blocks = readBlocks(input.markdown);
  const heading = blocks.find((b) => b.kind === 'heading' && b.level === 1);
  const title = heading && heading.kind === 'heading' ? plainText(heading.runs) : (input.document.running ?? '');
  const doc = createDocument(input, title);
  const ended = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });
  // Nothing comes through the stream (see ImpactDocument), but it must flow to end.
  doc.resume();
  const typesetter = make(doc, input);
  typesetter.render(blocks);
  typesetter.furniture(input.document.running ?? title);
  doc.end();
  await ended;
  return Buffer.concat(doc.bytes ?? []);
}
