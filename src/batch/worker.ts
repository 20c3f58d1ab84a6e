/** A worker thread of a batch: builds the files it is sent, one at a time. */
import { parentPort } from 'node:worker_threads';
import { buildFile, type Job } from '../build/build.js';
import type { Reply } from './pool.js';

export function serveJobs(): void {
  const reply = (answer: Reply) => parentPort?.postMessage(answer);
  parentPort?.on('message', (job: Job) => {
    buildFile(job).then(
      (outcome) => reply({ outcome }),
      (e: unknown) => reply({ bug: (e as Error).stack ?? String(e) }),
    );
  });
}
