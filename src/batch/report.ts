/**
 * What a batch says while it runs and when it ends: lines for people (with a progress bar on a
 * terminal), nothing but errors with --quiet, one JSON document for machines.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { formatCount, formatDiagnostic, shownFile, shownPath, type Paint } from '../diagnostics/format.js';
import { message } from '../diagnostics/messages.js';
import type { Lang } from '../grid/types.js';
import { wordsOf } from '../words/words.js';
import { formatNumber } from '../words/prose.js';
import { STDOUT } from '../write/outputs.js';
import type { FileOutcome } from '../build/outcome.js';

export const REPORTERS = ['text', 'json'] as const;
export type ReporterName = (typeof REPORTERS)[number];

export interface Reporter {
  start(total: number): void;
  result(result: FileOutcome): void;
  end(results: readonly FileOutcome[], ms: number): void;
}

export interface Terminal {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  /** Whether stderr is a terminal a progress bar can be redrawn on. */
  readonly interactive: boolean;
  readonly paint: Paint;
}

/** An input refused before it was run (a folder without evaluations, an output in conflict): failed, in no time. */
export const refusedInput = (file: string, lang: Lang, diagnostics: readonly Diagnostic[], outputs: readonly string[] = []): FileOutcome => ({
  file,
  lang,
  status: 'failed',
  outputs,
  stale: [],
  diagnostics,
  ms: 0,
});

const STATUSES = ['built', 'up-to-date', 'valid', 'current', 'stale', 'failed'] as const satisfies readonly FileOutcome['status'][];

const count = (results: readonly FileOutcome[], status: FileOutcome['status']) => results.filter((r) => r.status === status).length;

const isEmptyFolder = (r: FileOutcome): boolean => r.diagnostics.some((d) => d.code === 'no-evaluation');

/**
 * The lines that end a run: the count of its diagnostics for one evaluation; for several, what
 * became of them and their diagnostics, then the files that failed.
 */
function closingLines(results: readonly FileOutcome[], lang: Lang, ms: number): string[] {
  const { cli, typography } = wordsOf(lang);
  const words = cli.batch;
  // A folder without evaluations is an input that failed, not an evaluation: counted as a folder.
  const folders = results.filter(isEmptyFolder).length;
  const evaluations = results.filter((r) => !isEmptyFolder(r));
  if (results.length < 2) {
    const diagnostics = results.flatMap((r) => r.diagnostics);
    return diagnostics.length > 0 ? [`${formatCount(diagnostics, lang)}.`] : [];
  }
  const diagnostics = evaluations.flatMap((r) => r.diagnostics);
  const diagnosticCount = diagnostics.length > 0 ? formatCount(diagnostics, lang) : undefined;
  const parts = [...STATUSES.flatMap((status) => (count(evaluations, status) ? [words[status](count(evaluations, status))] : [])), ...(folders ? [words.emptyFolders(folders)] : [])];
  const seconds = formatNumber(ms / 1000, lang, { min: 1, max: 1 });
  const tail = `${diagnosticCount ? `${typography.semicolon} ${diagnosticCount}` : ''} (${seconds}\u00A0s)`;
  const failed = results.filter((r) => r.status === 'failed').map((r) => shownPath(r.file, lang));
  return [`${words.summary(evaluations.length, parts)}${tail}`, ...(failed.length > 0 ? [words.failedFiles(failed)] : [])];
}

export function textReporter(terminal: Terminal, options: { lang: Lang; quiet?: boolean; timings?: boolean }): Reporter {
  const { cli, typography } = wordsOf(options.lang);
  const words = cli.batch;
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
    // A bug in impact comes with its stack, for the report the message asks for.
    const lines = (d: Diagnostic) => [formatDiagnostic(d, lang, terminal.paint), ...(d.code === 'build-crashed' ? [String(d.params.trace)] : [])];
    terminal.err(`${shown.flatMap(lines).join('\n')}\n`);
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
      const file = shownPath(r.file, options.lang);
      const took = options.timings ? ` (${r.ms} ms)` : '';
      const outputs = r.outputs.map((o) => (o === STDOUT ? words.stdout : shownPath(o, options.lang)));
      if (!options.quiet && r.status === 'built') terminal.out(`${file} → ${outputs.join(', ')}${took}\n`);
      if (!options.quiet && r.status === 'valid') terminal.out(`${words.isValid(file)}\n`);
      if (!options.quiet && r.status === 'up-to-date') terminal.out(`${words.isUpToDate(file)}\n`);
      for (const { output, why } of r.stale) terminal.out(`${shownPath(output, options.lang)}${typography.colon} ${words[why]} (${file})\n`);
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
      const [first, ...rest] = closingLines(results, options.lang, ms);
      if (first !== undefined) terminal.err(`${[terminal.paint.bold(first), ...rest].join('\n')}\n`);
    },
  };
}

/** One JSON document on stdout when the batch ends; diagnostics with their message in each file's language. */
export function jsonReporter(terminal: Terminal): Reporter {
  return {
    start() {},
    result() {},
    end(results, ms) {
      const document = {
        summary: { total: results.length, ...Object.fromEntries(STATUSES.map((s) => [s, count(results, s)])), ms: Math.round(ms) },
        files: results.map((r) => ({
          file: shownFile(r.file, 'en'),
          status: r.status,
          outputs: r.outputs,
          stale: r.stale,
          ms: r.ms,
          diagnostics: r.diagnostics.map((d) => ({ ...d, file: shownFile(d.file, 'en'), message: message(d, r.lang) })),
        })),
      };
      terminal.out(`${JSON.stringify(document, null, 2)}\n`);
    },
  };
}
