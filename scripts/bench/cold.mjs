// A cold build of the seed to PDF and Markdown, in a new process: through the launcher (from the
// start-up snapshot) and through the plain path (the bundle with its code cache). `--force`: the
// reports are made every time, not found up to date in the manifest of the run before. The
// snapshot's warm-up builds the seed, whose words it has then shaped and measured already: a
// cold build of another example (la Halle aux Cerises, 14 pages) says what a site of one's own
// costs.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compareToBaseline, LAUNCHER, PLAIN, ROOT, SEED, timed } from './lib.mjs';

const OTHER_SITE = join(ROOT, 'examples', 'la-halle-aux-cerises.yaml');

export const TARGET = 4;

export function measureCold() {
  const out = mkdtempSync(join(tmpdir(), 'impact-bench-cold-'));
  const argsFor = (file) => ['build', file, '--format', 'pdf,md', '--out-dir', out, '--force'];
  const args = argsFor(SEED);
  const launcher = compareToBaseline(() => timed(LAUNCHER, { args }));
  const plain = compareToBaseline(() => timed([PLAIN, ...args]));
  const otherSite = compareToBaseline(() => timed(LAUNCHER, { args: argsFor(OTHER_SITE) }));
  rmSync(out, { recursive: true, force: true });
  return { launcher, plain, otherSite, target: TARGET };
}
