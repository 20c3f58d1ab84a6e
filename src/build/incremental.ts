/**
 * Incremental builds: which jobs of a batch need building, decided in the main thread before any
 * worker starts from the manifests of their output folders (src/write/manifest.ts), and what the
 * jobs built is recorded there afterwards. A job is up to date when its evaluation's bytes, the
 * look (src/build/look.ts), the files the evaluation names and every output are what the
 * manifest recorded; an output is trusted on its size and mtime when they are the ones recorded
 * and it is strictly older than its entry, read and hashed otherwise. Anything in doubt — no
 * entry, a file unreadable — means building, never a wrong "up to date".
 */
import { readFileSync, statSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { fsPath } from '../load/file-names.js';
import { readManifest, sha256, updateManifest, type Entry, type FileRecord, type Manifest, type OutputRecord } from '../write/manifest.js';
import type { Rendered } from '../write/outputs.js';
import type { Job } from './build.js';
import type { FileOutcome } from './outcome.js';

/** `path` as a manifest in `folder` names it: relative to the folder, with `/`. */
const keyOf = (folder: string, path: string): string => relative(resolve(folder), resolve(path)).split(sep).join('/');

/**
 * A file's hash, none when it cannot be read. Read synchronously, as the outputs are stated
 * below: the decision runs before anything else is under way, and a thousand small reads and
 * stats cost a third of what they cost through the thread pool's promises.
 */
function hashOf(path: string): string | undefined {
  try {
    return sha256(readFileSync(fsPath(path)));
  } catch {
    return undefined;
  }
}

/** The files an evaluation names, hashed before its reports are rendered: one changed meanwhile is seen changed next time. */
export const hashedFiles = (paths: readonly string[]): FileRecord[] => paths.map((path) => ({ path, sha256: hashOf(path) ?? '' }));

/** The outputs just written, as the manifest records them. */
export const writtenOutputs = (outputs: readonly string[], contents: readonly Rendered[]): OutputRecord[] =>
  outputs.map((path, i) => {
    const { size, mtimeMs } = statSync(fsPath(path));
    return { path, size, mtimeMs, sha256: sha256(contents[i] ?? '') };
  });

/** An output as it is on disk compared with its record: the same (trusted or hashed), with its present mtime, or not. */
function sameOutput(path: string, record: OutputRecord, written: number): OutputRecord | undefined {
  const found = statSync(fsPath(path), { throwIfNoEntry: false });
  if (!found || found.size !== record.size) return undefined;
  const { mtimeMs } = found;
  if (mtimeMs === record.mtimeMs && mtimeMs < written) return record;
  return hashOf(path) === record.sha256 ? { ...record, mtimeMs } : undefined;
}

/** Whether the job is up to date: its entry, and whether its outputs' mtimes changed (hashed, found the same), to record. */
function upToDate(job: Job & { manifest: string }, manifest: Manifest, look: string): { entry: Entry; refreshed: boolean } | undefined {
  const entry = manifest.entries.get(keyOf(job.manifest, job.file));
  if (!entry || entry.look !== look || entry.outputs.length !== job.outputs.length) return undefined;
  if (job.outputs.some((output, i) => keyOf(job.manifest, output) !== entry.outputs[i]?.path)) return undefined;
  if (hashOf(job.file) !== entry.input) return undefined;
  if (entry.files.some(({ path, sha256: hash }) => hashOf(resolve(job.manifest, path)) !== hash)) return undefined;
  const written = entry.written ?? manifest.mtimeMs;
  const outputs = job.outputs.map((output, i) => sameOutput(output, entry.outputs[i] as OutputRecord, written));
  if (outputs.includes(undefined)) return undefined;
  if (outputs.every((o, i) => o === entry.outputs[i])) return { entry, refreshed: false };
  // Written anew, the entry is as old as the manifest that will hold it.
  const { written: _, ...rest } = entry;
  return { entry: { ...rest, outputs: outputs as OutputRecord[] }, refreshed: true };
}

/** Entries to set (undefined: to remove), by manifest folder, then by key. */
type Changes = Map<string, Map<string, Entry | undefined>>;

const changesIn = (changes: Changes, folder: string): Map<string, Entry | undefined> => {
  if (!changes.has(folder)) changes.set(folder, new Map());
  return changes.get(folder) as Map<string, Entry | undefined>;
};

export interface Plan {
  /** The jobs up to date, as outcomes: said, not built. */
  readonly fresh: readonly FileOutcome[];
  /** What is left to build (or, with --check, to render and compare). */
  readonly jobs: readonly Job[];
  /** Entries whose outputs were hashed and found unchanged, to record with their new mtimes. */
  readonly refreshed: Changes;
}

/** Which of `jobs` to build, the jobs without a manifest (standard input) always among them, every job with `force`. */
export async function plan(jobs: readonly Job[], look: string, options: { force?: boolean; check?: boolean }): Promise<Plan> {
  const started = performance.now();
  const folders = [...new Set(jobs.flatMap((job) => (job.manifest === undefined ? [] : [job.manifest])))];
  const manifests = new Map(await Promise.all(folders.map(async (folder) => [folder, await readManifest(folder)] as const)));
  const decided = jobs.map((job) => {
    const manifest = job.manifest === undefined ? undefined : manifests.get(job.manifest);
    if (job.manifest === undefined || !manifest || options.force) return undefined;
    return upToDate({ ...job, manifest: job.manifest }, manifest, look);
  });
  const ms = Math.round(performance.now() - started);
  const fresh: FileOutcome[] = [];
  const refreshed: Changes = new Map();
  decided.forEach((decision, i) => {
    const job = jobs[i] as Job;
    if (!decision || job.manifest === undefined) return;
    const { entry } = decision;
    const diagnostics = entry.warnings.map((w) => ({ ...w, file: job.file }));
    fresh.push({ file: job.file, lang: entry.lang, status: options.check ? 'current' : 'up-to-date', outputs: job.outputs, stale: [], diagnostics, ms });
    if (decision.refreshed) changesIn(refreshed, job.manifest).set(keyOf(job.manifest, job.file), entry);
  });
  return { fresh, jobs: jobs.filter((_, i) => !decided[i]), refreshed };
}

/**
 * A built job's entry; none for one that failed (so that it is built, and its errors said,
 * again) or whose diagnostics name another file than its evaluation (they could not be said
 * again as they were).
 */
function entryOf(job: Job & { manifest: string }, outcome: FileOutcome, look: string): Entry | undefined {
  const { written } = outcome;
  if (outcome.status !== 'built' || !written || outcome.diagnostics.some((d) => d.file !== job.file)) return undefined;
  return {
    input: written.input,
    look,
    lang: outcome.lang,
    files: written.files.map((f) => ({ ...f, path: keyOf(job.manifest, f.path) })),
    outputs: written.outputs.map((o) => ({ ...o, path: keyOf(job.manifest, o.path) })),
    warnings: outcome.diagnostics.map(({ file: _, ...warning }) => warning),
  };
}

/**
 * Records in their manifests what `jobs` built (`outcomes` in the same order; none for a job an
 * interruption left), with the entries `refreshed`. A manifest that cannot be written is let be:
 * its entries no longer match what changed, which is then built again.
 */
export async function record(jobs: readonly Job[], outcomes: readonly (FileOutcome | undefined)[], look: string, refreshed: Changes): Promise<void> {
  const changes: Changes = new Map([...refreshed].map(([folder, entries]) => [folder, new Map(entries)]));
  outcomes.forEach((outcome, i) => {
    const job = jobs[i];
    if (!outcome || job?.manifest === undefined) return;
    changesIn(changes, job.manifest).set(keyOf(job.manifest, job.file), entryOf({ ...job, manifest: job.manifest }, outcome, look));
  });
  await Promise.all([...changes].map(([folder, entries]) => updateManifest(folder, entries).catch(() => undefined)));
}
