/** Option values shared by the commands, checked as commander parses them. */
import { InvalidArgumentError, Option } from 'commander';
import { LANGS, type Lang } from '../grid/types.js';
import { parseShard, type Shard } from '../batch/inputs.js';
import { REPORTERS } from '../batch/report.js';
import { suggest } from '../text/suggest.js';
import { wordsOf } from '../words/words.js';

/** The examples a command's --help ends with. */
export const examples = (lang: Lang, ...lines: string[]): string => {
  const { help, typography } = wordsOf(lang);
  const heading = typography.spaced(help.examples);
  return `\n${heading}\n${lines.map((l) => `  $ ${l}`).join('\n')}\n`;
};

/**
 * `--lang fr|en`, described as the command it belongs to uses it; French by default, unless the
 * command reads a language from its files.
 */
export const langOption = (lang: Lang, description: string = wordsOf(lang).descriptions.lang, fromFiles = true): Option =>
  new Option(`--lang <${wordsOf(lang).descriptions.values.lang}>`, description).choices(LANGS).default(undefined, fromFiles ? wordsOf(lang).descriptions.langDefault : 'fr');

/** A comma-separated list, each item one of `allowed`. */
export function listOf<T extends string>(allowed: readonly T[], lang: Lang) {
  const words = wordsOf(lang).cli.usage;
  return (value: string): T[] => {
    const items = value.split(',').map((item) => item.trim()).filter(Boolean);
    for (const item of items) {
      if (!allowed.includes(item as T)) throw new InvalidArgumentError(words.unknownFormat(item, allowed.join(', '), suggest(item, allowed)));
    }
    if (items.length === 0) throw new InvalidArgumentError(words.noFormat(allowed.join(', ')));
    return [...new Set(items as T[])];
  };
}

export const positiveInteger =
  (lang: Lang) =>
  (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError(wordsOf(lang).cli.usage.notPositive(value));
    return n;
  };

/**
 * `-o, --out-dir DIR`: `-` stands for standard input or output everywhere else on the command
 * line, so a folder by that name is refused rather than silently created.
 */
export const outDirOption = (lang: Lang, description: string): Option =>
  new Option(`-o, --out-dir <${wordsOf(lang).descriptions.values.folder}>`, description).argParser((value: string) => {
    if (value === '-') throw new InvalidArgumentError(wordsOf(lang).cli.usage.notFolder());
    return value;
  });

export const shardOption =
  (lang: Lang) =>
  (value: string): Shard => {
    const shard = parseShard(value);
    if (!shard) throw new InvalidArgumentError(wordsOf(lang).cli.usage.notShard(value));
    return shard;
  };

/** `--format a,b`: a comma-separated list of `formats`, `pdf,md` by default. */
export const formatOption = <T extends string>(formats: readonly T[], lang: Lang): Option =>
  new Option(`-f, --format <${wordsOf(lang).descriptions.values.formats}>`, wordsOf(lang).descriptions.formats(formats.join(', ')))
    .argParser(listOf(formats, lang))
    .default(['pdf', 'md'], 'pdf,md');

export const templatesOption = (lang: Lang): Option => new Option(`-t, --templates <${wordsOf(lang).descriptions.values.folder}>`, wordsOf(lang).descriptions.templates);

export const themeOption = (lang: Lang): Option => new Option(`--theme <${wordsOf(lang).descriptions.values.file}>`, wordsOf(lang).descriptions.theme);

/** `--reporter text|json` and `--quiet`, as build and validate share them. */
export const reporterOption = (lang: Lang): Option =>
  new Option(`--reporter <${wordsOf(lang).descriptions.values.name}>`, wordsOf(lang).descriptions.reporter).choices(REPORTERS).default('text');

export const quietOption = (lang: Lang): Option => new Option('-q, --quiet', wordsOf(lang).descriptions.quiet);
