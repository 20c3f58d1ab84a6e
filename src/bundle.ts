/** What the bundle (dist/impact.cjs, loaded by bin/load.cjs) exposes: the command line, and a batch worker's loop. */
export { main } from './cli/main.js';
export { serveJobs } from './batch/worker.js';
