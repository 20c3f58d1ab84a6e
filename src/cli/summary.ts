/**
 * `impact summary`: one portfolio comparing many sites — their families' intensities, a heat map
 * of every criterion, totals, what was not evaluated — as Markdown, PDF and CSV. An invalid file
 * never stops the others: it is listed in the portfolio, its errors printed, and the exit code is 1.
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { scan } from '../batch/inputs.js';
import { themeForFormats } from '../build/themes.js';
import { NO_POSITION, error, type Diagnostic } from '../diagnostics/diagnostic.js';
import { loadFile, type Loaded } from '../load/load.js';
import type { Lang } from '../grid/types.js';
import { check, languageOf, modelOf } from '../pipeline/stages.js';
import { buildPortfolio, type InvalidFile, type PortfolioModel, type ValidSite } from '../portfolio/model.js';
import { portfolioCsv } from '../portfolio/csv.js';
import { renderDocument } from '../render/markdown.js';
import { sourceDay } from '../render/pdf/date.js';
import type { Theme } from '../theme/theme.js';
import { TemplateError, templateDiagnostic } from '../render/template-errors.js';
import { hasAnswer } from '../grid/answers.js';
import { overwritesInput, writeOutputs, type Rendered } from '../write/outputs.js';
import { reportDiagnostics, say } from './io.js';
import { defaultSeparator } from '../portfolio/separator.js';
import { DEFAULT_NAME, SUMMARY_FORMATS, type SummaryFormat, type SummaryOptions } from './summary-command.js';


/**
 * Where each format goes: `-o out/portefeuille` (or `out/portefeuille.pdf`: a format's extension
 * is dropped, never read as a choice of format) gives `out/portefeuille.<ext>`; `-o` naming a folder
 * gives `<folder>/portefeuille.<ext>`.
 */
export function outputPaths(output: string | undefined, formats: readonly SummaryFormat[]): string[] {
  let base = output ?? DEFAULT_NAME;
  if (/[\\/]$/.test(base) || (existsSync(base) && statSync(base).isDirectory())) base = join(base, DEFAULT_NAME);
  base = base.replace(new RegExp(`\\.(${SUMMARY_FORMATS.join('|')})$`, 'i'), '');
  return formats.map((format) => `${base}.${format}`);
}

/** The PDF's words and theme, loaded only when a PDF is asked for. */
async function pdfOf(model: PortfolioModel, markdown: string, options: SummaryOptions, theme: Theme | undefined): Promise<Uint8Array> {
  const { pdfPortfolio } = await import('../render/pdf/index.js');
  return pdfPortfolio(model, markdown, { ...(options.templates ? { templates: options.templates } : {}), ...(theme ? { theme } : {}) });
}

/** The HTML page, its writer loaded only when a page is asked for. */
async function htmlOf(model: PortfolioModel, markdown: string, options: SummaryOptions, theme: Theme | undefined): Promise<string> {
  const { htmlPortfolio } = await import('../render/html/index.js');
  return htmlPortfolio(model, markdown, { ...(options.templates ? { templates: options.templates } : {}), ...(theme ? { theme } : {}) });
}

/** Characters the PDF's fonts lack in what the portfolio prints of each site (its name, town, period). */
async function glyphWarnings(sites: readonly Loaded[], theme: Theme | undefined): Promise<Diagnostic[]> {
  const { missingGlyphs } = await import('../render/pdf/index.js');
  return sites.flatMap((loaded) => {
    const lieu = (loaded.data.lieu ?? {}) as Record<string, unknown>;
    const printed = Object.fromEntries(['nom', 'commune', 'periode'].filter((key) => key in lieu).map((key) => [key, lieu[key]]));
    return missingGlyphs({ ...loaded, data: { lieu: printed } }, theme?.fonts);
  });
}

/**
 * How the portfolio names an invalid file to its reader, who is not told paths: by its site's
 * name when the file can be read as YAML and its `lieu.nom` is not itself what is wrong. The
 * file is read again: only invalid files are, and `check` keeps nothing of them but diagnostics.
 */
async function nameOf(file: string, diagnostics: readonly Diagnostic[]): Promise<{ nom?: string; lisible: boolean }> {
  const read = await loadFile(file);
  if (!read.ok) return { lisible: false };
  const { lieu } = read.loaded.data;
  const nom = lieu !== null && typeof lieu === 'object' && !Array.isArray(lieu) ? (lieu as Record<string, unknown>).nom : undefined;
  const wrong = diagnostics.some((d) => d.severity === 'error' && d.path === 'lieu.nom');
  return typeof nom === 'string' && hasAnswer(nom) && !wrong ? { nom: nom.trim(), lisible: true } : { lisible: true };
}

export interface ReadSites {
  readonly valid: ValidSite[];
  readonly invalid: InvalidFile[];
  /** The valid files as loaded, in the same order as `valid`. */
  readonly loaded: Loaded[];
}

/**
 * Every file checked, in order: the valid ones modelled in `lang`, the others with their
 * diagnostics; what each says (errors, or a valid file's warnings) handed to `onDiagnostics`,
 * with the language of its messages, as it is found.
 */
export async function readSites(
  files: readonly string[],
  lang: Lang,
  requested?: Lang,
  onDiagnostics?: (diagnostics: readonly Diagnostic[], lang: Lang) => void,
): Promise<ReadSites> {
  const read: ReadSites = { valid: [], invalid: [], loaded: [] };
  for (const file of files) {
    const checked = await check(file);
    if (checked.ok) {
      if (checked.warnings.length > 0) onDiagnostics?.(checked.warnings, languageOf(checked, requested));
      read.valid.push({ fichier: file, model: modelOf(checked.loaded, lang) });
      read.loaded.push(checked.loaded);
    } else {
      read.invalid.push({ fichier: file, diagnostics: checked.diagnostics, ...(await nameOf(file, checked.diagnostics)) });
      onDiagnostics?.(checked.diagnostics, languageOf(checked, requested));
    }
  }
  return read;
}

export async function summary(args: readonly string[], options: SummaryOptions): Promise<number> {
  const lang: Lang = options.lang ?? 'fr';
  const theme = await themeForFormats(options.theme, options.format);
  if (Array.isArray(theme)) {
    reportDiagnostics(theme, lang);
    return 1;
  }

  const { inputs, empty } = scan(args);
  reportDiagnostics(empty, lang);
  // A portfolio of nothing is not written.
  if (inputs.length === 0) return 1;
  const outputs = outputPaths(options.output, options.format);
  const overwritten = outputs.filter(overwritesInput(inputs.map((input) => input.file)));
  if (overwritten.length > 0) {
    reportDiagnostics(overwritten.map((output) => error(output, NO_POSITION, 'summary-output-is-input', { output })), lang);
    return 1;
  }

  const { valid, invalid, loaded } = await readSites(inputs.map((input) => input.file), lang, options.lang, reportDiagnostics);
  const model = buildPortfolio(valid, invalid, lang, sourceDay());

  let contents: Rendered[];
  try {
    const markdown = renderDocument('portefeuille', model, options.templates);
    if (options.format.includes('pdf')) reportDiagnostics(await glyphWarnings(loaded, theme), lang);
    contents = await Promise.all(
      options.format.map((format) => {
        if (format === 'md') return markdown;
        if (format === 'csv') return portfolioCsv(model, options.csvSeparator ?? defaultSeparator(lang));
        if (format === 'html') return htmlOf(model, markdown, options, theme);
        return pdfOf(model, markdown, options, theme);
      }),
    );
  } catch (e) {
    if (!(e instanceof TemplateError)) throw e;
    reportDiagnostics([templateDiagnostic(e)], lang);
    return 1;
  }

  const failed = await writeOutputs(outputs, contents);
  if (failed) {
    reportDiagnostics([failed], lang);
    return 1;
  }
  say(outputs.join(', '));
  return invalid.length > 0 || empty.length > 0 ? 1 : 0;
}
