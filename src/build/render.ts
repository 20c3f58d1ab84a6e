/** One evaluation's model rendered in every format asked for: the reports' contents, not yet written. */
import { realpathSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import type { FileLink } from '../document/markup.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Lang } from '../grid/types.js';
import type { Loaded } from '../load/load.js';
import type { ReportModel } from '../model/model.js';
import { modelOf } from '../pipeline/stages.js';
import { renderMarkdown } from '../render/markdown.js';
import type { Look } from '../render/pdf/index.js';
import { TemplateError, templateDiagnostic } from '../render/template-errors.js';
import { STDOUT, type Rendered } from '../write/outputs.js';
import type { Format } from './formats.js';
import { baseFolder } from '../validate/files.js';

/** Every format from the same model; the PDF and the HTML are the Markdown's document, so the prose is written once. */
const RENDERERS: Record<Format, (model: ReportModel, markdown: () => string, look: Look) => Rendered | Promise<Rendered>> = {
  md: (_, markdown) => markdown(),
  json: (model) => `${JSON.stringify(model, null, 2)}\n`,
  pdf: async (model, markdown, look) => (await import('../render/pdf/index.js')).pdfReport(model, markdown(), look),
  html: async (model, markdown, look) => (await import('../render/html/index.js')).htmlReport(model, markdown(), look),
};

/** A folder as its real path, the part that does not exist yet (an --out-dir made when writing) kept as written. */
function realFolder(folder: string): string {
  const absolute = resolve(folder);
  try {
    return realpathSync(absolute);
  } catch {
    const parent = dirname(absolute);
    return parent === absolute ? absolute : join(realFolder(parent), basename(absolute));
  }
}

/**
 * How the Markdown written to `output` finds a file the evaluation names, read from `folder`:
 * beside the evaluation, the path as written; elsewhere (--out-dir), the path from the Markdown's
 * folder. On standard output, as written: the evaluation came from standard input, its paths read
 * from the working folder, and the Markdown shows its image once saved there.
 */
function fileLink(folder: string, output: string | undefined): FileLink | undefined {
  if (output === undefined || output === STDOUT) return undefined;
  const markdownFolder = realFolder(dirname(output));
  if (markdownFolder === folder) return undefined;
  return (written) => relative(markdownFolder, resolve(folder, written)).split(sep).join('/');
}

/**
 * The contents in the order of `formats`, with the characters the PDF's fonts lack; or the
 * template's error. `markdownOutput`: where the Markdown goes, which its image's path is relative to.
 */
export async function renderReports(
  loaded: Loaded,
  formats: readonly Format[],
  lang: Lang,
  look: Look,
  markdownOutput?: string,
): Promise<{ contents: Rendered[]; warnings: Diagnostic[] } | Diagnostic[]> {
  const model = modelOf(loaded, lang);
  const folder = baseFolder(loaded.file);
  const link = fileLink(folder, markdownOutput);
  let markdown: string | undefined;
  const markdownOnce = () => (markdown ??= renderMarkdown(model, look.templates, link));
  const pdf = formats.includes('pdf') ? await import('../render/pdf/index.js') : undefined;
  const warnings = pdf ? pdf.missingGlyphs(loaded, look.theme?.fonts) : [];
  try {
    // Each format as a promise, so that one failing does not leave the others' failures unheard.
    const withFolder = { ...look, folder, ...(link ? { link } : {}) };
    return { contents: await Promise.all(formats.map(async (format) => RENDERERS[format](model, markdownOnce, withFolder))), warnings };
  } catch (e) {
    if (e instanceof TemplateError) return [...warnings, templateDiagnostic(e)];
    throw e;
  }
}
