/**
 * The writing stage that `build` and `summary` share: where reports may go (never over an input,
 * never two to one place), writing them whole, comparing them with what is on disk for
 * `--check`, and a write that fails turned into a diagnostic.
 */
import { mkdirSync, readFileSync, realpathSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { NO_POSITION, error, type Diagnostic } from '../diagnostics/diagnostic.js';
import { fsPath } from '../load/file-names.js';
import { writeAtomic } from './atomic.js';

/** A report rendered: text, or the bytes of a PDF. */
export type Rendered = string | Uint8Array;

/** The output of an evaluation read from standard input: standard output (`impact build - --format md`). */
export const STDOUT = '-';

export type Staleness = 'missing' | 'outdated';

export interface Stale {
  readonly output: string;
  readonly why: Staleness;
}

/** The file a path names, links followed, so that two spellings of one file are seen as one. */
const canonical = (path: string): string => {
  // One realpath(3) call, where realpathSync reads every folder of the path again: a batch canonicalizes thousands.
  try {
    return realpathSync.native(path);
  } catch {
    return resolve(path);
  }
};

/** Whether `output` names one of `inputs`: writing it would destroy an evaluation. */
export function overwritesInput(inputs: readonly string[]): (output: string) => boolean {
  const files = new Set(inputs.map(canonical));
  return (output) => files.has(canonical(output));
}

/** What each input would write that it must not: over an input (its own or another's), or where another input writes too. */
export function conflicts(plans: readonly { readonly file: string; readonly outputs: readonly string[] }[]): Map<string, Diagnostic[]> {
  const isInput = overwritesInput(plans.map((plan) => plan.file));
  const writer = new Map<string, string>();
  const found = new Map<string, Diagnostic[]>();
  const add = (file: string, d: Diagnostic) => found.set(file, [...(found.get(file) ?? []), d]);
  for (const { file, outputs } of plans) {
    for (const output of outputs) {
      const key = canonical(output);
      const other = writer.get(key);
      if (isInput(output)) add(file, error(file, NO_POSITION, 'output-is-input', { output }));
      else if (other !== undefined && other !== file) add(file, error(file, NO_POSITION, 'output-collision', { output, other }));
      writer.set(key, file);
    }
  }
  return found;
}

const writeStdout = (content: Rendered): Promise<void> =>
  new Promise((resolve, reject) => process.stdout.write(content, (e) => (e ? reject(e) : resolve())));

/**
 * Writes each content to its output, in order, each whole or not at all, its folder made. The
 * first that cannot be written stops the others, and is said of `about` (the input the reports
 * are of; by default the output itself).
 */
export async function writeOutputs(outputs: readonly string[], contents: readonly Rendered[], about?: string): Promise<Diagnostic | undefined> {
  for (const [i, output] of outputs.entries()) {
    try {
      if (output === STDOUT) {
        await writeStdout(contents[i] ?? '');
        continue;
      }
      mkdirSync(fsPath(dirname(output)), { recursive: true });
      await writeAtomic(output, contents[i] ?? '');
    } catch (e) {
      const reason = (e as NodeJS.ErrnoException).code ?? String(e);
      return error(about ?? output, NO_POSITION, 'write-failed', { output, reason });
    }
  }
  return undefined;
}

async function staleness(path: string, content: Rendered): Promise<Staleness | undefined> {
  let current: Buffer;
  try {
    current = readFileSync(fsPath(path));
  } catch {
    return 'missing';
  }
  return current.equals(typeof content === 'string' ? Buffer.from(content) : content) ? undefined : 'outdated';
}

/** `--check`: the outputs missing or different from what would be written; nothing is written. */
export async function compareOutputs(outputs: readonly string[], contents: readonly Rendered[]): Promise<Stale[]> {
  const stale: Stale[] = [];
  for (const [i, output] of outputs.entries()) {
    const why = await staleness(output, contents[i] ?? '');
    if (why) stale.push({ output, why });
  }
  return stale;
}
