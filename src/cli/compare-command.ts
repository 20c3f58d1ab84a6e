/**
 * `impact compare` as the command line declares it; what it does (`compare.ts`: both files
 * checked, the comparison model, templates, PDF) is loaded only when it runs.
 */
import { Option, type Command } from 'commander';
import type { Lang } from '../grid/types.js';
import { wordsOf } from '../words/words.js';
import { examples, formatOption, langOption, outDirOption, templatesOption, themeOption } from './options.js';

export const COMPARE_FORMATS = ['pdf', 'md', 'html'] as const;
export type CompareFormat = (typeof COMPARE_FORMATS)[number];

export interface CompareOptions {
  readonly format: readonly CompareFormat[];
  readonly outDir?: string;
  readonly lang?: Lang;
  readonly force?: boolean;
  readonly templates?: string;
  readonly theme?: string;
}

export function registerCompare(cli: Command, run: (exitCode: Promise<number>) => void, lang: Lang): void {
  const words = wordsOf(lang).descriptions;
  cli
    .command('compare')
    .description(words.compare.description)
    .argument(`<${words.compare.names.before}>`, words.compare.before)
    .argument(`<${words.compare.names.after}>`, words.compare.after)
    .addOption(formatOption(COMPARE_FORMATS, lang))
    .addOption(outDirOption(lang, words.compare.outDir))
    .addOption(langOption(lang, words.compare.lang))
    .addOption(new Option('--force', words.compare.force))
    .addOption(templatesOption(lang))
    .addOption(themeOption(lang))
    .addHelpText(
      'after',
      examples(
        lang,
        'impact compare halle-2023.yaml halle-2024.yaml',
        'impact compare 2023/halle.yaml 2024/halle.yaml --format md --out-dir suivi',
        'impact compare halle-2023.yaml halle-2024.yaml --lang en',
      ),
    )
    .action((before: string, after: string, o: CompareOptions) => run(import('./compare.js').then((m) => m.compare(before, after, o))));
}
