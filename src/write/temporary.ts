/**
 * The temporary files reports are written into before they are renamed into place: named so that
 * they stay within a file name's 255 bytes whatever the report's name, and so that impact knows
 * its own — a run killed while writing (SIGKILL, a power cut) leaves one behind, which the next
 * run writing in that folder removes.
 */
import { randomBytes } from 'node:crypto';
import { readdir, rm, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { processCache } from '../runtime/caches.js';

/** `.<the report's name, cut>.impact-<pid>-<8 hex digits>.tmp`: hidden, and nothing else looks like it. */
const TEMPORARY = /^\.[^/]*\.impact-(\d{1,10})-[0-9a-f]{8}\.tmp$/;

/** Most file systems take 255 bytes for a name; the suffix takes at most 33 of them. */
const NAME_BYTES = 255;
const SUFFIX_BYTES = '..impact-4294967295-00000000.tmp'.length;

/** A temporary file of a process that still runs is its own until this old: by then its pid was reused. */
const ABANDONED_MS = 24 * 60 * 60 * 1000;

/**
 * A file whose pid runs nowhere here is left over once this old: in a folder shared over a
 * network, that pid may be a run on another machine, writing now, and no report takes this long.
 */
const UNFINISHED_MS = 10 * 60 * 1000;

/** `name` cut to at most `bytes` bytes of UTF-8, never inside a character. */
function cut(name: string, bytes: number): string {
  let kept = '';
  let used = 0;
  for (const character of name) {
    used += Buffer.byteLength(character);
    if (used > bytes) break;
    kept += character;
  }
  return kept;
}

/** A fresh temporary name beside `path`. */
export function temporaryFor(path: string): string {
  const stem = cut(basename(path), NAME_BYTES - SUFFIX_BYTES);
  return join(dirname(path), `.${stem}.impact-${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
}

const isRunning = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: it runs, as another user.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/**
 * Whether `name` is a temporary file impact left: its process is gone and no write could still be
 * under way, or it is so old that its pid is another process's now. This process's own (its
 * worker threads share its pid) are never.
 */
async function isLeftOver(folder: string, name: string, now: number): Promise<boolean> {
  const match = TEMPORARY.exec(name);
  if (!match) return false;
  const pid = Number(match[1]);
  if (pid === process.pid) return false;
  const { mtimeMs } = await stat(join(folder, name));
  return now - mtimeMs > (isRunning(pid) ? ABANDONED_MS : UNFINISHED_MS);
}

/** Folders already cleared by this process: once each is enough. */
const cleared = processCache<string, true>('folders cleared of left-overs');

/**
 * Removes what killed runs left in `folder`. Best effort: a folder that cannot be read, or a file
 * that another run removes first, is no reason not to write the report.
 */
export async function clearLeftOvers(folder: string): Promise<void> {
  if (cleared.has(resolve(folder))) return;
  cleared.set(resolve(folder), true);
  let names: string[];
  try {
    names = await readdir(folder);
  } catch {
    return;
  }
  const now = Date.now();
  for (const name of names) {
    try {
      if (await isLeftOver(folder, name, now)) await rm(join(folder, name), { force: true });
    } catch {
      // Gone already, or not ours to remove.
    }
  }
}
