/** What the commands print, and in what colours. */
import { Chalk } from 'chalk';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { formatDiagnostics, NO_PAINT, type Paint } from '../diagnostics/format.js';
import type { Lang } from '../grid/types.js';

/** Colour only for a person at a terminal, and never when NO_COLOR is set. */
export function paintFor(stream: NodeJS.WriteStream, env: NodeJS.ProcessEnv = process.env): Paint {
  if (!stream.isTTY || 'NO_COLOR' in env || env.TERM === 'dumb') return NO_PAINT;
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
