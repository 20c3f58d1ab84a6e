/** Option values shared by the commands, checked as commander parses them. */
import { InvalidArgumentError, Option } from 'commander';
import { LANGS } from '../grid/types.js';
import { parseShard, type Shard } from '../batch/inputs.js';
import { suggest } from '../text/suggest.js';

/** The examples a command's --help ends with. */
export const examples = (...lines: string[]): string => `\nExemples :\n${lines.map((l) => `  $ ${l}`).join('\n')}\n`;

export const langOption = (): Option =>
  new Option('--lang <langue>', 'langue du rapport et des messages (par défaut : celle du fichier, sinon fr)').choices(LANGS);

/** A comma-separated list, each item one of `allowed`. */
export function listOf<T extends string>(allowed: readonly T[]) {
  return (value: string): T[] => {
    const items = value.split(',').map((item) => item.trim()).filter(Boolean);
    for (const item of items) {
      if (!allowed.includes(item as T)) {
        const near = suggest(item, allowed);
        throw new InvalidArgumentError(
          `« ${item} » n’est pas un format connu (${allowed.join(', ')})${near ? ` ; vouliez-vous dire « ${near} » ?` : ''}`,
        );
      }
    }
    if (items.length === 0) throw new InvalidArgumentError(`indiquez au moins un format (${allowed.join(', ')})`);
    return [...new Set(items as T[])];
  };
}

export function positiveInteger(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError(`« ${value} » n’est pas un nombre entier positif`);
  return n;
}

export function shardOption(value: string): Shard {
  const shard = parseShard(value);
  if (!shard) throw new InvalidArgumentError(`« ${value} » n’est pas une part i/n avec 1 ≤ i ≤ n, par exemple 2/4`);
  return shard;
}

/** `--format a,b`: a comma-separated list of `formats`, `pdf,md` by default. */
export const formatOption = <T extends string>(formats: readonly T[]): Option =>
  new Option('-f, --format <formats>', `formats séparés par des virgules : ${formats.join(', ')}`)
    .argParser(listOf(formats))
    .default(['pdf', 'md'], 'pdf,md');

export const templatesOption = (): Option =>
  new Option('-t, --templates <dossier>', 'modèles qui remplacent ceux d’impact, fichier par fichier (voir docs/templates.md)');

export const themeOption = (): Option => new Option('--theme <fichier>', 'thème du PDF : couleurs, polices, logo (voir docs/templates.md)');
