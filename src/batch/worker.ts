/** A worker thread of a batch: builds the files it is sent, one at a time. */
import { parentPort } from 'node:worker_threads';
import type { Job } from '../build/build.js';
import type { Reply } from './pool.js';

export function serveJobs(): void {
  const reply = (answer: Reply) => parentPort?.postMessage(answer);
  // Imported here rather than by the bundle's entry: a process that builds nothing (every report up to date) never loads the renderers.
  const builder = import('../build/build.js');
  parentPort?.on('message', (job: Job) => {
    builder
      .then(({ buildFile }) => buildFile(job))
      .then(
        (outcome) => reply({ outcome }),
        (e: unknown) => reply({ bug: (e as Error).stack ?? String(e) }),
      );
  });
}
