/**
 * A worker thread of a batch: builds the files it is sent, one at a time, in the order sent. The
 * pool sends the next job before this one is done (pool.ts): it waits here, and is not begun if
 * the batch was stopped meanwhile (the flag the pool shares in `workerData`).
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Answer, Sent } from './pool.js';

export function serveJobs(): void {
  const stop = (workerData as { stop?: Int32Array } | undefined)?.stop;
  const reply = (answer: Answer) => parentPort?.postMessage(answer);
  // Imported here rather than by the bundle's entry: a process that builds nothing (every report up to date) never loads the renderers.
  const builder = import('../build/build.js');
  let previous: Promise<void> = Promise.resolve();
  parentPort?.on('message', ({ index, job }: Sent) => {
    previous = previous.then(async () => {
      if (stop && Atomics.load(stop, 0) !== 0) return reply({ index, skipped: true });
      try {
        reply({ index, outcome: await (await builder).buildFile(job) });
      } catch (e) {
        reply({ index, bug: (e as Error).stack ?? String(e) });
      }
    });
  });
}
