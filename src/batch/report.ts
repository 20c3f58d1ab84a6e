/**
 * What a batch says while it runs and when it ends: lines for people (with a progress bar on a
 * terminal), nothing but errors with --quiet, one JSON document for machines.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { formatDiagnostics, type Paint } from '../diagnostics/format.js';
import { message } from '../diagnostics/messages.js';
import type { Lang } from '../grid/types.js';
import { formatNumber } from '../text/prose.js';
import type { JobResult } from './job.js';

export const REPORTERS = ['text', 'json'] as const;
export type ReporterName = (typeof REPORTERS)[number];

export interface Reporter {
  start(total: number): void;
  result(result: JobResult): void;
  end(results: readonly JobResult[], ms: number): void;
}

export interface Terminal {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  /** Whether stderr is a terminal a progress bar can be redrawn on. */
  readonly interactive: boolean;
  readonly paint: Paint;
}

const WORDS = {
  fr: {
    missing: 'absent',
    outdated: 'périmé',
    summary: (n: number, parts: string[], seconds: string) => `${n} évaluation${n > 1 ? 's' : ''}\u00A0: ${parts.join(', ')} (${seconds}\u00A0s)`,
    built: (n: number) => `${n} construite${n > 1 ? 's' : ''}`,
    current: (n: number) => `${n} à jour`,
    stale: (n: number) => `${n} à reconstruire`,
    failed: (n: number) => `${n} en échec`,
    emptyFolders: (n: number) => `${n} dossier${n > 1 ? 's' : ''} sans évaluation`,
    none: 'aucune évaluation à traiter',
  },
  en: {
    missing: 'missing',
    outdated: 'out of date',
    summary: (n: number, parts: string[], seconds: string) => `${n} evaluation${n === 1 ? '' : 's'}: ${parts.join(', ')} (${seconds} s)`,
    built: (n: number) => `${n} built`,
    current: (n: number) => `${n} up to date`,
    stale: (n: number) => `${n} to rebuild`,
    failed: (n: number) => `${n} failed`,
    emptyFolders: (n: number) => `${n} folder${n === 1 ? '' : 's'} without evaluations`,
    none: 'no evaluation to process',
  },
} as const;

const count = (results: readonly JobResult[], status: JobResult['status']) => results.filter((r) => r.status === status).length;

export function textReporter(terminal: Terminal, options: { lang: Lang; quiet?: boolean; timings?: boolean }): Reporter {
  const words = WORDS[options.lang];
  let total = 0;
  let done = 0;
  let failed = 0;
  let bar = false;
  const clearBar = () => {
    if (bar) terminal.err('\r\u001b[K');
    bar = false;
  };
  const drawBar = () => {
    if (!terminal.interactive || options.quiet || total < 2) return;
    const width = 28;
    const filled = Math.round((width * done) / total);
    const failures = failed > 0 ? ` · ${words.failed(failed)}` : '';
    terminal.err(`\r\u001b[K▕${'█'.repeat(filled)}${'░'.repeat(width - filled)}▏ ${done}/${total}${failures}`);
    bar = true;
  };
  const diagnostics = (list: readonly Diagnostic[], lang: Lang) => {
    const shown = options.quiet ? list.filter((d) => d.severity === 'error') : list;
    if (shown.length === 0) return;
    terminal.err(formatDiagnostics(shown, lang, terminal.paint));
  };

  return {
    start(n) {
      total = n;
      drawBar();
    },
    result(r) {
      done += 1;
      if (r.status === 'failed') failed += 1;
      clearBar();
      const took = options.timings ? ` (${r.ms} ms)` : '';
      if (!options.quiet && r.status === 'built') terminal.out(`${r.file} → ${r.outputs.join(', ')}${took}\n`);
      for (const { output, why } of r.stale) terminal.out(`${output}${options.lang === 'fr' ? '\u00A0:' : ':'} ${words[why]} (${r.file})\n`);
      diagnostics(r.diagnostics, r.lang);
      drawBar();
    },
    end(results, ms) {
      clearBar();
      if (options.quiet) return;
      if (results.length === 0) {
        terminal.err(`${words.none}\n`);
        return;
      }
      // A folder without evaluations is an input that failed, not an evaluation.
      const folders = results.filter((r) => r.diagnostics.some((d) => d.code === 'no-evaluation')).length;
      const evaluations = results.filter((r) => !r.diagnostics.some((d) => d.code === 'no-evaluation'));
      if (evaluations.length + folders < 2) return;
      const parts = [
        ...(count(evaluations, 'built') ? [words.built(count(evaluations, 'built'))] : []),
        ...(count(evaluations, 'current') ? [words.current(count(evaluations, 'current'))] : []),
        ...(count(evaluations, 'stale') ? [words.stale(count(evaluations, 'stale'))] : []),
        ...(count(evaluations, 'failed') ? [words.failed(count(evaluations, 'failed'))] : []),
        ...(folders ? [words.emptyFolders(folders)] : []),
      ];
      const seconds = formatNumber(Math.round(ms / 100) / 10, options.lang);
      terminal.err(`${terminal.paint.bold(words.summary(evaluations.length, parts, seconds))}\n`);
    },
  };
}

/** One JSON document on stdout when the batch ends; diagnostics with their message in each file's language. */
export function jsonReporter(terminal: Terminal): Reporter {
  return {
    start() {},
    result() {},
    end(results, ms) {
      const statuses = ['built', 'current', 'stale', 'failed'] as const;
      const document = {
        summary: { total: results.length, ...Object.fromEntries(statuses.map((s) => [s, count(results, s)])), ms: Math.round(ms) },
        files: results.map((r) => ({
          file: r.file,
          status: r.status,
          outputs: r.outputs,
          stale: r.stale,
          ms: r.ms,
          diagnostics: r.diagnostics.map((d) => ({ ...d, message: message(d, r.lang) })),
        })),
      };
      terminal.out(`${JSON.stringify(document, null, 2)}\n`);
    },
  };
}
