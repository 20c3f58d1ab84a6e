/**
 * Runs a batch's jobs on `jobs` worker threads (in this thread for one job or one worker), and
 * hands each result over as soon as it is ready.
 */
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { PACKAGE_ROOT } from '../runtime/paths.js';
import { runJob, type Job, type JobResult } from './job.js';

/** A bug in impact met while running a job: reported with its stack, never as an input error. */
export class JobBug extends Error {
  constructor(
    readonly file: string,
    readonly trace: string,
  ) {
    super(`${file}: ${trace}`);
  }
}

type Reply = { result: JobResult } | { bug: string };

/**
 * A bound on each worker's heap: left to itself, V8 sizes a heap for the machine's memory and lets
 * garbage pile up to hundreds of megabytes per thread; a report needs a few tens.
 */
const WORKER_LIMITS = { maxOldGenerationSizeMb: 512 };

/** A worker loads the bundle as the command does (bin/load.cjs), then serves jobs. */
const WORKER_FILE = join(PACKAGE_ROOT, 'bin', 'worker.cjs');

export interface Run {
  /** In input order; a job not started because of an interruption has no result. */
  readonly results: readonly (JobResult | undefined)[];
  readonly interrupted: boolean;
}

/**
 * Ctrl-C (SIGINT) or SIGTERM stops the batch gracefully: no new job starts, the ones under way
 * finish writing, so reports are whole and no temporary file is left. A second signal kills.
 */
function interruptible(): { readonly stopped: () => boolean; readonly release: () => void } {
  let stopped = false;
  const stop = () => {
    stopped = true;
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return {
    stopped: () => stopped,
    release: () => {
      process.removeListener('SIGINT', stop);
      process.removeListener('SIGTERM', stop);
    },
  };
}

export async function runJobs(jobs: readonly Job[], workers: number, onResult: (result: JobResult) => void): Promise<Run> {
  const results: (JobResult | undefined)[] = new Array(jobs.length);
  const signal = interruptible();
  try {
    if (workers <= 1 || jobs.length <= 1) {
      for (const [i, job] of jobs.entries()) {
        if (signal.stopped()) break;
        const result = await runJob(job);
        results[i] = result;
        onResult(result);
      }
    } else {
      await onWorkers(jobs, workers, signal.stopped, (i, result) => {
        results[i] = result;
        onResult(result);
      });
    }
  } finally {
    signal.release();
  }
  return { results, interrupted: signal.stopped() };
}

async function onWorkers(jobs: readonly Job[], workers: number, stopped: () => boolean, done: (index: number, result: JobResult) => void): Promise<void> {
  let next = 0;
  const runOn = (worker: Worker): Promise<void> =>
    new Promise((resolve, reject) => {
      const feed = () => {
        if (next >= jobs.length || stopped()) {
          resolve();
          return;
        }
        const index = next;
        next += 1;
        const job = jobs[index] as Job;
        worker.once('message', (reply: Reply) => {
          if ('bug' in reply) {
            reject(new JobBug(job.file, reply.bug));
            return;
          }
          done(index, reply.result);
          feed();
        });
        worker.postMessage(job);
      };
      worker.once('error', reject);
      feed();
    });

  const pool = Array.from({ length: Math.min(workers, jobs.length) }, () => new Worker(WORKER_FILE, { resourceLimits: WORKER_LIMITS }));
  try {
    await Promise.all(pool.map(runOn));
  } finally {
    await Promise.all(pool.map((worker) => worker.terminate()));
  }
}
