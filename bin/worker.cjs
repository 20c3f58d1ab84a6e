// A batch's worker thread (see src/batch/pool.ts): the bundle loaded as the command loads it.
'use strict';
require('./load.cjs').loadImpact().serveJobs();
