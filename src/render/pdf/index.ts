/** The PDF documents, loaded only when a PDF is asked for (pdfkit and the fonts are heavy). */
import { plainText, type Block } from '../../document/document.js';
import { withoutRoles, type FileLink } from '../../document/markup.js';
import { readDocument } from '../../document/read.js';
import type { Lang } from '../../grid/types.js';
import type { ReportModel } from '../../model/model.js';
import type { PortfolioModel } from '../../portfolio/model.js';
import { renderMarked } from '../markdown.js';
import { templateSources } from '../template-files.js';
import { MAIN_TEMPLATE, type MainTemplate } from '../templates.js';
import type { EmbeddedSource } from './archive.js';
import { documentDate } from './date.js';
import { drawFurniture } from './furniture.js';
import { createDocument, type PdfInput, type PdfLabels } from './pdfdoc.js';
import { PortfolioTypesetter, portfolioDate, portfolioInfo } from './portfolio.js';
import { ReportTypesetter, reportInfo } from './report.js';
import { DEFAULT_THEME, type Theme } from '../../theme/theme.js';
import type { Typesetter } from './typeset.js';
import { wordsOf } from '../../words/words.js';
import { readWordsFile } from '../words-file.js';

export { missingGlyphs } from './glyphs.js';

export interface Look {
  /** `--templates DIR`: templates and the PDF's words (pdf.json) overridden by name. */
  readonly templates?: string;
  readonly theme?: Theme;
  /** The folder the evaluation's relative paths (its image) are read from. */
  readonly folder?: string;
  /** How the Markdown of the same build finds the evaluation's files, so that the PDF checks it says the same. */
  readonly link?: FileLink;
  /** The evaluation a report carries (`--embed-source`). */
  readonly source?: EmbeddedSource;
}

/** The PDF's words: the catalogue's (src/words/<lang>/pdf.ts), each key overridden by a custom pdf.json's. */
function labelsFor(lang: Lang, templates: string | undefined): PdfLabels {
  const builtIn = wordsOf(lang).pdf;
  const file = templateSources(lang, templates, '.json').get('pdf');
  return { ...builtIn, ...(file ? readWordsFile(file, Object.keys(builtIn)) : {}) };
}

type TypesetterFactory = (doc: PDFKit.PDFDocument, input: PdfInput) => Typesetter;

/** The PDF of `input.blocks`, set by the typesetter `make` gives. */
async function renderPdf(input: PdfInput, make: TypesetterFactory): Promise<Buffer> {
  const { blocks } = input;
  const heading = blocks.find((b) => b.kind === 'heading' && b.level === 1);
  const title = heading && heading.kind === 'heading' ? plainText(heading.runs) : (input.document.running ?? '');
  const doc = createDocument(input, title);
  const ended = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });
  // Nothing comes through the stream (see BufferedDocument, pdfkit-internals.ts), but it must flow to end.
  doc.resume();
  const typesetter = make(doc, input);
  typesetter.render(blocks);
  drawFurniture(typesetter, input.document.running ?? title, input.labels.page);
  doc.end();
  await ended;
  return Buffer.concat(doc.bytes ?? []);
}

/**
 * The document `main` the templates write from `model`, checked to be the one whose Markdown the
 * caller has: the PDF and the Markdown of a build say the same.
 */
function documentOf(main: MainTemplate, model: { readonly langue: Lang }, markdown: string, look: Look): Block[] {
  const marked = renderMarked(main, model, look.templates);
  if (withoutRoles(marked, look.link) !== markdown) throw new Error(`impact bug: the PDF of ${main} was asked for Markdown its templates did not write`);
  return readDocument(marked);
}

/** A site's report: `markdown` is the one `renderMarkdown(model, look.templates)` wrote, typeset from the document behind it. */
export function pdfReport(model: ReportModel, markdown: string, look: Look = {}): Promise<Buffer> {
  const labels = labelsFor(model.langue, look.templates);
  const theme = look.theme ?? DEFAULT_THEME;
  const blocks = documentOf(MAIN_TEMPLATE, model, markdown, look);
  const input = {
    blocks,
    document: reportInfo(model, labels.sujet),
    labels,
    theme,
    date: documentDate(model.lieu.date_evaluation),
    ...(look.source ? { source: look.source } : {}),
  };
  return renderPdf(input, (doc, pdfInput) => new ReportTypesetter(doc, pdfInput, model, look.folder));
}

/** The portfolio: `markdown` is the one `renderDocument('portefeuille', model, look.templates)` wrote. */
export function pdfPortfolio(model: PortfolioModel, markdown: string, look: Look = {}): Promise<Buffer> {
  const labels = labelsFor(model.langue, look.templates);
  const theme = look.theme ?? DEFAULT_THEME;
  const blocks = documentOf('portefeuille', model, markdown, look);
  const input = { blocks, document: portfolioInfo(model, labels), labels, theme, date: documentDate(portfolioDate(model)) };
  return renderPdf(input, (doc, pdfInput) => new PortfolioTypesetter(doc, pdfInput, model));
}
