/**
 * One evaluation's reports: checked, rendered in every format asked for, then written — or, for
 * `--check`, compared with the files already there. Runs in the main thread or in a worker.
 */
import { readFile, mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { NO_POSITION, error, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { Lang } from '../grid/types.js';
import type { Loaded } from '../load/load.js';
import { loadTheme } from '../theme/read.js';
import type { ReportModel } from '../model/model.js';
import { check, languageOf, modelOf } from '../pipeline/stages.js';
import { renderMarkdown } from '../render/markdown.js';
import { processCache } from '../runtime/caches.js';
import type { Look } from '../render/pdf/index.js';
import type { Theme } from '../theme/theme.js';
import { TemplateError, templateDiagnostic } from '../render/template-errors.js';
import { writeAtomic } from '../write/atomic.js';

export { FORMATS, STDOUT, type Format } from './formats.js';
import { STDOUT, type Format } from './formats.js';

export interface Job {
  readonly file: string;
  /** One path per format, in the order of `formats`. */
  readonly outputs: readonly string[];
  readonly formats: readonly Format[];
  readonly lang?: Lang;
  readonly templates?: string;
  readonly theme?: string;
  /** Compare with the reports on disk instead of writing them. */
  readonly check?: boolean;
}

export type Staleness = 'missing' | 'outdated';

export interface JobResult {
  readonly file: string;
  readonly lang: Lang;
  /** built: written; valid: checked only (validate); current / stale: compared (--check); failed: see the diagnostics. */
  readonly status: 'built' | 'valid' | 'current' | 'stale' | 'failed';
  readonly outputs: readonly string[];
  readonly stale: readonly { readonly output: string; readonly why: Staleness }[];
  readonly diagnostics: readonly Diagnostic[];
  readonly ms: number;
}

type Rendered = string | Uint8Array;

const writeStdout = (content: Rendered): Promise<void> =>
  new Promise((resolve, reject) => process.stdout.write(content, (e) => (e ? reject(e) : resolve())));

/** Every format from the same model; the PDF typesets the Markdown, so the prose is written once. */
const RENDERERS: Record<Format, (model: ReportModel, markdown: () => string, look: Look) => Rendered | Promise<Rendered>> = {
  md: (_, markdown) => markdown(),
  json: (model) => `${JSON.stringify(model, null, 2)}\n`,
  pdf: async (model, markdown, look) => (await import('../render/pdf/index.js')).pdfReport(model, markdown(), look),
};

const themes = processCache<string, Promise<Theme | Diagnostic[]>>('themes');

/** The theme, read once per process; its errors when it is broken. */
export function themeFor(path: string): Promise<Theme | Diagnostic[]> {
  let theme = themes.get(path);
  if (!theme) {
    theme = loadTheme(path).then((result) => (result.ok ? result.theme : result.diagnostics));
    themes.set(path, theme);
  }
  return theme;
}


async function render(loaded: Loaded, job: Job, lang: Lang, look: Look): Promise<{ contents: Rendered[]; warnings: Diagnostic[] } | Diagnostic[]> {
  const model = modelOf(loaded, lang);
  let markdown: string | undefined;
  const markdownOnce = () => (markdown ??= renderMarkdown(model, look.templates));
  const pdf = job.formats.includes('pdf') ? await import('../render/pdf/index.js') : undefined;
  const warnings = pdf ? pdf.missingGlyphs(loaded, look.theme?.fonts) : [];
  try {
    // Each format as a promise, so that one failing does not leave the others' failures unheard.
    return { contents: await Promise.all(job.formats.map(async (format) => RENDERERS[format](model, markdownOnce, look))), warnings };
  } catch (e) {
    if (e instanceof TemplateError) return [...warnings, templateDiagnostic(e)];
    throw e;
  }
}

async function staleness(path: string, content: Rendered): Promise<Staleness | undefined> {
  let current: Buffer;
  try {
    current = await readFile(path);
  } catch {
    return 'missing';
  }
  return current.equals(typeof content === 'string' ? Buffer.from(content) : content) ? undefined : 'outdated';
}

export async function runJob(job: Job): Promise<JobResult> {
  const started = performance.now();
  const done = (result: Omit<JobResult, 'file' | 'ms' | 'outputs'>): JobResult => ({
    file: job.file,
    outputs: job.outputs,
    ms: Math.round(performance.now() - started),
    ...result,
  });
  const checked = await check(job.file);
  const lang = languageOf(checked, job.lang);
  if (!checked.ok) return done({ lang, status: 'failed', stale: [], diagnostics: checked.diagnostics });

  const theme = job.theme ? await themeFor(job.theme) : undefined;
  if (Array.isArray(theme)) return done({ lang, status: 'failed', stale: [], diagnostics: theme });
  const rendered = await render(checked.loaded, job, lang, { ...(job.templates ? { templates: job.templates } : {}), ...(theme ? { theme } : {}) });
  if (Array.isArray(rendered)) return done({ lang, status: 'failed', stale: [], diagnostics: rendered });
  const warnings = [...checked.warnings, ...rendered.warnings];
  const { contents } = rendered;

  if (job.check) {
    const stale = [];
    for (const [i, output] of job.outputs.entries()) {
      const why = await staleness(output, contents[i] ?? '');
      if (why) stale.push({ output, why });
    }
    return done({ lang, status: stale.length > 0 ? 'stale' : 'current', stale, diagnostics: warnings });
  }
  for (const [i, output] of job.outputs.entries()) {
    try {
      if (output === STDOUT) {
        await writeStdout(contents[i] ?? '');
        continue;
      }
      await mkdir(dirname(output), { recursive: true });
      await writeAtomic(output, contents[i] ?? '');
    } catch (e) {
      const reason = (e as NodeJS.ErrnoException).code ?? String(e);
      return done({ lang, status: 'failed', stale: [], diagnostics: [...warnings, error(job.file, NO_POSITION, 'write-failed', { output, reason })] });
    }
  }
  return done({ lang, status: 'built', stale: [], diagnostics: warnings });
}
