/** A worker thread of a batch: runs the jobs it is sent, one at a time. */
import { parentPort } from 'node:worker_threads';
import { runJob, type Job } from './job.js';

export function serveJobs(): void {
  parentPort?.on('message', (job: Job) => {
    runJob(job).then(
      (result) => parentPort?.postMessage({ result }),
      (e: unknown) => parentPort?.postMessage({ bug: (e as Error).stack ?? String(e) }),
    );
  });
}
