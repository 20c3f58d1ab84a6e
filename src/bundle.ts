/** What the bundle (dist/impact.cjs, loaded by bin/load.cjs and bin/snapshot.cjs) exposes: the command line, a batch worker's loop, a theme trial worker's, and what the start-up snapshot forgets. */
export { main } from './cli/main.js';
export { serveJobs } from './batch/worker.js';
export { serveTrials } from './theme/trial.js';
export { forgetRunState } from './runtime/caches.js';
