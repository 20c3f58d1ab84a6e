/**
 * The PDF file itself: pdfkit's document with impact's fonts, metadata and byte buffer, and what
 * a document tells it about itself besides its blocks.
 */
import type { Block } from '../../document/document.js';
import type { DocumentInfo } from '../info.js';
import type { DocumentLabels } from '../labels.js';
import { ownGlyphsFace } from './faces.js';
import { breakLongWords } from './long-words.js';
import { measureBoundsOnce, rememberFace } from './measures.js';
import { addModifyDate, ARCHIVE_SUBSET, embedSource, type EmbeddedSource } from './archive.js';
import { beforeMetadata, BufferedDocument, openFace } from './pdfkit-internals.js';
import { shareShaping } from './shaping.js';
import type { Theme } from '../../theme/theme.js';
import { wordsOf } from '../../words/words.js';
import { PAGE } from './look.js';

/** The PDF's own words (src/words/<lang>/pdf.ts, a custom pdf.json over them). */
export type PdfLabels = DocumentLabels;

/** What a document says about itself besides its Markdown. */
export type PdfDocumentInfo = DocumentInfo;

export interface PdfInput {
  /** The document the templates wrote (src/document/). */
  readonly blocks: readonly Block[];
  readonly document: PdfDocumentInfo;
  readonly labels: PdfLabels;
  /** The document's date: never the clock, so that the same input gives the same bytes. */
  readonly date: Date;
  readonly theme: Theme;
  /** The evaluation to attach (`--embed-source`): never by default, its comments may hold the evaluators' private notes. */
  readonly source?: EmbeddedSource;
}

type Doc = PDFKit.PDFDocument;

/**
 * The theme's fonts by name and by file, all from the faces parsed once per process, laying words
 * out as the process has shaped them. pdfkit keeps a font under the key it was asked for, and gets
 * a table cell's font back by its file: cached under both, a font is never opened twice in a document.
 */
function useFaces(doc: Doc, fonts: Readonly<Record<string, string>>): void {
  for (const [name, path] of Object.entries(fonts)) {
    doc.registerFont(name, path);
    const opened = openFace(doc, ownGlyphsFace(path), [name, path]);
    shareShaping(opened, path);
    rememberFace(opened, path);
  }
  doc.font('regular');
}

/** XMP metadata interpolates the info strings into XML as they are: escape them there only. */
const xml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function createDocument(input: PdfInput, title: string): BufferedDocument {
  const { document: info, date } = input;
  const doc = new BufferedDocument({
    size: PAGE.size,
    margins: PAGE.margins,
    bufferPages: true,
    pdfVersion: '1.7',
    tagged: true,
    subset: ARCHIVE_SUBSET,
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
  if (input.source) embedSource(doc, input.source, date, input.labels.source);
  beforeMetadata(doc, () => {
    addModifyDate(doc, date);
    // The Info dictionary is already written by now; only the XMP copy needs escaping.
    for (const key of ['Title', 'Author', 'Subject', 'Keywords'] as const) {
      const value = doc.info[key];
      if (typeof value === 'string') doc.info[key] = xml(value);
    }
  });
  return doc;
}

