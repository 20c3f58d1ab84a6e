/** The PDF documents, loaded only when a PDF is asked for (pdfkit and the fonts are heavy). */
import { plainText } from '../../document/document.js';
import type { FileLink } from '../../document/markup.js';
import type { ReportModel } from '../../model/model.js';
import type { PortfolioModel } from '../../portfolio/model.js';
import type { ComparisonModel } from '../../compare/model.js';
import { labelsFor } from '../labels.js';
import { documentOf } from '../markdown.js';
import { MAIN_TEMPLATE } from '../templates.js';
import type { EmbeddedSource } from './archive.js';
import { documentDate } from './date.js';
import { drawFurniture } from './furniture.js';
import { createDocument, type PdfInput } from './pdfdoc.js';
import { comparisonInfo, portfolioInfo, reportInfo } from '../info.js';
import { PortfolioTypesetter, portfolioDate } from './portfolio.js';
import { ReportTypesetter } from './report.js';
import { DEFAULT_THEME, type Theme } from '../../theme/theme.js';
import { Typesetter } from './typeset.js';

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
  return doc.output();
}

/** A site's report: `markdown` is the one `renderMarkdown(model, look.templates)` wrote, typeset from the document behind it. */
export function pdfReport(model: ReportModel, markdown: string, look: Look = {}): Promise<Buffer> {
  const labels = labelsFor(model.langue, look.templates);
  const theme = look.theme ?? DEFAULT_THEME;
  const blocks = documentOf(MAIN_TEMPLATE, model, markdown, look.templates, look.link);
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
  const blocks = documentOf('portefeuille', model, markdown, look.templates, look.link);
  const input = { blocks, document: portfolioInfo(model, labels), labels, theme, date: documentDate(portfolioDate(model)) };
  return renderPdf(input, (doc, pdfInput) => new PortfolioTypesetter(doc, pdfInput, model));
}

/**
 * Two evaluations of a site compared (`impact compare`): `markdown` is the one
 * `renderDocument('comparaison', model, look.templates)` wrote, set by the generic typesetter
 * (the site's details under the title, each family in its colour); dated by the second evaluation.
 */
export function pdfComparison(model: ComparisonModel, markdown: string, look: Look = {}): Promise<Buffer> {
  const labels = labelsFor(model.langue, look.templates);
  const theme = look.theme ?? DEFAULT_THEME;
  const blocks = documentOf('comparaison', model, markdown, look.templates, look.link);
  return renderPdf({ blocks, document: comparisonInfo(model, labels), labels, theme, date: documentDate(model.apres.date_iso) }, (doc, pdfInput) => new Typesetter(doc, pdfInput));
}
