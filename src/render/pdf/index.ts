/** The PDF report, loaded only when a PDF is asked for (pdfkit and the fonts are heavy). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ReportModel } from '../../model/model.js';
import { TEMPLATES_DIR } from '../../paths.js';
import { documentDate } from './date.js';
import { renderPdf, type PdfLabels } from './typeset.js';

export { missingGlyphs } from './glyphs.js';

export function pdfReport(model: ReportModel, markdown: string): Promise<Buffer> {
  const labels = JSON.parse(readFileSync(join(TEMPLATES_DIR, model.langue, 'pdf.json'), 'utf8')) as PdfLabels;
  return renderPdf({ markdown, model, labels, date: documentDate(model.lieu.date_evaluation) });
}
