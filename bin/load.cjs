// Loads impact's bundle (dist/impact.cjs) with the V8 code cache `npm run build` made for it
// (dist/impact.cjs.cache): the functions a build runs are then neither parsed nor compiled again
// at every start. A cache made by another Node.js is rejected by V8, the bundle compiled as
// usual, and a new cache made in the background (bin/warm.cjs) for the next runs. Plain
// CommonJS, so that it runs before anything else is loaded.
'use strict';
const { readFileSync, writeFileSync } = require('node:fs');
const { createRequire, wrap } = require('node:module');
const { dirname, join } = require('node:path');
const { Script } = require('node:vm');

const BUNDLE = join(__dirname, '..', 'dist', 'impact.cjs');
const CACHE = `${BUNDLE}.cache`;

function readCache() {
  try {
    return readFileSync(CACHE);
  } catch {
    return undefined;
  }
}

/**
 * The bundle's exports; `usedCache` tells whether V8 took the code cache, `saveCache(file)`
 * writes the code cache of what this process has run.
 */
function loadImpact() {
  const cachedData = readCache();
  const script = new Script(wrap(readFileSync(BUNDLE, 'utf8')), { filename: BUNDLE, cachedData });
  const module = { exports: {} };
  script.runInThisContext().call(module.exports, module.exports, createRequire(BUNDLE), module, BUNDLE, dirname(BUNDLE));
  const usedCache = cachedData !== undefined && !script.cachedDataRejected;
  if (!usedCache) require('./warm.cjs').remakeInBackground(['cache']);
  return { ...module.exports, usedCache, saveCache: (file) => writeFileSync(file, script.createCachedData()) };
}

module.exports = { loadImpact };
