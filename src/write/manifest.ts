/**
 * The manifest of an output folder (`.impact-manifest.json`): for each evaluation whose reports
 * are there, what they were made from and what was written, so that the next build skips what
 * has not changed (src/build/incremental.ts). A manifest is only ever a hint: one that is absent
 * or damaged reads as empty, and everything is rebuilt. Several runs (the shards of a CI job) may
 * write one manifest at the same time: each takes a lock file, reads the manifest again, merges
 * its own entries into it and renames the result into place, so that none loses another's.
 */
import { createHash } from 'node:crypto';
import { mkdir, open, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { LANGS, type Lang } from '../grid/types.js';
import { fsPath } from '../load/file-names.js';
import { writeAtomic } from './atomic.js';
import { exists } from './exists.js';

export const MANIFEST = '.impact-manifest.json';
/** Bumped when an entry's meaning changes: a manifest of another version is not read. */
const VERSION = 1;

export const sha256 = (bytes: string | Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** A report as written: its path relative to the manifest's folder, with `/`. */
export interface OutputRecord {
  readonly path: string;
  readonly size: number;
  readonly mtimeMs: number;
  readonly sha256: string;
}

/** A file the evaluation names (its logo or photo), which the reports draw. */
export interface FileRecord {
  readonly path: string;
  readonly sha256: string;
}

/** What a build read and wrote, hashed: the worker that built it says so (paths as its job names them). */
export interface Written {
  /** The evaluation's bytes. */
  readonly input: string;
  readonly files: readonly FileRecord[];
  readonly outputs: readonly OutputRecord[];
}

export interface Entry extends Written {
  /** Everything else a report is made of (src/build/look.ts). */
  readonly look: string;
  /** The reports' language, which their warnings are said in. */
  readonly lang: Lang;
  /** The build's warnings, said again when it is skipped; their file is the evaluation. */
  readonly warnings: readonly Omit<Diagnostic, 'file'>[];
  /**
   * When the entry was written: the mtime of the first manifest file that held it, set when a
   * later one is written; absent, it is the current file's. An output not strictly older may
   * have been changed in the same clock tick as it was recorded, and is read again (git's
   * "racy clean").
   */
  readonly written?: number;
}

export interface Manifest {
  readonly entries: ReadonlyMap<string, Entry>;
  /** The manifest file's mtime; 0 when there is none. */
  readonly mtimeMs: number;
}

const EMPTY: Manifest = { entries: new Map(), mtimeMs: 0 };

const isString = (v: unknown): v is string => typeof v === 'string';
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const listOf = (v: unknown, item: (x: Record<string, unknown>) => boolean): boolean => Array.isArray(v) && v.every((x) => isObject(x) && item(x));

const isFile = (f: Record<string, unknown>) => isString(f.path) && isString(f.sha256);
const isOutput = (o: Record<string, unknown>) => isFile(o) && isNumber(o.size) && isNumber(o.mtimeMs);
const isWarning = (d: Record<string, unknown>) => isString(d.code) && isString(d.severity) && isNumber(d.line) && isNumber(d.column) && isObject(d.params);

/** Whether `e` has an entry's shape: anything else in a manifest makes the whole of it unread. */
function isEntry(e: unknown): e is Entry {
  return (
    isObject(e) &&
    isString(e.input) &&
    isString(e.look) &&
    LANGS.includes(e.lang as Lang) &&
    listOf(e.files, isFile) &&
    listOf(e.outputs, isOutput) &&
    listOf(e.warnings, isWarning) &&
    (e.written === undefined || isNumber(e.written))
  );
}

/** The manifest of `folder`; empty when it is absent, unreadable, not JSON, of another version or of a wrong shape. */
export async function readManifest(folder: string): Promise<Manifest> {
  const file = fsPath(join(folder, MANIFEST));
  try {
    const [text, { mtimeMs }] = await Promise.all([readFile(file, 'utf8'), stat(file)]);
    const data: unknown = JSON.parse(text);
    if (!isObject(data) || data.version !== VERSION || !isObject(data.entries)) return EMPTY;
    const entries = Object.entries(data.entries);
    return entries.every(([, entry]) => isEntry(entry)) ? { entries: new Map(entries as [string, Entry][]), mtimeMs } : EMPTY;
  } catch {
    return EMPTY;
  }
}

/** A lock held this long was left by a run that was killed: writing a manifest takes milliseconds. */
const ABANDONED_LOCK_MS = 30_000;
const RETRY_MS = 10;

/** Takes `<folder>/.impact-manifest.json.lock` (created exclusively), waiting while another run holds it. */
async function lock(folder: string): Promise<() => Promise<void>> {
  const file = fsPath(join(folder, `${MANIFEST}.lock`));
  for (;;) {
    try {
      const handle = await open(file, 'wx');
      await handle.close();
      return () => rm(file, { force: true });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    try {
      if (Date.now() - (await stat(file)).mtimeMs > ABANDONED_LOCK_MS) await rm(file, { force: true });
    } catch {
      // Released meanwhile: try again.
    }
    await sleep(RETRY_MS);
  }
}

/**
 * Sets the entries of `changes` (removes those set to undefined) in the manifest of `folder`,
 * leaving the others as they are: read again under the lock, so that what another run wrote
 * since this one read it stays. The entries kept are stamped with the mtime of the file they
 * were read from (see Entry.written).
 */
export async function updateManifest(folder: string, changes: ReadonlyMap<string, Entry | undefined>): Promise<void> {
  if (changes.size === 0) return;
  // Only entries to remove, and no manifest to remove them from: no folder to make either.
  if ([...changes.values()].every((entry) => entry === undefined) && !(await exists(join(folder, MANIFEST)))) return;
  await mkdir(fsPath(folder), { recursive: true });
  const release = await lock(folder);
  try {
    const current = await readManifest(folder);
    // Removing what is not there changes nothing (a file that fails at every run): the file is left as it is.
    if ([...changes].every(([key, entry]) => entry === undefined && !current.entries.has(key))) return;
    const entries = new Map<string, Entry>([...current.entries].map(([key, entry]) => [key, { ...entry, written: entry.written ?? current.mtimeMs }]));
    for (const [key, entry] of changes) {
      if (entry) entries.set(key, entry);
      else entries.delete(key);
    }
    // In key order, so that the file reads and diffs the same whichever run wrote it last.
    const sorted = Object.fromEntries([...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    await writeAtomic(join(folder, MANIFEST), `${JSON.stringify({ version: VERSION, entries: sorted })}\n`);
  } finally {
    await release();
  }
}
