/** The PDF report, loaded only when a PDF is asked for (pdfkit and the fonts are heavy). */
import { readFileSync } from 'node:fs';
import type { ReportModel } from '../../model/model.js';
import { templateSources } from '../templates.js';
import { documentDate } from './date.js';
import { DEFAULT_THEME, type Theme } from './theme.js';
import { renderPdf, type PdfLabels } from './typeset.js';

export { missingGlyphs } from './glyphs.js';

export interface Look {
  /** `--templates DIR`: templates and the PDF's words (pdf.json) overridden by name. */
  readonly templates?: string;
  readonly theme?: Theme;
}

export function pdfReport(model: ReportModel, markdown: string, look: Look = {}): Promise<Buffer> {
  const labelsFile = templateSources(model.langue, look.templates, '.json').get('pdf') as string;
  const labels = JSON.parse(readFileSync(labelsFile, 'utf8')) as PdfLabels;
  const theme = look.theme ?? DEFAULT_THEME;
  return renderPdf({ markdown, model, labels, theme, date: documentDate(model.lieu.date_evaluation) });
}
