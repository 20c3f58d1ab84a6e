/**
 * The PDF file itself: pdfkit's document with impact's fonts, metadata and byte buffer, and what
 * a document tells it about itself besides its blocks.
 */
import PDFDocument from 'pdfkit';
import type { Block } from '../../document/document.js';
import type { Lang } from '../../grid/types.js';
import { ownGlyphsFace } from './faces.js';
import { breakLongWords } from './long-words.js';
import { measureBoundsOnce, rememberFace } from './measures.js';
import { shareShaping } from './shaping.js';
import { wordsOf } from '../../words/words.js';
import { PAGE, type Theme } from './theme.js';

/** The PDF's own words (src/words/<lang>/pdf.ts, a custom pdf.json over them): `{page}`-style placeholders filled in. */
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
  /** The families' ids in report order: the `n`th takes the palette's `n`th colour. */
  readonly familles: readonly string[];
}

export interface PdfInput {
  /** The document the templates wrote (src/document/). */
  readonly blocks: readonly Block[];
  readonly document: PdfDocumentInfo;
  readonly labels: PdfLabels;
  /** The document's date: never the clock, so that the same input gives the same bytes. */
  readonly date: Date;
  readonly theme: Theme;
}

type Doc = PDFKit.PDFDocument;

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

export function createDocument(input: PdfInput, title: string): ImpactDocument {
  const { document: info, date } = input;
  const doc = new ImpactDocument({
    size: PAGE.size,
    margins: PAGE.margins,
    bufferPages: true,
    pdfVersion: '1.7',
    tagged: true,
    lang: wordsOf(info.langue).typography.locale,
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
  breakLongWords(doc);
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

