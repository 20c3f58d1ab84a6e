/** What the commands print, and in what colours. */
import { Chalk } from 'chalk';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { formatDiagnostics, NO_PAINT, type Paint } from '../diagnostics/format.js';
import type { Lang } from '../grid/types.js';
import { jsonReporter, textReporter, type Reporter, type ReporterName } from '../batch/report.js';

/**
 * Whether to colour: never with NO_COLOR set and not empty (no-color.org), always with
 * FORCE_COLOR set to anything but '' , 0 or false (as chalk and Node read it), else only for a
 * person at a terminal that shows colours.
 */
export function colours(stream: { readonly isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.NO_COLOR) return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '') return !['0', 'false'].includes(env.FORCE_COLOR);
  return Boolean(stream.isTTY) && env.TERM !== 'dumb';
}

export function paintFor(stream: { readonly isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): Paint {
  if (!colours(stream, env)) return NO_PAINT;
  const chalk = new Chalk({ level: 1 });
  return { error: chalk.red.bold, warning: chalk.yellow.bold, dim: chalk.dim, bold: chalk.bold };
}

export function reportDiagnostics(diagnostics: readonly Diagnostic[], lang: Lang): void {
  if (diagnostics.length === 0) return;
  process.stderr.write(formatDiagnostics(diagnostics, lang, paintFor(process.stderr)));
}

export function say(line: string): void {
  process.stdout.write(`${line}\n`);
}

export interface ReporterOptions {
  readonly reporter?: ReporterName;
  readonly lang?: Lang;
  readonly quiet?: boolean;
  /** Each file's time, for watch mode. */
  readonly timings?: boolean;
  /** Standard output carries a report: what the text reporter would print there goes to stderr. */
  readonly stdoutTaken?: boolean;
}

/** The reporter `--reporter` names, on this process's streams; build and validate share it. */
export function reporterFor(options: ReporterOptions): Reporter {
  const err = (text: string) => void process.stderr.write(text);
  const terminal = {
    out: options.stdoutTaken ? err : (text: string) => void process.stdout.write(text),
    err,
    interactive: Boolean(process.stderr.isTTY) && !process.env.CI,
    paint: paintFor(process.stderr),
  };
  if (options.reporter === 'json') return jsonReporter(terminal);
  return textReporter(terminal, { lang: options.lang ?? 'fr', quiet: options.quiet ?? false, timings: options.timings ?? false });
}
