// Batches of generated sites to PDF and Markdown with the default --jobs, through the launcher:
// wall time, reports per second, and the peak memory of the whole process (GNU time's maximum
// resident set, which counts the worker threads, in one process).
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { LAUNCHER, median, RUNS } from './lib.mjs';
import { sites } from './sites.mjs';

export const TARGET = { perSecond: 35, peakMb: 300 };

export function measureBatch(count) {
  const dir = sites(count);
  const times = [];
  let peakKb = 0;
  for (let i = 0; i < Math.max(1, Math.floor(RUNS / 3)); i += 1) {
    rmSync(join(dir, 'out'), { recursive: true, force: true });
    const started = process.hrtime.bigint();
    // GNU time writes the peak resident memory, in kB, as the last line of stderr.
    const run = spawnSync('/usr/bin/time', ['-f', '%M', LAUNCHER, 'build', 'sites', '--out-dir', 'out', '--format', 'pdf,md', '--quiet'], {
      cwd: dir,
      encoding: 'utf8',
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    if (run.status !== 0) throw new Error(`the batch of ${count} failed:\n${run.stderr}`);
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
    peakKb = Math.max(peakKb, Number(run.stderr.trim().split('\n').at(-1)));
  }
  rmSync(dir, { recursive: true, force: true });
  const ms = median(times);
  return { sites: count, ms: Math.round(ms), perSecond: +((count * 1000) / ms).toFixed(1), msPerSite: +(ms / count).toFixed(2), peakMb: Math.round(peakKb / 1024), target: TARGET };
}
