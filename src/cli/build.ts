/**
 * `impact build`: every evaluation named (files, or folders searched for *.yaml and *.yml)
 * checked, scored and written as reports — on several threads, optionally one shard of many,
 * or only compared with the reports already there (`--check`).
 */
import { availableParallelism } from 'node:os';
import { dirname } from 'node:path';
import { STDIN, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { Lang } from '../grid/types.js';
import { inShard, reportPath, scan, type Input, type Shard } from '../batch/inputs.js';
import { runJobs } from '../batch/pool.js';
import { refusedInput, type ReporterName } from '../batch/report.js';
import type { Job } from '../build/build.js';
import type { Format } from '../build/formats.js';
import { plan, record } from '../build/incremental.js';
import { impactDigest, lookHash, themeFiles } from '../build/look.js';
import type { FileOutcome } from '../build/outcome.js';
import { themeFor } from '../build/themes.js';
import { forgetCaches } from '../runtime/caches.js';
import type { Theme } from '../theme/theme.js';
import { STDOUT, conflicts } from '../write/outputs.js';
import { EXIT } from './exit.js';
import { reportDiagnostics, reporterFor } from './io.js';
import { wordsOf } from '../words/words.js';
import { watch } from './watch.js';

export interface BuildOptions {
  readonly format: readonly Format[];
  readonly outDir?: string;
  readonly lang?: Lang;
  readonly templates?: string;
  readonly theme?: string;
  readonly watch?: boolean;
  readonly jobs?: number;
  readonly check?: boolean;
  readonly shard?: Shard;
  readonly reporter?: ReporterName;
  readonly quiet?: boolean;
  readonly embedSource?: boolean;
  /** Build every report, up to date or not. */
  readonly force?: boolean;
}

function jobsFor(inputs: readonly Input[], options: BuildOptions): Job[] {
  return inputs.map((input) => ({
    file: input.file,
    formats: options.format,
    outputs: input.file === STDIN ? [STDOUT] : options.format.map((format) => reportPath(input, format, options.outDir)),
    ...(options.lang ? { lang: options.lang } : {}),
    ...(options.templates ? { templates: options.templates } : {}),
    ...(options.theme ? { theme: options.theme } : {}),
    ...(options.check ? { check: true } : {}),
    ...(options.embedSource ? { embedSource: true } : {}),
    // One manifest per output folder: the --out-dir, or each evaluation's own folder where its reports sit.
    ...(input.file === STDIN ? {} : { manifest: options.outDir ?? dirname(input.file) }),
  }));
}

/** The look the reports of this run are made with (src/build/look.ts): read again at each run of --watch. */
async function lookOf(options: BuildOptions, theme: Theme | undefined): Promise<string> {
  return lookHash({
    formats: options.format,
    ...(options.lang ? { lang: options.lang } : {}),
    ...(options.templates ? { templates: options.templates } : {}),
    ...(options.theme && theme ? { theme: { file: options.theme, theme } } : {}),
    ...(options.embedSource ? { embedSource: true } : {}),
    impact: await impactDigest(),
  });
}

function reportInterruption(left: number, lang: Lang): void {
  process.stderr.write(`${wordsOf(lang).cli.batch.interrupted(left)}\n`);
}

/**
 * The batch's exit: 70 when building a file met a bug in impact (the other files were still
 * built), 1 when a report failed or, with --check, is missing or out of date.
 */
function exitOf(outcomes: readonly FileOutcome[]): number {
  if (outcomes.some((o) => o.diagnostics.some((d) => d.code === 'build-crashed'))) return EXIT.bug;
  return outcomes.some((o) => o.status === 'failed' || o.status === 'stale') ? EXIT.invalid : EXIT.ok;
}

async function run(inputs: readonly Input[], options: BuildOptions, workers: number, problems: readonly Diagnostic[] = []): Promise<number> {
  const theme = options.theme ? await themeFor(options.theme) : undefined;
  if (Array.isArray(theme)) {
    reportDiagnostics(theme, options.lang ?? 'fr');
    return 1;
  }
  const jobs = jobsFor(inputs, options);
  // Standard input's report goes to standard output: it overwrites no file.
  const refused = conflicts(jobs.filter((job) => job.file !== STDIN));
  const piped = jobs.some((job) => job.file === STDIN);
  const reporter = reporterFor({ ...options, timings: options.watch ?? false, stdoutTaken: piped });
  const started = performance.now();
  reporter.start(jobs.length);
  const lang = options.lang ?? 'fr';
  const refusals: FileOutcome[] = [
    ...problems.map((d) => refusedInput(d.file, lang, [d])),
    ...jobs.filter((job) => refused.has(job.file)).map((job) => refusedInput(job.file, lang, refused.get(job.file) ?? [], job.outputs)),
  ];
  refusals.forEach((r) => reporter.result(r));
  const runnable = jobs.filter((job) => !refused.has(job.file));
  // Decided here, before any worker starts: when every report is up to date, none is started.
  const files = runnable.filter((job) => job.file !== STDIN);
  const look = files.length > 0 ? await lookOf(options, theme) : '';
  const decided = await plan(files, look, options);
  decided.fresh.forEach((r) => reporter.result(r));
  // Standard input is this thread's: its job is run here, before the others.
  const fromStdin = await runJobs(runnable.filter((job) => job.file === STDIN), 1, (r) => reporter.result(r));
  const fromFiles = fromStdin.interrupted ? { outcomes: [], interrupted: true } : await runJobs(decided.jobs, workers, (r) => reporter.result(r));
  if (!options.check) await record(decided.jobs, fromFiles.outcomes, look, decided.refreshed);
  const outcomes = [...fromStdin.outcomes, ...decided.fresh, ...fromFiles.outcomes];
  const interrupted = fromFiles.interrupted;
  const order = new Map(inputs.map((input, i) => [input.file, i]));
  const all = [...refusals, ...outcomes.filter((o) => o !== undefined)].sort((a, b) => (order.get(a.file) ?? 0) - (order.get(b.file) ?? 0));
  reporter.end(all, performance.now() - started);
  if (interrupted) {
    reportInterruption(jobs.length - all.length, options.lang ?? 'fr');
    return EXIT.interrupted;
  }
  return exitOf(all);
}

/**
 * What makes `-` ambiguous: its report goes to standard output, which holds one file and
 * nothing else, and has no name to give under --out-dir or to compare with --check.
 */
function stdinConflict(options: BuildOptions): string | undefined {
  const words = wordsOf(options.lang ?? 'fr').cli.stdinConflicts;
  if (options.format.length !== 1) return words.formats(options.format.join(','));
  if (options.outDir !== undefined) return words.outDir;
  if (options.check) return words.check;
  if (options.watch) return words.watch;
  if (options.reporter === 'json') return words.json;
  if (options.format[0] === 'pdf' && process.stdout.isTTY) return words.terminal;
  return undefined;
}

/** `--embed-source` attaches the evaluation to the PDF: without one, it has nowhere to go. */
const sourceConflict = (options: BuildOptions): string | undefined =>
  options.embedSource && !options.format.includes('pdf') ? wordsOf(options.lang ?? 'fr').cli.usage.embedSourceWithoutPdf(options.format.join(',')) : undefined;

export async function build(args: readonly string[], options: BuildOptions): Promise<number> {
  const conflict = sourceConflict(options) ?? (args.includes(STDIN) ? stdinConflict(options) : undefined);
  if (conflict) {
    process.stderr.write(`${wordsOf(options.lang ?? 'fr').cli.usage.error(conflict)}\n`);
    return EXIT.usage;
  }
  const found = scan(args);
  const inputs = found.inputs.filter((input) => !options.shard || inShard(input.file, options.shard));
  const exitCode = await run(inputs, options, options.jobs ?? availableParallelism(), found.empty);
  if (!options.watch) return exitCode;
  return watch({
    inputs: inputs.map((input) => input.file),
    look: [options.templates, options.theme].filter((path): path is string => path !== undefined),
    themeFiles: () => watchedThemeFiles(options.theme),
    lang: options.lang ?? 'fr',
    forgetLook: async () => forgetCaches(),
    rebuild: async (changed, lookChanged) => {
      await run(lookChanged ? inputs : inputs.filter((input) => changed.includes(input.file)), options, 1);
    },
  });
}

/** The font and logo files a theme names, to be watched with it. */
async function watchedThemeFiles(file: string | undefined): Promise<string[]> {
  const theme = file ? await themeFor(file) : undefined;
  return !theme || Array.isArray(theme) ? [] : themeFiles(theme);
}
