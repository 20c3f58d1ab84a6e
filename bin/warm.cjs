// What makes a new process of impact start warm, made for the Node.js that runs this file: the V8
// code cache of the bundle (dist/impact.cjs.cache, taken by bin/load.cjs) and the start-up
// snapshot (dist/impact.blob, taken by the bin/impact launcher, with dist/impact.blob.node saying
// which Node.js it belongs to). `npm run build` makes both (`node bin/warm.cjs`); a run that finds
// its code cache rejected or the snapshot missing or made by another Node.js remakes it in the
// background (`remakeInBackground`), so that only the first run after upgrading Node.js is slow.
'use strict';
const { spawn, spawnSync } = require('node:child_process');
const { accessSync, closeSync, constants, copyFileSync, mkdirSync, mkdtempSync, openSync, readFileSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');

const DIST = join(__dirname, '..', 'dist');
const BLOB = join(DIST, 'impact.blob');
/** The lighter snapshot, warmed by a validation only, for validate and score. */
const CHECK_BLOB = join(DIST, 'impact-check.blob');
const SIGNATURE = `${BLOB}.node`;
const BUNDLE = join(DIST, 'impact.cjs');
const CACHE = `${BUNDLE}.cache`;
const LOCK = join(DIST, 'warm.lock');
const SEED = join(DIST, 'warm-up', 'la-petite-manchester.yaml');
/** A remake holding the lock longer than this was killed: its lock is left over. */
const STALE_LOCK_MS = 10 * 60 * 1000;
/**
 * V8 flags of the snapshot's runs, the same when it is made and when it is loaded (V8 refuses a
 * snapshot made with other flags, and Node.js then exits). A young generation at its largest from
 * the start: a build scavenges once instead of about sixteen times and never runs a full
 * mark-compact of the snapshot's heap (15–20 ms of a cold build of the seed). An old generation
 * that may grow to 64 MB before one is due: from the snapshot's own limit (28 MB for 19 MB in
 * use), its one scavenge left less room than a young generation, which has V8 start marking in
 * a task; the seed's build ended just before the task ran, or just after (12 ms more). Eight times V8's
 * interrupt budget before a function is optimised: in a run of a few hundred milliseconds,
 * TurboFan's compilations (47 functions for the seed, 100 ms of CPU) mostly finish too late to
 * pay, while what runs for seconds is still optimised (a 25 000-word evaluation takes 5.3 s
 * either way, and 21.6 s with no optimisation at all).
 */
const SNAPSHOT_FLAGS = ['--initial-old-space-size=64', '--min-semi-space-size=16', '--max-semi-space-size=16', '--interrupt-budget=540672'];
/** Set by a remake for the runs it makes: they must not ask for another remake. */
const REMAKING = 'IMPACT_WARM_REMAKING';

/** A file's new content, written beside it and renamed over it: a reader sees the old or the new one whole. */
const temporary = (file) => `${file}.${process.pid}.tmp`;

function run(args, what) {
  const done = spawnSync(process.execPath, args, { encoding: 'utf8', env: { ...process.env, [REMAKING]: '1' } });
  if (done.status !== 0) throw new Error(`${what} could not be made:\n${done.stderr}`);
}

/** The code cache of a build to PDF, Markdown, HTML and JSON, a validation, a score and a portfolio. */
function makeCache(out) {
  const commands = [
    ['build', SEED, '--format', 'pdf,md,html,json', '--out-dir', out, '--force'],
    ['validate', SEED],
    ['score', SEED],
    ['summary', SEED, '--format', 'pdf,md,html,csv', '-o', join(out, 'portefeuille')],
  ];
  const warmUp = `
const impact = require(${JSON.stringify(join(__dirname, 'load.cjs'))}).loadImpact();
(async () => {
  for (const args of ${JSON.stringify(commands)}) if ((await impact.main(args)) !== 0) throw new Error(args.join(' '));
  impact.saveCache(${JSON.stringify(temporary(CACHE))});
})();`;
  run(['-e', warmUp], 'the code cache');
  renameSync(temporary(CACHE), CACHE);
}

/**
 * The snapshot, then its signature: the real path of this Node.js, the blob's own path (a moved
 * package's snapshot names the old folder), the V8 flags it was made with and must run with, and,
 * as the file's time, this Node.js's (touch -r: to the nanosecond, which the launcher's `-nt` and
 * `-ot` compare). The old signature goes first,
 * so that no launcher ever sees the new blob with the old signature.
 */
function makeSnapshot(out) {
  for (const [blob, warmUp] of [[BLOB, 'documents'], [CHECK_BLOB, 'checks']]) {
    run([...SNAPSHOT_FLAGS, '--snapshot-blob', temporary(blob), '--build-snapshot', join(__dirname, 'snapshot.cjs'), warmUp, SEED, out], 'the start-up snapshot');
  }
  const node = realpathSync(process.execPath);
  rmSync(SIGNATURE, { force: true });
  for (const blob of [BLOB, CHECK_BLOB]) renameSync(temporary(blob), blob);
  const signature = temporary(SIGNATURE);
  writeFileSync(signature, signatureText(node));
  const touched = spawnSync('touch', ['-r', node, signature]);
  if (touched.status !== 0) throw new Error('touch -r failed: the snapshot would have no signature');
  renameSync(signature, SIGNATURE);
}

/** What the launcher reads, a line each: the Node.js, the blob, the flags. */
const signatureText = (node) => `${node}\n${BLOB}\n${SNAPSHOT_FLAGS.join(' ')}\n`;

const MAKERS = { cache: makeCache, snapshot: makeSnapshot };
/** Windows keeps the plain path: the launcher is a POSIX shell script. */
const PARTS = process.platform === 'win32' ? ['cache'] : ['cache', 'snapshot'];

function make(parts) {
  const out = mkdtempSync(join(tmpdir(), 'impact-warm-'));
  try {
    for (const part of parts) MAKERS[part](out);
  } finally {
    rmSync(out, { recursive: true, force: true });
    for (const file of [CACHE, BLOB, CHECK_BLOB, SIGNATURE]) rmSync(temporary(file), { force: true });
  }
}

const lockIsFresh = () => {
  try {
    return Date.now() - statSync(LOCK).mtimeMs < STALE_LOCK_MS;
  } catch {
    return false;
  }
};

/** Makes `parts` unless another process is making them: one remake at a time, by a lock file. */
function makeLocked(parts) {
  if (!lockIsFresh()) rmSync(LOCK, { force: true });
  closeSync(openSync(LOCK, 'wx'));
  make(parts);
  // Left in place on failure: the next try waits for the lock to go stale, not the next run.
  rmSync(LOCK);
}

/**
 * Whether the snapshot is this Node.js's, as the launcher checks it: a launcher that did not take
 * it then had another reason (no readlink to find dist/), which a remake would not change.
 */
function snapshotIsCurrent() {
  try {
    const node = realpathSync(process.execPath);
    if (readFileSync(SIGNATURE, 'utf8') !== signatureText(node)) return false;
    return statSync(SIGNATURE, { bigint: true }).mtimeNs === statSync(node, { bigint: true }).mtimeNs && [BLOB, CHECK_BLOB].every((blob) => statSync(blob).mtimeMs > statSync(BUNDLE).mtimeMs);
  } catch {
    return false;
  }
}

/**
 * Remakes `parts` (cache, snapshot) in a detached process that outlives this one, or does
 * nothing: in a worker or a remake's own run, with IMPACT_WARM=0, when the package folder is not
 * writable, when a remake is under way or failed less than STALE_LOCK_MS ago, and for a snapshot
 * already this Node.js's.
 */
function remakeInBackground(parts) {
  const wanted = parts.filter((part) => PARTS.includes(part) && !(part === 'snapshot' && snapshotIsCurrent()));
  if (wanted.length === 0 || process.env[REMAKING] || process.env.IMPACT_WARM === '0' || !require('node:worker_threads').isMainThread || lockIsFresh()) return;
  try {
    accessSync(DIST, constants.W_OK);
  } catch {
    return;
  }
  spawn(process.execPath, [__filename, '--locked', ...wanted], { detached: true, stdio: 'ignore' }).unref();
}

/** The seed the warm-ups build, copied into dist/ because the package does not ship examples/. */
function copySeed(from) {
  mkdirSync(join(DIST, 'warm-up'), { recursive: true });
  copyFileSync(from, SEED);
}

module.exports = { remakeInBackground, copySeed, signatureText, BLOB, CHECK_BLOB, SIGNATURE, CACHE, LOCK };

if (require.main === module) {
  const [first, ...rest] = process.argv.slice(2);
  if (first === '--locked') {
    try {
      makeLocked(rest);
    } catch {
      // A background remake gives up silently: the run that asked for it was correct already.
    }
  } else make(first ? [first, ...rest] : PARTS);
}
