// A cold build of the seed to PDF and Markdown, in a new process: through the launcher (from the
// start-up snapshot) and through the plain path (the bundle with its code cache). `--force`: the
// reports are made every time, not found up to date in the manifest of the run before.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compareToBaseline, LAUNCHER, PLAIN, SEED, timed } from './lib.mjs';

export const TARGET = 4;

export function measureCold() {
  const out = mkdtempSync(join(tmpdir(), 'impact-bench-cold-'));
  const args = ['build', SEED, '--format', 'pdf,md', '--out-dir', out, '--force'];
  const launcher = compareToBaseline(() => timed(LAUNCHER, { args }));
  const plain = compareToBaseline(() => timed([PLAIN, ...args]));
  rmSync(out, { recursive: true, force: true });
  return { launcher, plain, target: TARGET };
}
