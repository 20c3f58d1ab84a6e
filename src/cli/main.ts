/** The command line: parses the arguments and hands each command to its module. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CommanderError, Option, type Command } from 'commander';
import type { Lang } from '../grid/types.js';
import { PACKAGE_ROOT } from '../runtime/paths.js';
import { FORMATS } from '../build/formats.js';
import type { BuildOptions } from './build.js';
import { registerImport } from './import.js';
import { registerExtract } from './extract.js';
import { registerInit } from './init.js';
import { registerSummary } from './summary-command.js';
import { registerCompare } from './compare-command.js';
import { ImpactCommand } from './command.js';
import { EXIT } from './exit.js';
import { examples, formatOption, langOption, outDirOption, positiveInteger, quietOption, reporterOption, shardOption, templatesOption, themeOption } from './options.js';
import { usageLanguage } from './usage.js';
import { wordsOf } from '../words/words.js';
import type { ValidateOptions } from './validate.js';


const version = (): string => (JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string }).version;

function program(run: (exitCode: Promise<number>) => void, lang: Lang): Command {
  const { descriptions: words, help, typography } = wordsOf(lang);
  const { values } = words;
  const cli = new ImpactCommand('impact', lang)
    .description(words.program)
    .version(version(), '-V, --version', help.version)
    .addHelpText(
      'after',
      `${examples(lang, 'impact init site.yaml', 'impact build examples/la-petite-manchester.yaml', 'impact validate sites/*.yaml', 'impact score site.yaml --json')}
${typography.spaced(words.exitCodes)}`,
    );

  cli
    .command('build')
    .description(words.build.description)
    .argument(`<${values.files}...>`, words.evaluations)
    .addOption(formatOption(FORMATS, lang))
    .addOption(outDirOption(lang, words.build.outDir))
    .addOption(langOption(lang))
    .addOption(new Option('-j, --jobs <n>', words.build.jobs).argParser(positiveInteger(lang)).default(undefined, words.build.jobsDefault))
    .option('--check', words.build.check)
    .option('--force', words.build.force)
    .addOption(new Option('--shard <i/n>', words.build.shard).argParser(shardOption(lang)))
    .addOption(reporterOption(lang))
    .addOption(quietOption(lang))
    .addOption(templatesOption(lang))
    .addOption(themeOption(lang))
    .option('-w, --watch', words.build.watch)
    .option('--embed-source', words.build.embedSource)
    .addHelpText(
      'after',
      examples(
        lang,
        'impact build examples/la-petite-manchester.yaml',
        'impact build sites/ --out-dir rapports --jobs 4',
        'impact build sites/ --check',
        'impact build sites/ --out-dir rapports --force',
        'impact build sites/ --shard 2/4 --reporter json',
        'impact build site.yaml --format md,json',
        'impact build - --format pdf < site.yaml > site.pdf',
        'impact build site.yaml --lang en',
        'impact build site.yaml --templates mes-modeles --theme reseau.yaml',
        'impact build site.yaml --watch',
        'impact build site.yaml --embed-source',
      ),
    )
    .action((files: string[], o: BuildOptions) => run(import('./build.js').then((m) => m.build(files, o))));

  cli
    .command('validate')
    .description(words.validate.description)
    .argument(`<${values.files}...>`, words.evaluations)
    .addOption(langOption(lang))
    .option('--strict', words.validate.strict)
    .addOption(reporterOption(lang))
    .addOption(quietOption(lang))
    .addHelpText(
      'after',
      examples(lang, 'impact validate site.yaml', 'impact validate sites/ --strict', 'impact validate sites/ --quiet --reporter json', 'impact validate - < site.yaml', 'impact validate site.yaml --lang en'),
    )
    .action((files: string[], o: ValidateOptions) => run(import('./validate.js').then((m) => m.validateFiles(files, o))));

  cli
    .command('score')
    .description(words.score.description)
    .argument(`<${values.file}>`, words.score.file)
    .option('--json', words.score.json)
    .addOption(langOption(lang))
    .addHelpText('after', examples(lang, 'impact score site.yaml', 'impact score site.yaml --json'))
    .action((file: string, o: { json?: boolean; lang?: Lang }) => run(import('./score.js').then((m) => m.scoreFile(file, o))));

  cli
    .command('schema')
    .description(words.schema.description)
    .option(`--out <${values.file}>`, words.schema.out)
    .addHelpText('after', examples(lang, 'impact schema', 'impact schema --out evaluation.schema.json'))
    .action((o: { out?: string }) => run(import('./schema.js').then((m) => m.printSchema(o))));

  registerInit(cli, run, lang);
  registerImport(cli, run, lang);
  registerSummary(cli, run, lang);
  registerCompare(cli, run, lang);
  registerExtract(cli, run, lang);

  // Set once every command exists: each gets them, the help command too.
  cli.helpCommand(help.helpCommand, help.helpCommandDescription);
  for (const command of [cli, ...cli.commands]) command.helpOption('-h, --help', help.help).exitOverride();
  return cli;
}

/** A reader that stops early (`impact schema | head`) is no error: impact stops writing, quietly. */
function stopOnClosedOutput(): void {
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
    process.exit(EXIT.ok);
  });
}

export async function main(argv: readonly string[]): Promise<number> {
  stopOnClosedOutput();
  let pending: Promise<number> | undefined;
  const lang = usageLanguage(argv);
  try {
    await program((exitCode) => (pending = exitCode), lang).parseAsync([...argv], { from: 'user' });
    return pending ? await pending : EXIT.ok;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? EXIT.ok : EXIT.usage;
    process.stderr.write(`${wordsOf(lang).cli.internalError}\n${(e as Error).stack ?? String(e)}\n`);
    return EXIT.bug;
  }
}
