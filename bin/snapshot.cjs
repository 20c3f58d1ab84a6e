// Builds one of impact's V8 start-up snapshots, run by bin/warm.cjs as `node --snapshot-blob <blob>
// --build-snapshot bin/snapshot.cjs <warm-up> <evaluation> <out-dir>`: dist/impact.blob after a
// warm-up build (fonts parsed, tables decoded, words shaped, functions compiled, which a snapshot
// of the loaded bundle alone does not hold: it starts no faster than the code cache), and
// dist/impact-check.blob after a validation only. Node.js 20 lets a snapshot's builder require
// built-in modules only, so the bundle and the files it requires itself (dist/precompiled/*.cjs,
// JSON) are evaluated here through `vm`, with a `require` of our own that the snapshot keeps for
// the runs.
'use strict';
const { readFileSync } = require('node:fs');
const { builtinModules, createRequire: nodeRequireFrom, isBuiltin, wrap } = require('node:module');
const { dirname, join } = require('node:path');
const { Script } = require('node:vm');
const v8 = require('node:v8');

const BUNDLE = join(__dirname, '..', 'dist', 'impact.cjs');
const loaded = new Map();

/** A `require` for the module at `from`: built-ins as Node.js gives them, files evaluated here. */
function requireFrom(from) {
  const resolve = (request) => (isBuiltin(request) ? request : nodeRequireFrom(from).resolve(request));
  const require = (request) => {
    if (isBuiltin(request)) return request === 'module' || request === 'node:module' ? moduleWithOurRequire : builtin(request);
    return load(resolve(request));
  };
  require.resolve = resolve;
  return require;
}

const builtin = (name) => (name === 'worker_threads' || name === 'node:worker_threads' ? workerThreads : require(name));

/**
 * worker_threads, loaded only when a run first uses it: loaded while the snapshot is built, its
 * state does not survive (a worker's process.cwd() then throws). Until then (fflate reads
 * `Worker` when it loads) a member is a function that forwards to the real one when called.
 */
let building = true;
let realWorkerThreads;
const workerThreadsNow = () => (realWorkerThreads ??= require('node:worker_threads'));
const workerThreads = new Proxy(
  {},
  {
    get(_, key) {
      if (!building) return workerThreadsNow()[key];
      return function forward(...args) {
        const member = workerThreadsNow()[key];
        return new.target ? Reflect.construct(member, args) : member.apply(this, args);
      };
    },
  },
);
// The bundle's createRequire (templates, validators, fonts' paths) must give our require too.
const moduleWithOurRequire = { ...require('node:module'), builtinModules, createRequire: (from) => requireFrom(String(from).replace(/^file:\/\//, '')) };

function load(file) {
  let module = loaded.get(file);
  if (!module) {
    module = { exports: {} };
    loaded.set(file, module);
    if (file.endsWith('.json')) module.exports = JSON.parse(readFileSync(file, 'utf8'));
    else new Script(wrap(readFileSync(file, 'utf8')), { filename: file }).runInThisContext().call(module.exports, module.exports, requireFrom(file), module, file, dirname(file));
  }
  return module.exports;
}

const impact = load(BUNDLE);
const [warmUpName, example, out] = process.argv.slice(2);
/** `documents`: the snapshot of build, summary and compare; `checks`: the lighter one of validate and score. */
const WARM_UPS = {
  documents: [
    ['build', example, '--format', 'pdf,md,html', '--out-dir', out, '--quiet', '--force'],
    ['validate', example, '--quiet'],
  ],
  checks: [
    ['validate', example, '--quiet'],
    ['score', example],
  ],
};

async function warmUp() {
  for (const args of WARM_UPS[warmUpName]) {
    if ((await impact.main(args)) !== 0) throw new Error(`the snapshot's warm-up failed: impact ${args.join(' ')}`);
  }
}

warmUp().then(() => {
  v8.startupSnapshot.addSerializeCallback(() => impact.forgetRunState());
  v8.startupSnapshot.setDeserializeMainFunction(async () => {
    building = false;
    process.exitCode = await impact.main(process.argv.slice(1));
  });
});
