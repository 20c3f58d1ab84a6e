/**
 * The evaluations a batch is made of: files as given, and `*.yaml` / `*.yml` found in folders,
 * each with the folder its reports' layout is relative to under `--out-dir`.
 */
import { readdirSync, realpathSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { NO_POSITION, STDIN, error, type Diagnostic } from '../diagnostics/diagnostic.js';
import { argumentsAsBytes, fsPath, nameFromBytes } from '../load/file-names.js';

export interface Input {
  /** The path as shown to the user. */
  readonly file: string;
  /** Reports go to `<out-dir>/<file relative to base>`: the folder given, or the files' common folder. */
  readonly base: string;
}

const EVALUATION = /\.ya?ml$/i;
/** Folders a scan never enters: version control, dependencies, hidden folders. */
const SKIPPED = /^(\.|node_modules$)/;

const isFolder = (path: string): boolean => {
  try {
    return statSync(fsPath(path)).isDirectory();
  } catch {
    return false;
  }
};

/** A link to a regular file is followed; a link to a folder is not (it could loop), nor a dangling one. */
const isFileBehind = (path: string): boolean => {
  try {
    return statSync(fsPath(path)).isFile();
  } catch {
    return false;
  }
};

function found(folder: string): string[] {
  const files: string[] = [];
  // Names read as bytes: one that is not UTF-8 is kept (see file-names.ts).
  for (const entry of readdirSync(fsPath(folder), { withFileTypes: true, encoding: 'buffer' })) {
    const name = nameFromBytes(entry.name);
    if (SKIPPED.test(name)) continue;
    const path = join(folder, name);
    if (entry.isDirectory()) files.push(...found(path));
    else if ((entry.isFile() || (entry.isSymbolicLink() && isFileBehind(path))) && EVALUATION.test(name)) files.push(path);
  }
  return files;
}

/** The deepest folder holding every one of `paths`. */
export function commonFolder(paths: readonly string[]): string {
  const split = paths.map((path) => resolve(dirname(path)).split(sep));
  const first = split[0] ?? [process.cwd()];
  let length = first.length;
  for (const parts of split) {
    let same = 0;
    while (same < Math.min(length, parts.length) && parts[same] === first[same]) same += 1;
    length = same;
  }
  return first.slice(0, length).join(sep) || sep;
}

/** The evaluations named by `args`, and what is said of each folder among them that holds none. */
export interface Scan {
  readonly inputs: Input[];
  /** A folder without evaluations: most likely a wrong path, which a CI job must not take for success. */
  readonly empty: Diagnostic[];
}

const chunks = (text: string): string[] => text.match(/\d+|\D+/g) ?? [];

const byCodePoints = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Two runs of digits by their value, however long: fewer significant digits is smaller. */
function byValue(a: string, b: string): number {
  const [x, y] = [a.replace(/^0+/, ''), b.replace(/^0+/, '')];
  return x.length - y.length || byCodePoints(x, y);
}

/**
 * Paths as people count: `site-2` before `site-10`, `Brest` beside `brest`. Digits compare as
 * numbers, the rest ignoring case, then by code points (the same order whatever the locale).
 */
export function naturalOrder(a: string, b: string): number {
  const [left, right] = [chunks(a), chunks(b)];
  for (let i = 0; i < Math.min(left.length, right.length); i += 1) {
    const [x, y] = [left[i] as string, right[i] as string];
    const order = /^\d/.test(x) && /^\d/.test(y) ? byValue(x, y) : byCodePoints(x.toLowerCase(), y.toLowerCase());
    if (order !== 0) return order;
  }
  return left.length - right.length || byCodePoints(a, b);
}

/**
 * Every evaluation named by `args`, each once, in natural order (`-`, standard input, first). A
 * path that does not exist is kept as a file: reading it will say so.
 */
export function scan(given: readonly string[]): Scan {
  const args = argumentsAsBytes(given);
  const named = (arg: string) => arg === STDIN || !isFolder(arg);
  const files = args.filter(named);
  const fileBase = commonFolder(files);
  const folders = args.filter((arg) => !named(arg)).map((folder) => ({ folder, files: found(folder) }));
  const inputs = [
    ...files.map((file) => ({ file, base: fileBase })),
    ...folders.flatMap(({ folder, files: inFolder }) => inFolder.map((file) => ({ file, base: resolve(folder) }))),
  ].sort((a, b) => Number(b.file === STDIN) - Number(a.file === STDIN) || naturalOrder(a.file, b.file));
  const seen = new Set<string>();
  const once = inputs.filter(({ file }) => {
    let key = resolve(file);
    try {
      key = nameFromBytes(realpathSync(fsPath(file), { encoding: 'buffer' }));
    } catch {
      // Missing: kept, and reported when read.
    }
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const empty = folders.filter(({ files: inFolder }) => inFolder.length === 0).map(({ folder }) => error(folder, NO_POSITION, 'no-evaluation', {}));
  return { inputs: once, empty };
}

/** Where the report of `input` in `extension` goes. */
export function reportPath(input: Input, extension: string, outDir: string | undefined): string {
  const name = input.file.replace(/(\.[^./\\]*)?$/, `.${extension}`).split(/[\\/]/).pop() as string;
  const folder = outDir === undefined ? dirname(input.file) : join(outDir, relative(input.base, resolve(dirname(input.file))));
  return join(folder, name);
}

/** FNV-1a: a hash that is the same on every machine and every Node version. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (const byte of Buffer.from(text, 'utf8')) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

export interface Shard {
  readonly index: number;
  readonly count: number;
}

/** `--shard 2/5`: the 2nd of 5. */
export function parseShard(text: string): Shard | undefined {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  if (!match) return undefined;
  const [index, count] = [Number(match[1]), Number(match[2])];
  return count >= 1 && index >= 1 && index <= count ? { index, count } : undefined;
}

/**
 * Whether `file` belongs to `shard`. By a hash of its path, so that every file is in exactly one
 * shard and adding a file never moves the others.
 */
export function inShard(file: string, shard: Shard): boolean {
  return (fnv1a(file.split(/[\\/]/).join('/')) % shard.count) + 1 === shard.index;
}
