/**
 * Runs a batch's jobs on `workers` worker threads (in this thread for one job or one worker), and
 * hands each outcome over as soon as it is ready. A worker that fails — a bug thrown, a crash, its
 * memory exhausted — fails only the file it was building: it is replaced, and the batch goes on.
 */
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { NO_POSITION, error, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { Job } from '../build/build.js';
import type { FileOutcome } from '../build/outcome.js';
import { positive } from '../load/limits.js';
import { PACKAGE_ROOT } from '../runtime/paths.js';
import { interruptible } from './interrupt.js';

/** A job as sent to a worker (batch/worker.ts), with its index, which the worker's answer repeats. */
export interface Sent {
  readonly index: number;
  readonly job: Job;
}

/** What a worker answers for a job: its outcome, a bug, or that the batch was stopped before it began. */
export type Reply = { outcome: FileOutcome } | { bug: string } | { skipped: true };
export type Answer = Reply & { readonly index: number };

/**
 * A bound on each worker's heap, so that a runaway file dies alone: left to itself, V8 sizes a
 * heap for the machine's memory and lets garbage pile up to hundreds of megabytes per thread; a
 * report needs a few tens. `IMPACT_MAX_WORKER_MB` changes it (docs/limits.md).
 */
export const DEFAULT_WORKER_MB = 512;
const workerMb = (): number => positive(process.env.IMPACT_MAX_WORKER_MB) ?? DEFAULT_WORKER_MB;

/**
 * Each worker's young generation: V8 gives it a third to each of its two semi-spaces (rounded up
 * to a power of two), so 8 MB instead of the 16 it grows to by itself. What a report keeps for
 * its whole build is copied a little more often, but each worker's heap is 32 MB smaller (1 000
 * sites: docs/speed.md).
 */
const WORKER_YOUNG_MB = 24;

/** A worker loads the bundle as the command does (bin/load.cjs), then serves jobs. */
const WORKER_FILE = join(PACKAGE_ROOT, 'bin', 'worker.cjs');

export interface BatchOutcome {
  /** In input order; a job not started because of an interruption has none. */
  readonly outcomes: readonly (FileOutcome | undefined)[];
  readonly interrupted: boolean;
}

/** The file of a job whose build failed in impact rather than in its input: said of the file, in the run's language. */
function failedJob(job: Job, diagnostic: Diagnostic, ms: number): FileOutcome {
  return { file: job.file, lang: job.lang ?? 'fr', status: 'failed', outputs: job.outputs, stale: [], diagnostics: [diagnostic], ms };
}

const bugIn = (job: Job, trace: string): Diagnostic =>
  error(job.file, NO_POSITION, 'build-crashed', { detail: trace.split('\n')[0] ?? trace, trace });

export async function runJobs(jobs: readonly Job[], workers: number, onOutcome: (outcome: FileOutcome) => void, workerFile = WORKER_FILE): Promise<BatchOutcome> {
  const outcomes: (FileOutcome | undefined)[] = new Array(jobs.length);
  const done = (index: number, outcome: FileOutcome) => {
    outcomes[index] = outcome;
    onOutcome(outcome);
  };
  // Shared with the workers, which read it before each job they hold: one sent ahead is not begun
  // once the batch is stopped. Made only for them (the start-up snapshot's build has no SharedArrayBuffer).
  const stop = workers > 1 && jobs.length > 1 ? new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT)) : undefined;
  const signal = interruptible(() => stop && Atomics.store(stop, 0, 1));
  try {
    if (stop) await onWorkers(jobs, workers, signal.stopped, stop, done, workerFile);
    else await inThisThread(jobs, signal.stopped, done);
  } finally {
    signal.release();
  }
  return { outcomes, interrupted: signal.stopped() };
}

async function inThisThread(jobs: readonly Job[], stopped: () => boolean, done: (index: number, outcome: FileOutcome) => void): Promise<void> {
  if (jobs.length === 0) return;
  // Loaded only when there is something to build: a batch whose every report is up to date loads no renderer.
  const { buildFile } = await import('../build/build.js');
  for (const [i, job] of jobs.entries()) {
    if (stopped()) break;
    const started = performance.now();
    try {
      done(i, await buildFile(job));
    } catch (e) {
      done(i, failedJob(job, bugIn(job, (e as Error).stack ?? String(e)), Math.round(performance.now() - started)));
    }
  }
}

/** How a worker died: its memory exhausted, or any other end. */
type Death = { died: 'out-of-memory' | 'crashed'; detail: string };

function outcomeOf(job: Job, answer: Exclude<Reply, { skipped: true }> | Death, ms: number): FileOutcome {
  if ('outcome' in answer) return answer.outcome;
  if ('bug' in answer) return failedJob(job, bugIn(job, answer.bug), ms);
  if (answer.died === 'out-of-memory') return failedJob(job, error(job.file, NO_POSITION, 'out-of-memory', { limit: workerMb() }), ms);
  return failedJob(job, bugIn(job, answer.detail), ms);
}

/**
 * Jobs a worker holds at once: the one it builds, and the next, sent before the first is done so
 * that the worker never waits for this thread between two, which, both cores busy, had to wait
 * for one itself (1 000 sites, in the same loop: 32.2 → 33.6 reports/s on a quiet machine).
 */
const HELD = 2;

async function onWorkers(
  jobs: readonly Job[],
  workers: number,
  stopped: () => boolean,
  stop: Int32Array,
  done: (index: number, outcome: FileOutcome) => void,
  workerFile: string,
): Promise<void> {
  let next = 0;
  /** Jobs a worker held but had not started when it died: the next worker's first. */
  const handedBack: number[] = [];
  const take = (): number | undefined => {
    if (stopped()) return undefined;
    if (handedBack.length > 0) return handedBack.shift();
    return next < jobs.length ? next++ : undefined;
  };
  const start = () =>
    new Worker(workerFile, {
      workerData: { stop },
      resourceLimits: { maxOldGenerationSizeMb: workerMb(), maxYoungGenerationSizeMb: WORKER_YOUNG_MB },
    });
  /** One worker taking jobs until none is left, replaced whenever it dies. */
  const lane = () =>
    new Promise<void>((finished) => {
      /** The jobs sent to the worker and not answered, by index, with when each began (or was sent, the next); the first one is being built. */
      const held = new Map<number, number>();
      const serve = (worker: Worker) => {
        let ended = false;
        const fill = () => {
          while (held.size < HELD) {
            const index = take();
            if (index === undefined) break;
            held.set(index, performance.now());
            worker.postMessage({ index, job: jobs[index] as Job } satisfies Sent);
          }
          if (held.size === 0) {
            ended = true;
            void worker.terminate().then(() => finished());
          }
        };
        const died = (death: Death) => {
          if (ended) return;
          ended = true;
          const [building, ...waiting] = held.keys();
          if (building !== undefined) done(building, outcomeOf(jobs[building] as Job, death, Math.round(performance.now() - (held.get(building) ?? 0))));
          handedBack.unshift(...waiting);
          held.clear();
          void worker.terminate();
          if (!stopped() && (handedBack.length > 0 || next < jobs.length)) serve(start());
          else finished();
        };
        worker.on('message', ({ index, ...reply }: Answer) => {
          const began = held.get(index);
          if (began === undefined) return;
          held.delete(index);
          // The next job held begins now: its time is counted from here, not from when it was sent.
          const [building] = held.keys();
          if (building !== undefined) held.set(building, performance.now());
          if (!('skipped' in reply)) done(index, outcomeOf(jobs[index] as Job, reply, Math.round(performance.now() - began)));
          fill();
        });
        // Said at the exit, which follows the error: the answers the worker sent before it died,
        // which an error can overtake, are in by then, and the job it died on is the first still held.
        let death: Death | undefined;
        worker.on('error', (e: Error & { code?: string }) => {
          death ??= { died: e.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'out-of-memory' : 'crashed', detail: e.stack ?? String(e) };
        });
        worker.on('exit', (code) => died(death ?? { died: 'crashed', detail: `worker exited with code ${code}` }));
        fill();
      };
      serve(start());
    });
  await Promise.all(Array.from({ length: Math.min(workers, jobs.length) }, lane));
}
