/** `impact import`: evaluations from the platform's place files and from form exports, one YAML per site. */
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { byPosition, error, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { Lang } from '../grid/types.js';
import { outputPath, siteAt, writeSite } from '../import/output.js';
import { importSource } from '../import/read.js';
import { repeatedTexts } from '../import/repeats.js';
import { leftOutLines, totalLine, writtenLine } from '../import/summary.js';
import { schemaReference } from './init.js';
import { reportDiagnostics, say } from './io.js';
import { wordsOf } from '../words/words.js';
import { examples, langOption, outDirOption } from './options.js';

export interface ImportOptions {
  readonly outDir?: string;
  readonly force?: boolean;
  readonly lang?: Lang;
}

export async function importFiles(files: readonly string[], options: ImportOptions): Promise<number> {
  const lang = options.lang ?? 'fr';
  const sources = await Promise.all(files.map(importSource));
  const sites = sources.flatMap((s) => s.sites);
  const diagnostics: Diagnostic[] = [...sources.flatMap((s) => s.diagnostics), ...repeatedTexts(sites)];
  const claimed = new Map<string, string>();
  let written = 0;
  for (const site of sites) {
    const output = outputPath(site, options.outDir);
    const other = claimed.get(resolve(output));
    if (other !== undefined) {
      diagnostics.push(error(site.source, siteAt(site), 'import-same-name', { output, other }));
      continue;
    }
    claimed.set(resolve(output), site.row > 0 ? `${site.source}:${site.row}` : site.source);
    const result = await writeSite(site, output, schemaReference(output), { force: options.force, lang });
    diagnostics.push(...result.diagnostics);
    if (result.written) {
      written += 1;
      say(writtenLine(site, output, lang));
    }
  }
  for (const line of leftOutLines(sources.flatMap((s) => s.leftOut), lang)) say(line);
  say(totalLine(written, sites.length - written, lang));
  reportDiagnostics([...diagnostics].sort(byPosition), lang);
  return diagnostics.some((d) => d.severity === 'error') ? 1 : 0;
}

export function registerImport(cli: Command, run: (exitCode: Promise<number>) => void, lang: Lang): void {
  const words = wordsOf(lang).descriptions;
  cli
    .command('import')
    .description(words.import.description)
    .argument(`<${words.values.files}...>`, words.import.files)
    .addOption(outDirOption(lang, words.import.outDir))
    .option('--force', words.import.force)
    .addOption(langOption(lang, words.import.lang, false))
    .addHelpText(
      'after',
      examples(
        lang,
        'impact import storage/app/places/Aquarium.json --out-dir sites',
        'impact import reponses.csv --out-dir sites',
        'impact import reponses.xlsx --out-dir sites --force',
        'impact init formulaire.csv --format csv',
      ),
    )
    .action((files: string[], o: ImportOptions) => run(importFiles(files, o)));
}
