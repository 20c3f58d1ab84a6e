/** The PDF documents, loaded only when a PDF is asked for (pdfkit and the fonts are heavy). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Lang } from '../../grid/types.js';
import type { ReportModel } from '../../model/model.js';
import type { PortfolioModel } from '../../portfolio/model.js';
import { TEMPLATES_DIR } from '../../paths.js';
import { templateSources } from '../templates.js';
import { documentDate } from './date.js';
import { forgetFaces } from './faces.js';
import { forgetCoverage } from './glyphs.js';
import { forgetMeasurements } from './measures.js';
import { forgetShapedWords } from './shaping.js';
import { PortfolioTypesetter, portfolioDate, portfolioInfo } from './portfolio.js';
import { ReportTypesetter, reportInfo } from './report.js';
import { DEFAULT_THEME, type Theme } from './theme.js';
import { renderPdf, type PdfLabels } from './typeset.js';

export { missingGlyphs } from './glyphs.js';

/**
 * Everything kept per font file, forgotten: the faces, their shaped words, the measurements made
 * with them and the characters they have. For watch mode, after a theme or its fonts changed.
 */
export function forgetFonts(): void {
  forgetFaces();
  forgetShapedWords();
  forgetMeasurements();
  forgetCoverage();
}

export interface Look {
  /** `--templates DIR`: templates and the PDF's words (pdf.json) overridden by name. */
  readonly templates?: string;
  readonly theme?: Theme;
}

/** The PDF's words: the built-in pdf.json, each key overridden by a custom pdf.json's. */
function labelsFor(lang: Lang, templates: string | undefined): PdfLabels {
  const read = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Partial<PdfLabels>;
  const builtIn = read(join(TEMPLATES_DIR, lang, 'pdf.json'));
  const file = templateSources(lang, templates, '.json').get('pdf');
  return { ...builtIn, ...(file ? read(file) : {}) } as PdfLabels;
}

export function pdfReport(model: ReportModel, markdown: string, look: Look = {}): Promise<Buffer> {
  const labels = labelsFor(model.langue, look.templates);
  const theme = look.theme ?? DEFAULT_THEME;
  const input = { markdown, document: reportInfo(model, labels.sujet), labels, theme, date: documentDate(model.lieu.date_evaluation) };
  return renderPdf(input, (doc, pdfInput) => new ReportTypesetter(doc, pdfInput, model));
}

export function pdfPortfolio(model: PortfolioModel, markdown: string, look: Look = {}): Promise<Buffer> {
  const labels = labelsFor(model.langue, look.templates);
  const theme = look.theme ?? DEFAULT_THEME;
  const input = { markdown, document: portfolioInfo(model, labels), labels, theme, date: documentDate(portfolioDate(model)) };
  return renderPdf(input, (doc, pdfInput) => new PortfolioTypesetter(doc, pdfInput, model));
}
