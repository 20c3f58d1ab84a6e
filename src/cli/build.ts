/** `impact build`: each evaluation checked, scored and written as reports beside it (or in --out-dir). */
import { existsSync, realpathSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { NO_POSITION, error, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { Lang } from '../grid/types.js';
import { loadTheme } from '../load/theme.js';
import type { ReportModel } from '../model/model.js';
import type { Loaded } from '../load/load.js';
import { check, languageOf, modelOf } from '../pipeline.js';
import { forgetTemplates, renderMarkdown } from '../render/markdown.js';
import type { Theme } from '../render/pdf/theme.js';
import { TemplateError } from '../render/templates.js';
import { writeAtomic } from '../write/atomic.js';
import { reportDiagnostics, say } from './io.js';
import { watch } from './watch.js';

export const FORMATS = ['pdf', 'md', 'json'] as const;
export type Format = (typeof FORMATS)[number];

export interface BuildOptions {
  readonly format: readonly Format[];
  readonly outDir?: string;
  readonly lang?: Lang;
  readonly templates?: string;
  readonly theme?: string;
  readonly watch?: boolean;
}

/** How the reports look: custom templates and the PDF theme, as loaded for this build. */
interface Look {
  readonly templates?: string;
  readonly theme?: Theme;
}

type Rendered = string | Uint8Array;

/** Every format from the same model; the PDF typesets the Markdown, so the prose is written once. */
const RENDERERS: Record<Format, (model: ReportModel, markdown: () => string, look: Look) => Rendered | Promise<Rendered>> = {
  md: (_, markdown) => markdown(),
  json: (model) => `${JSON.stringify(model, null, 2)}\n`,
  pdf: async (model, markdown, look) => (await import('../render/pdf/index.js')).pdfReport(model, markdown(), look),
};

function outputPath(input: string, format: Format, outDir: string | undefined): string {
  const name = `${basename(input, extname(input))}.${format}`;
  return join(outDir ?? dirname(input), name);
}

const canonical = (path: string): string => (existsSync(path) ? realpathSync(path) : resolve(path));

/** Outputs that would overwrite an input, or that two inputs would both write. */
function conflicts(files: readonly string[], outputs: readonly (readonly string[])[]): Map<string, Diagnostic[]> {
  const inputs = new Set(files.map(canonical));
  const writer = new Map<string, string>();
  const found = new Map<string, Diagnostic[]>();
  const add = (file: string, d: Diagnostic) => found.set(file, [...(found.get(file) ?? []), d]);
  files.forEach((file, i) => {
    for (const output of outputs[i] ?? []) {
      const key = canonical(output);
      const other = writer.get(key);
      if (inputs.has(key)) add(file, error(file, NO_POSITION, 'output-is-input', { output }));
      else if (other !== undefined && other !== file) add(file, error(file, NO_POSITION, 'output-collision', { output, other }));
      writer.set(key, file);
    }
  });
  return found;
}

const templateDiagnostic = (e: TemplateError): Diagnostic =>
  error(e.file, { line: e.line, column: e.column }, 'template-error', { detail: e.detail }, { suggestion: e.suggestion });

interface Built {
  readonly diagnostics: readonly Diagnostic[];
  /** The language the file's messages are said in. */
  readonly lang: Lang;
}

/** The reports of one file, all rendered before any is written; warnings do not stop it. */
async function buildOne(file: string, outputs: readonly string[], options: BuildOptions, look: Look): Promise<Built> {
  const checked = await check(file);
  const lang = languageOf(checked, options.lang);
  return { diagnostics: checked.ok ? await writeReports(checked.loaded, outputs, options, look, lang) : checked.diagnostics, lang };
}

async function writeReports(loaded: Loaded, outputs: readonly string[], options: BuildOptions, look: Look, lang: Lang): Promise<Diagnostic[]> {
  const started = performance.now();
  const { file } = loaded;
  const model = modelOf(loaded, lang);
  let markdown: string | undefined;
  const markdownOnce = () => (markdown ??= renderMarkdown(model, look.templates));
  const pdf = options.format.includes('pdf') ? await import('../render/pdf/index.js') : undefined;
  const warnings = pdf ? pdf.missingGlyphs(loaded, look.theme?.fonts) : [];
  let contents: Rendered[];
  try {
    // Each format as a promise, so that one failing does not leave the others' failures unheard.
    contents = await Promise.all(options.format.map(async (format) => RENDERERS[format](model, markdownOnce, look)));
  } catch (e) {
    if (e instanceof TemplateError) return [...warnings, templateDiagnostic(e)];
    throw e;
  }
  for (const [i, output] of outputs.entries()) {
    try {
      await mkdir(dirname(output), { recursive: true });
      await writeAtomic(output, contents[i] ?? '');
    } catch (e) {
      return [...warnings, error(file, NO_POSITION, 'write-failed', { output, reason: (e as NodeJS.ErrnoException).code ?? String(e) })];
    }
  }
  const took = options.watch ? ` (${Math.round(performance.now() - started)} ms)` : '';
  say(`${file} → ${outputs.join(', ')}${took}`);
  return warnings;
}

async function loadLook(options: BuildOptions): Promise<Look | Diagnostic[]> {
  if (!options.theme) return { ...(options.templates ? { templates: options.templates } : {}) };
  const loaded = await loadTheme(options.theme);
  if (!loaded.ok) return loaded.diagnostics;
  return { ...(options.templates ? { templates: options.templates } : {}), theme: loaded.theme };
}

/** Builds `files`; the number of those that failed. */
async function buildFiles(files: readonly string[], options: BuildOptions, look: Look): Promise<number> {
  const outputs = files.map((file) => options.format.map((format) => outputPath(file, format, options.outDir)));
  const refused = conflicts(files, outputs);
  let failed = 0;
  for (const [i, file] of files.entries()) {
    const refusal = refused.get(file);
    const { diagnostics, lang } = refusal ? { diagnostics: refusal, lang: options.lang ?? 'fr' } : await buildOne(file, outputs[i] ?? [], options, look);
    if (diagnostics.some((d) => d.severity === 'error')) failed += 1;
    reportDiagnostics(diagnostics, lang);
  }
  return failed;
}

/** Loads the look, then builds; the whole batch fails when the look does. */
async function buildWithLook(files: readonly string[], options: BuildOptions): Promise<number> {
  const look = await loadLook(options);
  if (Array.isArray(look)) {
    reportDiagnostics(look, options.lang ?? 'fr');
    return files.length;
  }
  return buildFiles(files, options, look);
}

export async function build(files: readonly string[], options: BuildOptions): Promise<number> {
  const failed = await buildWithLook(files, options);
  if (!options.watch) return failed > 0 ? 1 : 0;
  return watch({
    inputs: files,
    look: [options.templates, options.theme].filter((path): path is string => path !== undefined),
    lang: options.lang ?? 'fr',
    rebuild: async (changed, lookChanged) => {
      if (lookChanged) forgetTemplates();
      await buildWithLook(lookChanged ? files : changed, options);
    },
  });
}
