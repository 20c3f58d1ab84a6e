// A stand-in for bin/worker.cjs (test/workers.test.ts): it answers as impact's worker does, one
// job after another in the order sent, and fails as a worker can for the files named so — a bug
// thrown, an exit, an uncaught error, a heap exhausted — to show that the pool replaces it and
// goes on.
import { parentPort } from 'node:worker_threads';

const never = new Promise(() => {});

const FAILURES = {
  'throws.yaml': (index) => parentPort.postMessage({ index, bug: new Error('a bug in the build').stack }),
  'exits.yaml': () => process.exit(3),
  'uncaught.yaml': () => {
    setImmediate(() => {
      throw new Error('an uncaught error');
    });
    return never;
  },
  'hungry.yaml': () => {
    const kept = [];
    for (;;) kept.push(new Array(100_000).fill(kept.length));
  },
};

let previous = Promise.resolve();
parentPort.on('message', ({ index, job }) => {
  previous = previous.then(() => {
    const fail = FAILURES[job.file];
    if (fail) return fail(index);
    parentPort.postMessage({ index, outcome: { file: job.file, lang: 'fr', status: 'built', outputs: job.outputs, stale: [], diagnostics: [], ms: 0 } });
  });
});
