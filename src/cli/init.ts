/** `impact init`: a new evaluation file to fill in, the whole grid in it (or, `--format csv`, the blank form `impact import` reads back), never over an existing file. */
import { mkdir } from 'node:fs/promises';
import { basename, dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Option, type Command } from 'commander';
import { NO_POSITION, error } from '../diagnostics/diagnostic.js';
import { evaluationSkeleton } from '../skeleton/skeleton.js';
import { blankForm } from '../import/form.js';
import type { Lang } from '../grid/types.js';
import { SCHEMA_FILE } from '../runtime/paths.js';
import { writeAtomic } from '../write/atomic.js';
import { exists } from '../write/exists.js';
import { reportDiagnostics, say } from './io.js';
import { wordsOf } from '../words/words.js';
import { examples, langOption } from './options.js';

export const DEFAULT_FILE = 'evaluation.yaml';

/** yaml: the evaluation to fill in; csv: the blank form, the header row `impact import` reads back. */
const INIT_FORMATS = ['yaml', 'csv'] as const;
const DEFAULT_FORM = 'formulaire.csv';

export interface InitOptions {
  readonly force?: boolean;
  readonly lang?: Lang;
  readonly format?: (typeof INIT_FORMATS)[number];
}

/**
 * The schema as the modeline of `file` names it: relative to the file's folder, with forward
 * slashes, as yaml-language-server resolves it. A path it could not read that way (another
 * drive, a space, a `#`, a start it takes for a URL) is written as a file: URL instead.
 */
export function schemaReference(file: string, schema: string = SCHEMA_FILE): string {
  const path = relative(dirname(resolve(file)), schema);
  if (isAbsolute(path) || /[\s#]/.test(path) || /^(https?|file):/i.test(path)) return pathToFileURL(schema).href;
  return path.split(sep).join('/');
}

export async function init(given: string | undefined, options: InitOptions): Promise<number> {
  const lang = options.lang ?? 'fr';
  const form = options.format === 'csv';
  const file = given ?? (form ? DEFAULT_FORM : DEFAULT_FILE);
  try {
    if (!options.force && (await exists(file))) {
      reportDiagnostics([error(file, NO_POSITION, 'output-exists', { output: file })], lang);
      return 1;
    }
    await mkdir(dirname(file), { recursive: true });
    await writeAtomic(file, form ? blankForm(lang) : evaluationSkeleton(lang, schemaReference(file), basename(file)));
  } catch (e) {
    const reason = (e as NodeJS.ErrnoException).code ?? String(e);
    reportDiagnostics([error(file, NO_POSITION, 'write-failed', { output: file, reason })], lang);
    return 1;
  }
  say(file);
  return 0;
}

export function registerInit(cli: Command, run: (exitCode: Promise<number>) => void, lang: Lang): void {
  const words = wordsOf(lang).descriptions;
  cli
    .command('init')
    .description(words.init.description)
    .argument(`[${words.values.file}]`, words.init.file(DEFAULT_FILE, DEFAULT_FORM))
    .option('--force', words.init.force)
    .addOption(langOption(lang, words.init.lang, false))
    .addOption(new Option(`--format <${words.values.format}>`, words.init.format).choices(INIT_FORMATS).default(undefined, 'yaml'))
    .addHelpText(
      'after',
      examples(lang, 'impact init', 'impact init sites/la-halle.yaml', 'impact init site.yaml --lang en', 'impact init site.yaml --force', 'impact init formulaire.csv --format csv'),
    )
    .action((file: string | undefined, o: InitOptions) => run(init(file, o)));
}
