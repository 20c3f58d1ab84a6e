/**
 * `impact summary` as the command line declares it; what it does (`summary.ts`: the portfolio
 * model, templates, PDF) is loaded only when it runs.
 */
import { Option, type Command } from 'commander';
import type { Lang } from '../grid/types.js';
import { wordsOf } from '../words/words.js';
import { CSV_SEPARATORS, type CsvSeparator } from '../portfolio/separator.js';
import { examples, formatOption, langOption, templatesOption, themeOption } from './options.js';

export const SUMMARY_FORMATS = ['pdf', 'md', 'html', 'csv'] as const;
export type SummaryFormat = (typeof SUMMARY_FORMATS)[number];

/** The outputs' name without extension when `-o` is not given, in the current folder. */
export const DEFAULT_NAME = 'portefeuille';

export interface SummaryOptions {
  readonly format: readonly SummaryFormat[];
  readonly output?: string;
  readonly lang?: Lang;
  readonly templates?: string;
  readonly theme?: string;
  readonly csvSeparator?: CsvSeparator;
}

export function registerSummary(cli: Command, run: (exitCode: Promise<number>) => void, lang: Lang): void {
  const words = wordsOf(lang).descriptions;
  cli
    .command('summary')
    .description(words.summary.description)
    .argument(`<${words.values.files}...>`, words.evaluations)
    .addOption(formatOption(SUMMARY_FORMATS, lang))
    .addOption(new Option(`-o, --output <${words.values.file}>`, words.summary.output).default(undefined, DEFAULT_NAME))
    .addOption(langOption(lang, words.summary.lang, false))
    .addOption(templatesOption(lang))
    .addOption(themeOption(lang))
    .addOption(new Option(`--csv-separator <${words.values.separator}>`, words.summary.csvSeparator).choices(CSV_SEPARATORS))
    .addHelpText(
      'after',
      examples(
        lang,
        'impact summary sites/',
        'impact summary sites/ -o rapports/portefeuille-2024 --format pdf,md,csv',
        'impact summary bretagne/*.yaml occitanie/ --format csv -o bretagne-occitanie',
        "impact summary sites/ --format csv --lang en --csv-separator ';'",
        'impact summary sites/ --lang en --theme reseau.yaml',
      ),
    )
    .action((files: string[], o: SummaryOptions) => run(import('./summary.js').then((m) => m.summary(files, o))));
}
