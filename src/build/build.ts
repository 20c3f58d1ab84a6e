/**
 * The build of one evaluation: checked, rendered in every format asked for, then written — or, for
 * `--check`, compared with the files already there. Runs in the main thread or in a batch's worker.
 */
import type { Lang } from '../grid/types.js';
import { check, languageOf } from '../pipeline/stages.js';
import { compareOutputs, writeOutputs } from '../write/outputs.js';
import type { Format } from './formats.js';
import type { FileOutcome } from './outcome.js';
import { renderReports } from './render.js';
import { sourceOf } from '../render/pdf/archive.js';
import { themeFor } from './themes.js';
import { hashedFiles, writtenOutputs } from './incremental.js';
import { namedFiles } from '../validate/files.js';
import { sha256 } from '../write/manifest.js';

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
  /** Attach the evaluation to its PDF (`--embed-source`). */
  readonly embedSource?: boolean;
  /**
   * The folder of the manifest the build is recorded in (src/build/incremental.ts): the outcome
   * then says what was read and written. None for standard input, which is never incremental.
   */
  readonly manifest?: string;
}

export async function buildFile(job: Job): Promise<FileOutcome> {
  const started = performance.now();
  const done = (outcome: Omit<FileOutcome, 'file' | 'ms' | 'outputs'>): FileOutcome => ({
    file: job.file,
    outputs: job.outputs,
    ms: Math.round(performance.now() - started),
    ...outcome,
  });
  const checked = await check(job.file);
  const lang = languageOf(checked, job.lang);
  if (!checked.ok) return done({ lang, status: 'failed', stale: [], diagnostics: checked.diagnostics });

  const theme = job.theme ? await themeFor(job.theme) : undefined;
  if (Array.isArray(theme)) return done({ lang, status: 'failed', stale: [], diagnostics: theme });
  const look = {
    ...(job.templates ? { templates: job.templates } : {}),
    ...(theme ? { theme } : {}),
    ...(job.embedSource ? { source: sourceOf(job.file, checked.loaded.bytes) } : {}),
  };
  // Hashed before rendering: a file changed while the reports are made is seen changed next time.
  const files = job.manifest === undefined ? undefined : hashedFiles(await namedFiles(checked.loaded));
  const rendered = await renderReports(checked.loaded, job.formats, lang, look, job.outputs[job.formats.indexOf('md')]);
  if (Array.isArray(rendered)) return done({ lang, status: 'failed', stale: [], diagnostics: rendered });
  const warnings = [...checked.warnings, ...rendered.warnings];

  if (job.check) {
    const stale = await compareOutputs(job.outputs, rendered.contents);
    return done({ lang, status: stale.length > 0 ? 'stale' : 'current', stale, diagnostics: warnings });
  }
  const failed = await writeOutputs(job.outputs, rendered.contents, job.file);
  if (failed) return done({ lang, status: 'failed', stale: [], diagnostics: [...warnings, failed] });
  const written = files && { input: sha256(checked.loaded.bytes), files, outputs: writtenOutputs(job.outputs, rendered.contents) };
  return done({ lang, status: 'built', stale: [], diagnostics: warnings, ...(written ? { written } : {}) });
}
