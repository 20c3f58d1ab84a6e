/** `impact build`: each evaluation checked, scored and written as reports beside it (or in --out-dir). */
import { existsSync, realpathSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { NO_POSITION, error, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { Lang } from '../grid/types.js';
import type { ReportModel } from '../model/model.js';
import { check, modelOf, reportLanguage } from '../pipeline.js';
import { renderMarkdown } from '../render/markdown.js';
import { writeAtomic } from '../write/atomic.js';
import { reportDiagnostics, say } from './io.js';

export const FORMATS = ['pdf', 'md', 'json'] as const;
export type Format = (typeof FORMATS)[number];

export interface BuildOptions {
  readonly format: readonly Format[];
  readonly outDir?: string;
  readonly lang?: Lang;
}

type Rendered = string | Uint8Array;

/** Every format from the same model; the PDF typesets the Markdown, so the prose is written once. */
const RENDERERS: Record<Format, (model: ReportModel, markdown: () => string) => Rendered | Promise<Rendered>> = {
  md: (_, markdown) => markdown(),
  json: (model) => `${JSON.stringify(model, null, 2)}\n`,
  pdf: async (model, markdown) => (await import('../render/pdf/index.js')).pdfReport(model, markdown()),
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

/** The reports of one file, all rendered before any is written; warnings do not stop it. */
async function buildOne(file: string, outputs: readonly string[], options: BuildOptions): Promise<Diagnostic[]> {
  const checked = await check(file);
  if (!checked.ok) return checked.diagnostics;
  const model = modelOf(checked.loaded, reportLanguage(checked.loaded, options.lang));
  let markdown: string | undefined;
  const markdownOnce = () => (markdown ??= renderMarkdown(model));
  const warnings = options.format.includes('pdf') ? (await import('../render/pdf/index.js')).missingGlyphs(checked.loaded) : [];
  const contents = await Promise.all(options.format.map((format) => RENDERERS[format](model, markdownOnce)));
  for (const [i, output] of outputs.entries()) {
    try {
      await mkdir(dirname(output), { recursive: true });
      await writeAtomic(output, contents[i] ?? '');
    } catch (e) {
      return [...warnings, error(file, NO_POSITION, 'write-failed', { output, reason: (e as NodeJS.ErrnoException).code ?? String(e) })];
    }
  }
  say(`${file} → ${outputs.join(', ')}`);
  return warnings;
}

export async function build(files: readonly string[], options: BuildOptions): Promise<number> {
  const outputs = files.map((file) => options.format.map((format) => outputPath(file, format, options.outDir)));
  const refused = conflicts(files, outputs);
  let failed = 0;
  for (const [i, file] of files.entries()) {
    const diagnostics = refused.get(file) ?? (await buildOne(file, outputs[i] ?? [], options));
    if (diagnostics.some((d) => d.severity === 'error')) failed += 1;
    reportDiagnostics(diagnostics, options.lang ?? 'fr');
  }
  return failed > 0 ? 1 : 0;
}
