/** Option values shared by the commands, checked as commander parses them. */
import { InvalidArgumentError, Option } from 'commander';
import { LANGS, type Lang } from '../grid/types.js';
import { parseShard, type Shard } from '../batch/inputs.js';
import { suggest } from '../text/suggest.js';
import { USAGE } from './usage.js';

/** The examples a command's --help ends with. */
export const examples = (...lines: string[]): string => `\nExemples :\n${lines.map((l) => `  $ ${l}`).join('\n')}\n`;

export const langOption = (): Option =>
  new Option('--lang <langue>', 'langue du rapport et des messages (par défaut : celle du fichier, sinon fr)').choices(LANGS);

/** A comma-separated list, each item one of `allowed`. */
export function listOf<T extends string>(allowed: readonly T[], lang: Lang) {
  const words = USAGE[lang];
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
    if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError(USAGE[lang].notPositive(value));
    return n;
  };

export const shardOption =
  (lang: Lang) =>
  (value: string): Shard => {
    const shard = parseShard(value);
    if (!shard) throw new InvalidArgumentError(USAGE[lang].notShard(value));
    return shard;
  };

/** `--format a,b`: a comma-separated list of `formats`, `pdf,md` by default. */
export const formatOption = <T extends string>(formats: readonly T[], lang: Lang): Option =>
  new Option('-f, --format <formats>', `formats séparés par des virgules : ${formats.join(', ')}`)
    .argParser(listOf(formats, lang))
    .default(['pdf', 'md'], 'pdf,md');

export const templatesOption = (): Option =>
  new Option('-t, --templates <dossier>', 'modèles qui remplacent ceux d’impact, fichier par fichier (voir docs/templates.md)');

export const themeOption = (): Option => new Option('--theme <fichier>', 'thème du PDF : couleurs, polices, logo (voir docs/templates.md)');
