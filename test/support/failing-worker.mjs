// A stand-in for bin/worker.cjs (test/workers.test.ts): it answers as impact's worker does, and
// fails as a worker can for the files named so — a bug thrown, an exit, an uncaught error, a heap
// exhausted — to show that the pool replaces it and goes on.
import { parentPort } from 'node:worker_threads';

const FAILURES = {
  'throws.yaml': () => parentPort.postMessage({ bug: new Error('a bug in the build').stack }),
  'exits.yaml': () => process.exit(3),
  'uncaught.yaml': () =>
    setImmediate(() => {
      throw new Error('an uncaught error');
    }),
  'hungry.yaml': () => {
    const kept = [];
    for (;;) kept.push(new Array(100_000).fill(kept.length));
  },
};

parentPort.on('message', (job) => {
  const fail = FAILURES[job.file];
  if (fail) fail();
  else parentPort.postMessage({ outcome: { file: job.file, lang: 'fr', status: 'built', outputs: job.outputs, stale: [], diagnostics: [], ms: 0 } });
});
