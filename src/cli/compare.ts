/**
 * `impact compare`: two evaluations of one site, and what changed from the first to the second,
 * as Markdown and PDF. Both files go through the stages a report goes through (check, score,
 * model); the errors of both are printed before anything stops, and two files that are not of
 * one site (src/compare/match.ts) are refused unless `--force`.
 */
import { basename, dirname, extname, join } from 'node:path';
import { themeForFormats } from '../build/themes.js';
import { buildComparison, type ComparisonModel } from '../compare/model.js';
import { matching } from '../compare/match.js';
import { NO_POSITION, error, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { Lang } from '../grid/types.js';
import { locate } from '../load/locate.js';
import type { Loaded } from '../load/load.js';
import { check, languageOf, modelOf, type Checked } from '../pipeline/stages.js';
import { renderDocument } from '../render/markdown.js';
import { TemplateError, templateDiagnostic } from '../render/template-errors.js';
import type { Theme } from '../theme/theme.js';
import { overwritesInput, writeOutputs, type Rendered } from '../write/outputs.js';
import { reportDiagnostics, say } from './io.js';
import type { CompareFormat, CompareOptions } from './compare-command.js';

/** What the outputs are called: after the second evaluation, beside it or in `--out-dir`. */
export const OUTPUT_SUFFIX = '-comparaison';

export function comparisonPaths(after: string, formats: readonly CompareFormat[], outDir?: string): string[] {
  const stem = basename(after, extname(after)) + OUTPUT_SUFFIX;
  return formats.map((format) => join(outDir ?? dirname(after), `${stem}.${format}`));
}

/** Two files of different sites, said of the second at its identifier (or its name). */
function differentSites(before: Loaded, after: Loaded, why: 'identifiant' | 'nom_commune'): Diagnostic {
  const where = why === 'identifiant' ? ['lieu', 'identifiant'] : ['lieu', 'nom'];
  return error(after.file, locate(after, where), 'compare-different-sites', { before: before.file, after: after.file, why }, { path: where.join('.') });
}

/** The comparison in every format asked for, in their order; or its template's error. */
async function rendered(
  model: ComparisonModel,
  files: readonly Loaded[],
  formats: readonly CompareFormat[],
  options: CompareOptions,
  theme: Theme | undefined,
): Promise<{ contents: Rendered[] } | { error: Diagnostic }> {
  try {
    const markdown = renderDocument('comparaison', model, options.templates);
    const look = { ...(options.templates ? { templates: options.templates } : {}), ...(theme ? { theme } : {}) };
    const writers: Record<CompareFormat, () => Promise<Rendered>> = {
      md: async () => markdown,
      html: async () => (await import('../render/html/index.js')).htmlComparison(model, markdown, look),
      pdf: async () => {
        const pdf = await import('../render/pdf/index.js');
        reportDiagnostics(files.flatMap((loaded) => pdf.missingGlyphs(loaded, theme?.fonts)), model.langue);
        return pdf.pdfComparison(model, markdown, look);
      },
    };
    return { contents: await Promise.all(formats.map((format) => writers[format]())) };
  } catch (e) {
    if (!(e instanceof TemplateError)) throw e;
    return { error: templateDiagnostic(e) };
  }
}

export async function compare(beforeFile: string, afterFile: string, options: CompareOptions): Promise<number> {
  const checked: Checked[] = await Promise.all([check(beforeFile), check(afterFile)]);
  for (const file of checked) reportDiagnostics(file.ok ? file.warnings : file.diagnostics, languageOf(file, options.lang));
  const [before, after] = checked;
  if (!before?.ok || !after?.ok) return 1;
  const lang: Lang = languageOf(after, options.lang);

  const models = [modelOf(before.loaded, lang), modelOf(after.loaded, lang)] as const;
  const matched = matching(models[0].lieu, models[1].lieu);
  if (matched === 'different' && !options.force) {
    const why = models[0].lieu.identifiant && models[1].lieu.identifiant ? 'identifiant' : 'nom_commune';
    reportDiagnostics([differentSites(before.loaded, after.loaded, why)], lang);
    return 1;
  }
  const model = buildComparison(models[0], models[1], matched === 'different' ? 'forcee' : matched);

  const theme = await themeForFormats(options.theme, options.format);
  if (Array.isArray(theme)) {
    reportDiagnostics(theme, lang);
    return 1;
  }
  const outputs = comparisonPaths(afterFile, options.format, options.outDir);
  const overwritten = outputs.filter(overwritesInput([beforeFile, afterFile]));
  if (overwritten.length > 0) {
    reportDiagnostics(overwritten.map((output) => error(output, NO_POSITION, 'compare-output-is-input', { output })), lang);
    return 1;
  }
  const result = await rendered(model, [before.loaded, after.loaded], options.format, options, theme);
  if ('error' in result) {
    reportDiagnostics([result.error], lang);
    return 1;
  }
  const failed = await writeOutputs(outputs, result.contents);
  if (failed) {
    reportDiagnostics([failed], lang);
    return 1;
  }
  say(outputs.join(', '));
  return 0;
}
