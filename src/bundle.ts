/** What the bundle (dist/impact.cjs, loaded by bin/load.cjs) exposes: the command line, a batch worker's loop, and a theme trial worker's. */
export { main } from './cli/main.js';
export { serveJobs } from './batch/worker.js';
export { serveTrials } from './theme/trial.js';
