#!/usr/bin/env node
// The plain path: the bundle loaded with its code cache (bin/load.cjs). The bin/impact launcher
// comes here when the start-up snapshot is missing or not this Node.js's, saying which node it
// found (IMPACT_SNAPSHOT_FOR): the snapshot is then remade in the background for the next runs,
// unless that node is not this one (a version manager's shim: the launcher could never check a
// snapshot against it).
import { realpathSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const realPath = (file) => {
  try {
    return realpathSync(file);
  } catch {
    return undefined;
  }
};
const launcherNode = process.env.IMPACT_SNAPSHOT_FOR;
delete process.env.IMPACT_SNAPSHOT_FOR;
const impact = require('./load.cjs').loadImpact();
if (launcherNode && realPath(launcherNode) === realPath(process.execPath)) require('./warm.cjs').remakeInBackground(['snapshot']);
process.exitCode = await impact.main(process.argv.slice(2));
