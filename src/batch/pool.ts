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

/** What a worker answers for a job (batch/worker.ts). */
export type Reply = { outcome: FileOutcome } | { bug: string };

/**
 * A bound on each worker's heap, so that a runaway file dies alone: left to itself, V8 sizes a
 * heap for the machine's memory and lets garbage pile up to hundreds of megabytes per thread; a
 * report needs a few tens. `IMPACT_MAX_WORKER_MB` changes it (docs/limits.md).
 */
export const DEFAULT_WORKER_MB = 512;
const workerMb = (): number => positive(process.env.IMPACT_MAX_WORKER_MB) ?? DEFAULT_WORKER_MB;

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
  const signal = interruptible();
  try {
    if (workers <= 1 || jobs.length <= 1) await inThisThread(jobs, signal.stopped, done);
    else await onWorkers(jobs, workers, signal.stopped, done, workerFile);
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

/** A worker's answer, or how it died: its memory exhausted, or any other end. */
type Answer = Reply | { died: 'out-of-memory' | 'crashed'; detail: string };

function ask(worker: Worker, job: Job): Promise<Answer> {
  return new Promise((resolve) => {
    const answer = (a: Answer) => {
      worker.off('message', onMessage).off('error', onError).off('exit', onExit);
      resolve(a);
    };
    const onMessage = (reply: Reply) => answer(reply);
    const onError = (e: Error & { code?: string }) =>
      answer({ died: e.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'out-of-memory' : 'crashed', detail: e.stack ?? String(e) });
    const onExit = (code: number) => answer({ died: 'crashed', detail: `worker exited with code ${code}` });
    worker.on('message', onMessage).on('error', onError).on('exit', onExit);
    worker.postMessage(job);
  });
}

function outcomeOf(job: Job, answer: Answer, ms: number): FileOutcome {
  if ('outcome' in answer) return answer.outcome;
  if ('bug' in answer) return failedJob(job, bugIn(job, answer.bug), ms);
  if (answer.died === 'out-of-memory') return failedJob(job, error(job.file, NO_POSITION, 'out-of-memory', { limit: workerMb() }), ms);
  return failedJob(job, bugIn(job, answer.detail), ms);
}

async function onWorkers(
  jobs: readonly Job[],
  workers: number,
  stopped: () => boolean,
  done: (index: number, outcome: FileOutcome) => void,
  workerFile: string,
): Promise<void> {
  let next = 0;
  const start = () => {
    const worker = new Worker(workerFile, { resourceLimits: { maxOldGenerationSizeMb: workerMb() } });
    // Its errors are answers to the job it holds (ask): none may go unheard and end the process.
    worker.on('error', () => {});
    return worker;
  };
  /** One worker taking jobs until none is left, replaced whenever it dies. */
  const lane = async () => {
    let worker = start();
    try {
      while (next < jobs.length && !stopped()) {
        const index = next;
        next += 1;
        const job = jobs[index] as Job;
        const started = performance.now();
        const answer = await ask(worker, job);
        done(index, outcomeOf(job, answer, Math.round(performance.now() - started)));
        if ('died' in answer) {
          await worker.terminate();
          worker = start();
        }
      }
    } finally {
      await worker.terminate();
    }
  };
  await Promise.all(Array.from({ length: Math.min(workers, jobs.length) }, lane));
}
