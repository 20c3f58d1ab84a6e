/**
 * `impact summary` as the command line declares it; what it does (`summary.ts`: the portfolio
 * model, templates, PDF) is loaded only when it runs.
 */
import { Option, type Command } from 'commander';
import { LANGS, type Lang } from '../grid/types.js';
import { examples, formatOption, templatesOption, themeOption } from './options.js';

export const SUMMARY_FORMATS = ['pdf', 'md', 'csv'] as const;
export type SummaryFormat = (typeof SUMMARY_FORMATS)[number];

/** The outputs' name without extension when `-o` is not given, in the current folder. */
export const DEFAULT_NAME = 'portefeuille';

export interface SummaryOptions {
  readonly format: readonly SummaryFormat[];
  readonly output?: string;
  readonly lang?: Lang;
  readonly templates?: string;
  readonly theme?: string;
}

export function registerSummary(cli: Command, run: (exitCode: Promise<number>) => void, lang: Lang): void {
  cli
    .command('summary')
    .description('un portefeuille qui compare les lieux : intensités, carte des critères, totaux, ce qui manque (portefeuille.pdf et .md)')
    .argument('<fichiers...>', 'évaluations YAML, ou dossiers où les chercher (*.yaml, *.yml)')
    .addOption(formatOption(SUMMARY_FORMATS, lang))
    .option('-o, --output <fichier>', `nom des fichiers écrits, sans extension : chaque format ajoute la sienne (par défaut : ${DEFAULT_NAME})`)
    .addOption(new Option('--lang <langue>', 'langue du portefeuille et des messages (par défaut : fr)').choices(LANGS))
    .addOption(templatesOption())
    .addOption(themeOption())
    .addHelpText(
      'after',
      examples(
        'impact summary sites/',
        'impact summary sites/ -o rapports/portefeuille-2024 --format pdf,md,csv',
        'impact summary bretagne/*.yaml occitanie/ --format csv -o bretagne-occitanie',
        'impact summary sites/ --lang en --theme reseau.yaml',
      ),
    )
    .action((files: string[], o: SummaryOptions) => run(import('./summary.js').then((m) => m.summary(files, o))));
}
