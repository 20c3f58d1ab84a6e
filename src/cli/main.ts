/** The command line: parses the arguments and hands each command to its module. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import type { Lang } from '../grid/types.js';
import { PACKAGE_ROOT } from '../paths.js';
import { FORMATS } from '../batch/formats.js';
import type { BuildOptions } from './build.js';
import { registerImport } from './import.js';
import { registerInit } from './init.js';
import { registerSummary } from './summary-command.js';
import { REPORTERS } from '../batch/report.js';
import { examples, formatOption, langOption, positiveInteger, shardOption, templatesOption, themeOption } from './options.js';
import { usageLanguage, usageMessage } from './usage.js';

export const EXIT = { ok: 0, invalid: 1, usage: 2, bug: 70 } as const;

const version = (): string => (JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string }).version;

function program(run: (exitCode: Promise<number>) => void, lang: Lang): Command {
  const cli = new Command('impact')
    .description('Compile l’évaluation des effets sociaux et urbains d’un tiers-lieu (YAML) en rapport.')
    .version(version(), '-V, --version', 'affiche la version')
    .helpOption('-h, --help', 'affiche l’aide')
    .helpCommand('help [commande]', 'affiche l’aide d’une commande')
    .showSuggestionAfterError()
    .exitOverride()
    .configureOutput({ outputError: (message, write) => write(usageMessage(message, lang)) })
    .addHelpText(
      'after',
      `${examples('impact init site.yaml', 'impact build examples/la-petite-manchester.yaml', 'impact validate sites/*.yaml', 'impact score site.yaml --json')}
Codes de sortie : 0 réussite ; 1 fichier invalide ou écriture impossible ; 2 mauvaise utilisation ; 70 bogue d’impact ; 130 interrompu (Ctrl-C).`,
    );

  cli
    .command('build')
    .description('valide chaque évaluation et écrit son rapport (site.yaml → site.pdf et site.md)')
    .argument('<fichiers...>', 'évaluations YAML, ou dossiers où les chercher (*.yaml, *.yml)')
    .addOption(formatOption(FORMATS, lang))
    .option('-o, --out-dir <dossier>', 'écrit les rapports dans ce dossier (en gardant les sous-dossiers) plutôt qu’à côté des évaluations')
    .addOption(langOption())
    .addOption(new Option('-j, --jobs <n>', 'évaluations traitées en parallèle').argParser(positiveInteger(lang)).default(undefined, 'le nombre de cœurs'))
    .option('--check', 'n’écrit rien : échoue en listant les rapports absents ou périmés')
    .addOption(new Option('--shard <i/n>', 'ne traite que la i-ème de n parts du lot (CI en parallèle)').argParser(shardOption(lang)))
    .addOption(new Option('--reporter <nom>', 'sortie pour les humains (text) ou les machines (json)').choices(REPORTERS).default('text'))
    .option('-q, --quiet', 'n’affiche que les erreurs')
    .addOption(templatesOption())
    .addOption(themeOption())
    .option('-w, --watch', 'reconstruit à chaque enregistrement de l’évaluation, des modèles, du thème ou de ses polices et logo')
    .addHelpText(
      'after',
      examples(
        'impact build examples/la-petite-manchester.yaml',
        'impact build sites/ --out-dir rapports --jobs 4',
        'impact build sites/ --check',
        'impact build sites/ --shard 2/4 --reporter json',
        'impact build site.yaml --format md,json',
        'impact build site.yaml --lang en',
        'impact build site.yaml --templates mes-modeles --theme reseau.yaml',
        'impact build site.yaml --watch',
      ),
    )
    .action((files: string[], o: BuildOptions) => run(import('./build.js').then((m) => m.build(files, o))));

  cli
    .command('validate')
    .description('vérifie des évaluations sans rien écrire et liste ce qui n’est pas renseigné (code 0 si valides, 1 sinon)')
    .argument('<fichiers...>', 'évaluations YAML, ou dossiers où les chercher (*.yaml, *.yml)')
    .addOption(langOption())
    .option('--strict', 'les critères et champs non renseignés deviennent des erreurs')
    .addHelpText('after', examples('impact validate site.yaml', 'impact validate sites/*.yaml --strict', 'impact validate site.yaml --lang en'))
    .action((files: string[], o: { lang?: Lang; strict?: boolean }) => run(import('./validate.js').then((m) => m.validateFiles(files, o))));

  cli
    .command('score')
    .description('affiche les scores de chaque critère et famille, avec leurs raisons')
    .argument('<fichier>', 'évaluation YAML')
    .option('--json', 'écrit les scores en JSON (0 = non évalué, ou aucun effet positif)')
    .addOption(langOption())
    .addHelpText('after', examples('impact score site.yaml', 'impact score site.yaml --json'))
    .action((file: string, o: { json?: boolean; lang?: Lang }) => run(import('./score.js').then((m) => m.scoreFile(file, o))));

  cli
    .command('schema')
    .description('écrit le schéma JSON des évaluations, pour les éditeurs')
    .option('--out <fichier>', 'écrit le schéma dans ce fichier plutôt que sur la sortie standard')
    .addHelpText('after', examples('impact schema', 'impact schema --out evaluation.schema.json'))
    .action((o: { out?: string }) => run(import('./schema.js').then((m) => m.printSchema(o))));

  registerInit(cli, run);
  registerImport(cli, run);
  registerSummary(cli, run, lang);

  for (const command of cli.commands) {
    command
      .exitOverride()
      .showSuggestionAfterError()
      .configureOutput({ outputError: (message, write) => write(usageMessage(message, lang)) });
  }
  return cli;
}

export async function main(argv: readonly string[]): Promise<number> {
  let pending: Promise<number> | undefined;
  try {
    await program((exitCode) => (pending = exitCode), usageLanguage(argv)).parseAsync([...argv], { from: 'user' });
    return pending ? await pending : EXIT.ok;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? EXIT.ok : EXIT.usage;
    process.stderr.write(`impact : erreur interne — c’est un bogue d’impact, merci de le signaler.\n${(e as Error).stack ?? String(e)}\n`);
    return EXIT.bug;
  }
}
