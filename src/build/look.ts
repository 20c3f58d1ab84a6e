/**
 * The "look" of a build: everything but the evaluation that its reports are made of — impact
 * itself (its version and the built files it runs), the built-in templates and `--templates`,
 * the theme with its fonts and logo, the language, the formats, `--embed-source` — as one hash.
 * Two builds of the same bytes with the same look write the same reports (src/build/incremental.ts).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { Lang } from '../grid/types.js';
import { processCache } from '../runtime/caches.js';
import { PACKAGE_ROOT, SCHEMA_FILE, TEMPLATES_DIR } from '../runtime/paths.js';
import { FONT_FILES } from '../theme/fonts.js';
import type { Theme } from '../theme/theme.js';
import type { Format } from './formats.js';
import { writeAtomic } from '../write/atomic.js';

/** A hash of named byte strings, each length-prefixed, so that no two lists give the same stream. */
function digestOf(parts: readonly (readonly [string, Uint8Array | string])[]): string {
  const hash = createHash('sha256');
  for (const [name, bytes] of parts) {
    const data = typeof bytes === 'string' ? Buffer.from(bytes) : bytes;
    hash.update(`${Buffer.byteLength(name)}:${name}${data.length}:`).update(data);
  }
  return hash.digest('hex');
}

/** A file's bytes, or a word that no file's hash can be: a file missing now may be there next time. */
const bytesOf = (path: string): Promise<Uint8Array | string> => readFile(path).catch((e: NodeJS.ErrnoException) => `unreadable ${e.code ?? ''}`);

/** Every file under `folder`, by its path relative to it, in a fixed order. */
async function folderParts(folder: string): Promise<[string, Uint8Array | string][]> {
  let names: string[];
  try {
    names = (await readdir(folder, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).map((e) => relative(folder, join(e.parentPath, e.name)));
  } catch (e) {
    return [['', `unreadable ${(e as NodeJS.ErrnoException).code ?? ''}`]];
  }
  names.sort();
  return Promise.all(names.map(async (name) => [name, await bytesOf(join(folder, name))] as [string, Uint8Array | string]));
}

/**
 * What impact builds with, as installed: package.json (its version), the bundle and the files
 * precompiled for it, the built-in templates, the schema and the fonts. Not the code cache nor a
 * start-up snapshot: they are made on each machine and change no byte of a report.
 */
const IMPACT_FILES = [join(PACKAGE_ROOT, 'package.json'), join(PACKAGE_ROOT, 'dist', 'impact.cjs'), SCHEMA_FILE, ...Object.values(FONT_FILES)];
const IMPACT_FOLDERS = [join(PACKAGE_ROOT, 'dist', 'precompiled'), join(PACKAGE_ROOT, 'dist', 'data'), TEMPLATES_DIR];

const digests = processCache<'impact', Promise<string>>('impact digest');

/** Where the digest is kept with each file's size and time, so that a start reads it instead of hashing 2 MB. */
const RECORD = join(PACKAGE_ROOT, 'dist', 'impact.digest.json');

interface DigestRecord {
  readonly digest: string;
  /** Each file's `size:mtimeMs`, by path; the record's own time bounds them (racy times re-hashed). */
  readonly files: Readonly<Record<string, string>>;
}

/**
 * The files under `folder`, or the folder itself when it cannot be read. Synchronous, as the
 * stats after it: at each start, a hundred small asynchronous calls (and Node.js 20's recursive
 * readdir, written in JavaScript) cost more than the work, 5 ms of a cold build.
 */
function filesUnder(folder: string): string[] {
  try {
    return readdirSync(folder, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(join(folder, e.name)) : e.isFile() ? [join(folder, e.name)] : []));
  } catch {
    return [folder];
  }
}

const impactPaths = (): string[] => [...IMPACT_FILES, ...IMPACT_FOLDERS.flatMap(filesUnder)].sort();

export function signature(path: string): string {
  try {
    const s = statSync(path);
    return `${s.size}:${s.mtimeMs}`;
  } catch {
    return 'missing';
  }
}

/** The digest in `file` when every file is as it recorded, each older than the record. */
export function recorded(paths: readonly string[], signatures: readonly string[], file = RECORD): string | undefined {
  try {
    const written = statSync(file).mtimeMs;
    const record = JSON.parse(readFileSync(file, 'utf8')) as DigestRecord;
    const same = paths.length === Object.keys(record.files).length && paths.every((path, i) => record.files[relative(PACKAGE_ROOT, path)] === signatures[i] && Number(signatures[i]?.split(':')[1]) < written);
    return same && typeof record.digest === 'string' ? record.digest : undefined;
  } catch {
    return undefined;
  }
}

async function readImpactDigest(): Promise<string> {
  const paths = impactPaths();
  const signatures = paths.map(signature);
  const known = recorded(paths, signatures);
  if (known) return known;
  const digest = await hashImpactFiles();
  const files = Object.fromEntries(paths.map((path, i) => [relative(PACKAGE_ROOT, path), signatures[i] as string]));
  // A folder impact may not write in (a global install) only costs the hashing at each start.
  await writeAtomic(RECORD, `${JSON.stringify({ digest, files } satisfies DigestRecord)}\n`).catch(() => undefined);
  return digest;
}

async function hashImpactFiles(): Promise<string> {
  const files = await Promise.all(IMPACT_FILES.map(async (path) => [relative(PACKAGE_ROOT, path), await bytesOf(path)] as [string, Uint8Array | string]));
  const folders = await Promise.all(IMPACT_FOLDERS.map(async (folder) => (await folderParts(folder)).map(([name, bytes]) => [join(relative(PACKAGE_ROOT, folder), name), bytes] as const)));
  return digestOf([...files, ...folders.flat()]);
}

/** impact's own digest, read once per process: its files do not change while it runs. */
export function impactDigest(): Promise<string> {
  if (!digests.has('impact')) digests.set('impact', readImpactDigest());
  return digests.get('impact') as Promise<string>;
}

/** The font and logo files a theme names (not the built-in fonts it leaves in place). */
export function themeFiles(theme: Theme): string[] {
  const builtIn: readonly string[] = Object.values(FONT_FILES);
  return [...new Set(Object.values(theme.fonts).filter((path) => !builtIn.includes(path))), ...(theme.logo ? [theme.logo] : [])];
}

export interface LookOptions {
  readonly formats: readonly Format[];
  readonly lang?: Lang;
  readonly templates?: string;
  /** The theme file and the theme it holds. */
  readonly theme?: { readonly file: string; readonly theme: Theme };
  readonly embedSource?: boolean;
  /** impactDigest(), unless a test gives another. */
  readonly impact: string;
}

/** The look's hash. Read anew at each call: under --watch, templates and theme change between builds. */
export async function lookHash(options: LookOptions): Promise<string> {
  const { theme } = options;
  const settings = JSON.stringify({ formats: options.formats, lang: options.lang ?? null, embedSource: options.embedSource ?? false });
  const themeParts = theme ? [['theme', await bytesOf(theme.file)] as const, ...(await Promise.all(themeFiles(theme.theme).map(async (path) => [`theme:${path}`, await bytesOf(path)] as const)))] : [];
  const templateParts = options.templates === undefined ? [] : (await folderParts(options.templates)).map(([name, bytes]) => [`templates:${name}`, bytes] as const);
  return digestOf([['impact', options.impact], ['settings', settings], ...themeParts, ...templateParts]);
}
