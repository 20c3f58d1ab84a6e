/**
 * Runs a batch's jobs on `jobs` worker threads (in this thread for one job or one worker), and
 * hands each result over as soon as it is ready.
 */
import { Worker } from 'node:worker_threads';
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

export async function runJobs(jobs: readonly Job[], workers: number, onResult: (result: JobResult) => void): Promise<JobResult[]> {
  const results: JobResult[] = new Array(jobs.length);
  if (workers <= 1 || jobs.length <= 1) {
    for (const [i, job] of jobs.entries()) {
      results[i] = await runJob(job);
      onResult(results[i] as JobResult);
    }
    return results;
  }

  let next = 0;
  const runOn = (worker: Worker): Promise<void> =>
    new Promise((resolve, reject) => {
      const feed = () => {
        if (next >= jobs.length) {
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
          results[index] = reply.result;
          onResult(reply.result);
          feed();
        });
        worker.postMessage(job);
      };
      worker.once('error', reject);
      feed();
    });

  const pool = Array.from({ length: Math.min(workers, jobs.length) }, () => new Worker(new URL('./worker.js', import.meta.url)));
  try {
    await Promise.all(pool.map(runOn));
  } finally {
    await Promise.all(pool.map((worker) => worker.terminate()));
  }
  return results;
}
