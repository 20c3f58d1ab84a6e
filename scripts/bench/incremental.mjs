// Incremental builds (issue 16): 1 000 sites built once to PDF and Markdown, then the medians of
// `--check` of the 1 000 unchanged and of a rebuild after one file changed, with `node -e 0` run
// alongside. Runnable alone: `node scripts/bench/incremental.mjs` prints the figures. Needs a build.
import { appendFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { median, PLAIN, timed } from './lib.mjs';
import { sites } from './sites.mjs';

export const TARGETS = { checkMs: 500, rebuildOneMs: 2000 };

/** The figures, in ms: the first build, and the medians of `runs` checks and one-change rebuilds. */
export function measureIncremental({ count = 1000, runs = 5 } = {}) {
  const dir = sites(count);
  const build = [PLAIN, 'build', 'sites', '--out-dir', 'out', '--format', 'pdf,md', '--quiet'];
  try {
    const firstMs = timed(build, { cwd: dir });
    const [baseline, check, rebuild] = [[], [], []];
    for (let i = 0; i < runs; i += 1) {
      baseline.push(timed(['-e', '0'], { cwd: dir }));
      check.push(timed([...build, '--check'], { cwd: dir }));
      // A comment added: new bytes, so that this site's reports are built again.
      appendFileSync(join(dir, 'sites', 'region-3', 'site-3.yaml'), `# changement ${i}\n`);
      rebuild.push(timed(build, { cwd: dir }));
    }
    const baselineMs = median(baseline);
    const ratio = (values) => +(median(values) / baselineMs).toFixed(1);
    return {
      sites: count,
      runs,
      firstBuildMs: Math.round(firstMs),
      baselineMs: Math.round(baselineMs),
      checkMs: Math.round(median(check)),
      checkRatio: ratio(check),
      rebuildOneMs: Math.round(median(rebuild)),
      rebuildOneRatio: ratio(rebuild),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The bench table's rows for these figures. */
export const incrementalRows = (r) => [
  [`--check of ${r.sites} unchanged`, `${r.checkMs} ms`, `${r.checkRatio} ×`, `≤ ${TARGETS.checkMs} ms`],
  [`rebuild of ${r.sites} after one change`, `${r.rebuildOneMs} ms`, `${r.rebuildOneRatio} ×`, `≤ ${TARGETS.rebuildOneMs} ms`],
];

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const r = measureIncremental();
  console.log(`${r.sites} sites, pdf+md, median of ${r.runs}; node -e 0: ${r.baselineMs} ms; first build ${r.firstBuildMs} ms`);
  for (const row of incrementalRows(r)) console.log(row.join('  '));
}
