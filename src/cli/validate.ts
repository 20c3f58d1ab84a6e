/** `impact validate`: every error of every file and what is left unanswered; nothing written. */
import type { Lang } from '../grid/types.js';
import { scan } from '../batch/inputs.js';
import type { FileOutcome } from '../build/outcome.js';
import { refusedInput, type ReporterName } from '../batch/report.js';
import { check, completeness, languageOf } from '../pipeline/stages.js';
import { reporterFor } from './io.js';

export interface ValidateOptions {
  readonly lang?: Lang;
  readonly strict?: boolean;
  readonly reporter?: ReporterName;
  readonly quiet?: boolean;
}

async function validateOne(file: string, options: ValidateOptions): Promise<FileOutcome> {
  const started = performance.now();
  const checked = await check(file);
  const diagnostics = checked.ok ? [...checked.warnings, ...completeness(checked.loaded, options.strict ? 'error' : 'warning')] : checked.diagnostics;
  const failed = diagnostics.some((d) => d.severity === 'error');
  const ms = Math.round(performance.now() - started);
  return { file, lang: languageOf(checked, options.lang), status: failed ? 'failed' : 'valid', outputs: [], stale: [], diagnostics, ms };
}

export async function validateFiles(args: readonly string[], options: ValidateOptions): Promise<number> {
  const { inputs, empty } = scan(args);
  const reporter = reporterFor(options);
  const started = performance.now();
  reporter.start(inputs.length + empty.length);
  const results: FileOutcome[] = empty.map((d) => refusedInput(d.file, options.lang ?? 'fr', [d]));
  results.forEach((r) => reporter.result(r));
  for (const { file } of inputs) {
    const result = await validateOne(file, options);
    results.push(result);
    reporter.result(result);
  }
  reporter.end(results, performance.now() - started);
  return results.some((r) => r.status === 'failed') ? 1 : 0;
}
