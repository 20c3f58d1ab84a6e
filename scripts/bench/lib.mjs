// What the bench's measures share: the package's paths, the number of runs, timing a new process,
// and comparing a command with `node -e 0` run in the same loop (these machines are noisy:
// absolute times drift, ratios much less).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** The command as installed (the launcher, from the snapshot) and the plain path. */
export const LAUNCHER = join(ROOT, 'bin', 'impact');
export const PLAIN = join(ROOT, 'bin', 'impact.js');
export const RUNS = Number(process.env.BENCH_RUNS ?? 9);
export const SEED = join(ROOT, 'examples', 'la-petite-manchester.yaml');

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** Wall time of a new process, in ms: `command` an executable file, or node's arguments. */
export function timed(command, options = {}) {
  const [file, args] = typeof command === 'string' ? [command, options.args ?? []] : [process.execPath, command];
  const started = process.hrtime.bigint();
  const run = spawnSync(file, args, { stdio: 'ignore', ...options });
  if (run.status !== 0 && !options.allowFailure) throw new Error(`${file} ${args.join(' ')} exited ${run.status}`);
  return Number(process.hrtime.bigint() - started) / 1e6;
}

/** Runs `run()` (and the baseline) RUNS times, interleaved so that both see the same noise: medians and their ratio. */
export function compareToBaseline(run) {
  const baseline = [];
  const measured = [];
  for (let i = 0; i < RUNS; i += 1) {
    baseline.push(timed(['-e', '0']));
    measured.push(run());
  }
  const [base, ms] = [median(baseline), median(measured)];
  return { baselineMs: Math.round(base), ms: Math.round(ms), ratio: +(ms / base).toFixed(2) };
}
