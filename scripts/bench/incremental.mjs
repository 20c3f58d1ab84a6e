// Incremental builds (issue 16): 1 000 sites built once to PDF and Markdown, then the median wall
// time of `--check` of the 1 000 unchanged and of a rebuild after one file changed, with
// `node -e 0` measured alongside (these machines are noisy: the ratio drifts less than the ms).
// Runnable alone: `node scripts/bench/incremental.mjs` prints the figures. Needs a build.
import { spawnSync } from 'node:child_process';
import { appendFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sites } from './sites.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** Wall time of one process, in ms; `expected` is the exit code it must end with. */
function timed(node, args, cwd, expected = 0) {
  const started = process.hrtime.bigint();
  const run = spawnSync(node, args, { cwd, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (run.status !== expected) throw new Error(`${args.join(' ')} exited ${run.status}, not ${expected}:\n${run.stderr}`);
  return ms;
}

/** The figures, in ms: the first build, and the medians of `runs` checks and one-change rebuilds. */
export async function measureIncremental({ root = ROOT, bin = join(root, 'bin', 'impact.js'), node = process.execPath, count = 1000, runs = 5 } = {}) {
  const dir = sites(count);
  const build = [bin, 'build', 'sites', '--out-dir', 'out', '--format', 'pdf,md', '--quiet'];
  try {
    const firstMs = timed(node, build, dir);
    const baseline = [];
    const check = [];
    const rebuild = [];
    for (let i = 0; i < runs; i += 1) {
      baseline.push(timed(node, ['-e', '0'], dir));
      check.push(timed(node, [...build, '--check'], dir));
      // A comment added: new bytes, so that site's reports are built again.
      appendFileSync(join(dir, 'sites', 'region-3', 'site-3.yaml'), `# changement ${i}\n`);
      rebuild.push(timed(node, build, dir));
    }
    return { sites: count, runs, firstBuildMs: Math.round(firstMs), baselineMs: Math.round(median(baseline)), checkMs: Math.round(median(check)), rebuildOneMs: Math.round(median(rebuild)) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const r = await measureIncremental();
  console.log(`${r.sites} sites, pdf+md, median of ${r.runs}; node -e 0: ${r.baselineMs} ms`);
  console.log(`first build:             ${r.firstBuildMs} ms`);
  console.log(`--check, all unchanged:  ${r.checkMs} ms (target ≤ 500 ms; ${(r.checkMs / r.baselineMs).toFixed(1)} × node -e 0)`);
  console.log(`rebuild after 1 change:  ${r.rebuildOneMs} ms (target ≤ 2000 ms; ${(r.rebuildOneMs / r.baselineMs).toFixed(1)} × node -e 0)`);
}
