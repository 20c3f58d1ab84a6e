/** One evaluation's model rendered in every format asked for: the reports' contents, not yet written. */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Lang } from '../grid/types.js';
import type { Loaded } from '../load/load.js';
import type { ReportModel } from '../model/model.js';
import { modelOf } from '../pipeline/stages.js';
import { renderMarkdown } from '../render/markdown.js';
import type { Look } from '../render/pdf/index.js';
import { TemplateError, templateDiagnostic } from '../render/template-errors.js';
import type { Rendered } from '../write/outputs.js';
import type { Format } from './formats.js';
import { baseFolder } from '../validate/files.js';

/** Every format from the same model; the PDF and the HTML are the Markdown's document, so the prose is written once. */
const RENDERERS: Record<Format, (model: ReportModel, markdown: () => string, look: Look) => Rendered | Promise<Rendered>> = {
  md: (_, markdown) => markdown(),
  json: (model) => `${JSON.stringify(model, null, 2)}\n`,
  pdf: async (model, markdown, look) => (await import('../render/pdf/index.js')).pdfReport(model, markdown(), look),
  html: async (model, markdown, look) => (await import('../render/html/index.js')).htmlReport(model, markdown(), look),
};

/** The contents in the order of `formats`, with the characters the PDF's fonts lack; or the template's error. */
export async function renderReports(
  loaded: Loaded,
  formats: readonly Format[],
  lang: Lang,
  look: Look,
): Promise<{ contents: Rendered[]; warnings: Diagnostic[] } | Diagnostic[]> {
  const model = modelOf(loaded, lang);
  let markdown: string | undefined;
  const markdownOnce = () => (markdown ??= renderMarkdown(model, look.templates));
  const pdf = formats.includes('pdf') ? await import('../render/pdf/index.js') : undefined;
  const warnings = pdf ? pdf.missingGlyphs(loaded, look.theme?.fonts) : [];
  try {
    // Each format as a promise, so that one failing does not leave the others' failures unheard.
    const withFolder = { ...look, folder: await baseFolder(loaded.file) };
    return { contents: await Promise.all(formats.map(async (format) => RENDERERS[format](model, markdownOnce, withFolder))), warnings };
  } catch (e) {
    if (e instanceof TemplateError) return [...warnings, templateDiagnostic(e)];
    throw e;
  }
}
