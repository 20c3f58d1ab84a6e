/** `impact extract`: the evaluation a report carries (`impact build --embed-source`), byte for byte. */
import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { NO_POSITION, error, type DiagnosticCode, type Params } from '../diagnostics/diagnostic.js';
import { PdfSyntaxError } from '../extract/pdf-syntax.js';
import { embeddedSource, isPdf } from '../extract/source.js';
import type { Lang } from '../grid/types.js';
import { fsPath } from '../load/file-names.js';
import { overwritesInput, STDOUT, writeOutputs } from '../write/outputs.js';
import { EXIT } from './exit.js';
import { reportDiagnostics } from './io.js';
import { examples, langOption } from './options.js';
import { wordsOf } from '../words/words.js';

export interface ExtractOptions {
  /** Where to write the evaluation; by default standard output. */
  readonly output?: string;
  readonly lang?: Lang;
}

/** The attached evaluation's bytes, or what stops them being read. */
async function sourceIn(file: string): Promise<Uint8Array | { code: DiagnosticCode; params?: Params }> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(fsPath(file));
  } catch (e) {
    return { code: 'file-unreadable', params: { reason: (e as NodeJS.ErrnoException).code ?? 'EIO' } };
  }
  if (!isPdf(bytes)) return { code: 'not-a-pdf' };
  try {
    return embeddedSource(bytes) ?? { code: 'no-embedded-source' };
  } catch (e) {
    if (e instanceof PdfSyntaxError) return { code: 'unreadable-pdf', params: { reason: e.reason, ...(e.offset === undefined ? {} : { offset: e.offset }) } };
    throw e;
  }
}

export async function extract(file: string, options: ExtractOptions): Promise<number> {
  const lang = options.lang ?? 'fr';
  const output = options.output ?? STDOUT;
  if (output !== STDOUT && overwritesInput([file])(output)) {
    reportDiagnostics([error(file, NO_POSITION, 'extract-output-is-input', { output })], lang);
    return EXIT.invalid;
  }
  const source = await sourceIn(file);
  if (!(source instanceof Uint8Array)) {
    reportDiagnostics([error(file, NO_POSITION, source.code, source.params ?? {})], lang);
    return EXIT.invalid;
  }
  const failed = await writeOutputs([output], [source], file);
  if (failed) reportDiagnostics([failed], lang);
  return failed ? EXIT.invalid : EXIT.ok;
}

export function registerExtract(cli: Command, run: (exitCode: Promise<number>) => void, lang: Lang): void {
  const words = wordsOf(lang).descriptions;
  cli
    .command('extract')
    .description(words.extract.description)
    .argument(`<${words.values.file}>`, words.extract.file)
    .option(`-o, --output <${words.values.file}>`, words.extract.output)
    .addOption(langOption(lang, words.extract.lang, false))
    .addHelpText('after', examples(lang, 'impact extract rapport.pdf', 'impact extract rapport.pdf -o site.yaml'))
    .action((file: string, o: ExtractOptions) => run(extract(file, o)));
}
