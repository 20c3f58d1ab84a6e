/** What the command line says in English: usage errors, batches, watching, `impact score`. */
import type { Words } from '../catalogue.js';
import { count } from '../plural.js';

const meant = (suggestion?: string): string => (suggestion ? `; did you mean “${suggestion}”?` : '');
const evaluations = (n: number): string => count('en', n, { one: 'evaluation', other: 'evaluations' });

export const cli: Words['cli'] = {
  usage: {
    unknownFormat: (item: string, allowed: string, near?: string) => `“${item}” is not a known format (${allowed})${meant(near)}`,
    noFormat: (allowed: string) => `give at least one format (${allowed})`,
    notPositive: (value: string) => `“${value}” is not a positive whole number`,
    notShard: (value: string) => `“${value}” is not a part i/n with 1 ≤ i ≤ n, for example 2/4`,
    notFolder: () => `“-” is not a folder: --out-dir names the folder to write to; for standard output, read the evaluation from standard input (impact build - --format pdf < site.yaml > site.pdf)`,
    unknownOption: (flag: string, near?: string) => `unknown option “${flag}”${meant(near)}`,
    unknownCommand: (name: string, near?: string) => `unknown command “${name}”${meant(near)}`,
    missingArgument: (name: string) => `missing argument “${name}”`,
    missingValue: (flags: string) => `the option “${flags}” needs a value`,
    tooManyArguments: (command: string | undefined, expected: number, got: number) =>
      `too many arguments${command ? ` for “${command}”` : ''} (expected ${expected}, got ${got})`,
    notAChoice: (value: string, flags: string, choices: string, near?: string) =>
      `“${value}” is not a value of the option “${flags}” (possible values: ${choices})${meant(near)}`,
    invalidValue: (flags: string, why: string) => `option “${flags}”: ${why}`,
    embedSourceWithoutPdf: (asked: string) => `--embed-source attaches the evaluation to the PDF, which is not asked for (--format ${asked}); add pdf to the formats`,
    error: (message: string) => `error: ${message}`,
  },
  stdinConflicts: {
    formats: (asked: string) =>
      `“-” (standard input): its report is written to standard output, which holds only one; choose one format with --format (pdf, md or json), not ${asked}`,
    outDir:
      '“-” (standard input): its report is written to standard output, --out-dir has no name to give it; redirect the output: impact build - --format pdf > site.pdf',
    check: '“-” (standard input): --check has no report to compare with; build a named file',
    watch: '“-” (standard input): --watch has no file to watch; name the file',
    json: '“-” (standard input): its report and --reporter json would both write to standard output; keep the text reporter',
    terminal: '“-” (standard input): a PDF is not written to a terminal; redirect the output: impact build - --format pdf > site.pdf',
  },
  batch: {
    missing: 'missing',
    outdated: 'out of date',
    summary: (n, parts) => `${evaluations(n)}: ${parts.join(', ')}`,
    built: (n) => `${n} built`,
    valid: (n) => `${n} valid`,
    current: (n) => `${n} up to date`,
    'up-to-date': (n) => `${n} already up to date`,
    stale: (n) => `${n} to rebuild`,
    failed: (n) => `${n} failed`,
    emptyFolders: (n) => `${count('en', n, { one: 'folder', other: 'folders' })} without evaluations`,
    isValid: (file) => `${file}: valid`,
    isUpToDate: (file) => `${file}: already up to date`,
    failedFiles: (files) => `Failed: ${files.join(', ')}`,
    none: 'no evaluation to process',
    stdout: '<stdout>',
    interrupted: (left) => `Interrupted: the finished reports are in place; ${evaluations(left)} not processed.`,
  },
  watch: {
    watching: (names) => `Watching ${names} (Ctrl-C to stop)…`,
    changed: (names) => `Changed: ${names}`,
    stopped: 'Stopped watching.',
    gone: (folder) => `Folder deleted: ${folder}; watching will resume when it comes back.`,
    back: (folder) => `Folder back: ${folder}; watching again.`,
  },
  internalError: 'impact: internal error — this is a bug in impact, please report it.',
  zero: { 'not-assessed': 'not assessed', described: 'effects described, not rated', 'no-positive-effect': 'no positive effect' },
};
