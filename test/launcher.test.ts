/**
 * The bin/impact launcher and the warm start (docs/speed.md): from the snapshot when it is this
 * Node.js's, else the plain path, which remakes the snapshot (and a rejected code cache) in the
 * background; the same bytes either way, and the environment and the folder read by each run,
 * not frozen when the snapshot was made.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const EXAMPLES = ['la-petite-manchester', 'la-halle-aux-cerises', 'le-relais'];
const work = mkdtempSync(join(tmpdir(), 'impact-launcher-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The environment of a run: this one's, without what would choose the path for the test. */
const env = (extra: Record<string, string> = {}): NodeJS.ProcessEnv => {
  const { NODE_OPTIONS: _options, IMPACT_WARM: _warm, FORCE_COLOR: _force, NO_COLOR: _no, ...rest } = process.env;
  return { ...rest, ...extra };
};

/** A copy of the built package, as another folder installs it: its blob was made for ROOT. */
function copyOfPackage(name: string): string {
  const copy = join(work, name);
  for (const part of ['bin', 'dist', 'templates', 'schemas', 'package.json']) cpSync(join(ROOT, part), join(copy, part), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'));
  return copy;
}

/**
 * Runs the launcher of `root` with `build -` and tells how it started: the command line and the
 * environment of the process once the launcher has exec'd node (Linux's /proc), read while it
 * waits for its input.
 */
async function started(root: string, extra: Record<string, string> = {}, args = ['build', '-', '--format', 'md', '--quiet'], command = join(root, 'bin', 'impact')) {
  const child = spawn(command, args, { env: env(extra), stdio: ['pipe', 'ignore', 'ignore'] });
  const read = (file: string) => readFileSync(`/proc/${child.pid}/${file}`, 'utf8').split('\0');
  let line: string[] = [];
  for (let i = 0; i < 200 && !line.some((arg) => arg.endsWith('.blob') || arg.endsWith('impact')); i += 1) {
    await new Promise((resolve) => setTimeout(resolve, 10));
    line = read('cmdline');
    if (line[0]?.endsWith('sh')) line = [];
  }
  const environment = read('environ');
  child.stdin.end(readFileSync(join(ROOT, 'examples', 'la-petite-manchester.yaml')));
  expect(await new Promise((resolve) => child.on('exit', resolve))).toBe(0);
  return { args: line, environment };
}
const startedAs = async (...how: Parameters<typeof started>): Promise<string[]> => (await started(...how)).args;
const fromSnapshot = (args: readonly string[]) => args.includes('--snapshot-blob');
const blobOf = (args: readonly string[]) => realpathSync(args[args.indexOf('--snapshot-blob') + 1]!);

/** Waits until `ready()`, for a background remake: at most a minute. */
async function eventually(ready: () => boolean): Promise<void> {
  for (let i = 0; i < 600 && !ready(); i += 1) await new Promise((resolve) => setTimeout(resolve, 100));
  expect(ready()).toBe(true);
}
const signatureOf = (root: string) => join(root, 'dist', 'impact.blob.node');
const usesCache = (root: string) =>
  spawnSync(process.execPath, ['-e', "process.stdout.write(String(require('./bin/load.cjs').loadImpact().usedCache))"], { cwd: root, encoding: 'utf8', env: env({ IMPACT_WARM: '0' }) }).stdout === 'true';

const linux = process.platform === 'linux' ? test : test.skip;

linux('with the build’s snapshots, the launcher starts a build from the one a build warmed, a validation or a score from the lighter one; NODE_OPTIONS or IMPACT_WARM=0 take the plain path', async () => {
  const fromBuild = await startedAs(ROOT);
  expect(fromSnapshot(fromBuild)).toBe(true);
  // With the V8 flags it was made with, which its signature gives (V8 refuses it under others).
  const flags = readFileSync(signatureOf(ROOT), 'utf8').split('\n')[2]!.split(' ');
  expect(flags.length).toBeGreaterThan(0);
  expect(fromBuild.slice(1, 1 + flags.length)).toEqual(flags);
  expect(fromSnapshot(await startedAs(ROOT, {}, ['build', join(ROOT, 'examples', 'le-relais.yaml'), '--format', 'md', '--out-dir', work, '-t', join(ROOT, 'templates'), '--quiet']))).toBe(true);
  // A validation or a score from the lighter snapshot, warmed by a validation.
  for (const command of ['validate', 'score']) expect(blobOf(await startedAs(ROOT, {}, [command, '-']))).toBe(join(ROOT, 'dist', 'impact-check.blob'));
  expect(blobOf(fromBuild)).toBe(join(ROOT, 'dist', 'impact.blob'));
  expect(fromSnapshot(await startedAs(ROOT, { IMPACT_WARM: '0' }))).toBe(false);
  expect(fromSnapshot(await startedAs(ROOT, { NODE_OPTIONS: '--no-warnings' }))).toBe(false);
});

test('reports are byte-identical through the snapshot and through the plain path, in both languages', () => {
  for (const lang of ['fr', 'en']) {
    // One evaluation a run: the launcher starts a batch of several by the plain path.
    const outputs = ['impact', 'impact.js'].map((bin) => {
      const out = join(work, `${bin}-${lang}`);
      for (const name of EXAMPLES) {
        const run = spawnSync(join(ROOT, 'bin', bin), ['build', join(ROOT, 'examples', `${name}.yaml`), '--lang', lang, '--format', 'pdf,md,html', '--out-dir', out], { encoding: 'utf8', env: env() });
        expect(run.stderr).not.toMatch(/at .*\.js:\d+/);
        expect(run.status).toBe(0);
      }
      return out;
    });
    for (const name of EXAMPLES.flatMap((example) => ['pdf', 'md', 'html'].map((ext) => `${example}.${ext}`))) {
      const [snapshot, plain] = outputs.map((out) => readFileSync(join(out!, name)));
      expect({ name, same: snapshot!.equals(plain!) }).toEqual({ name, same: true });
    }
  }
});

test('a validation and a score say the same through the lighter snapshot and through the plain path', () => {
  for (const args of [['validate', 'la-petite-manchester.yaml'], ['score', 'la-halle-aux-cerises.yaml', '--lang', 'en'], ['score', 'le-relais.yaml', '--json']]) {
    const [snapshot, plain] = ['impact', 'impact.js'].map((bin) => spawnSync(join(ROOT, 'bin', bin), args, { cwd: join(ROOT, 'examples'), encoding: 'utf8', env: env() }));
    expect(snapshot!.status).toBe(0);
    expect({ args, stdout: snapshot!.stdout, stderr: snapshot!.stderr }).toEqual({ args, stdout: plain!.stdout, stderr: plain!.stderr });
  }
});

test('the environment and the folder are read by the run, not taken from the snapshot', () => {
  const folder = join(work, 'cwd', 'sites');
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'faux.yaml'), 'version: 1\nlieu: { nom: Faux }\ninconnu: 1\n');
  // A build, for the launcher starts only the commands that make documents from the snapshot.
  const validate = (bin: string, extra: Record<string, string>) =>
    spawnSync(join(ROOT, 'bin', bin), ['build', 'sites/faux.yaml', '--format', 'md', '--out-dir', 'out'], { cwd: join(work, 'cwd'), encoding: 'utf8', env: env(extra) });
  for (const extra of [{ FORCE_COLOR: '1' }, { NO_COLOR: '1' }, {}, { FORCE_COLOR: '0' }] as Record<string, string>[]) {
    const [snapshot, plain] = ['impact', 'impact.js'].map((bin) => validate(bin, extra));
    expect(snapshot!.stderr).toBe(plain!.stderr);
    expect(snapshot!.status).toBe(plain!.status);
  }
  expect(validate('impact', { FORCE_COLOR: '1' }).stderr).toContain('\u001b[');
  expect(validate('impact', { NO_COLOR: '1' }).stderr).not.toContain('\u001b[');
  expect(validate('impact', {}).stderr).toMatch(/^sites\/faux\.yaml:3:1/);
  // A date only SOURCE_DATE_EPOCH gives: an evaluation without one, its PDF dated by the run.
  const dated = (epoch: string) =>
    spawnSync(join(ROOT, 'bin', 'impact'), ['build', '-', '--format', 'pdf'], { input: 'version: 1\nlieu: { nom: Sans date }\n', env: env({ SOURCE_DATE_EPOCH: epoch }) }).stdout.toString('latin1');
  expect(dated('1700000000')).toContain('D:20231114');
  expect(dated('1600000000')).toContain('D:20200913');
});

linux('without a snapshot, the launcher takes the plain path, and the snapshot is made in the background for the next run', async () => {
  const copy = copyOfPackage('no-blob');
  rmSync(join(copy, 'dist', 'impact.blob'));
  rmSync(signatureOf(copy));
  expect(fromSnapshot(await startedAs(copy))).toBe(false);
  await eventually(() => existsSync(signatureOf(copy)));
  expect(fromSnapshot(await startedAs(copy))).toBe(true);
}, 90_000);

linux('a snapshot of another Node.js (its signature names another executable) is not used, and is remade', async () => {
  const copy = copyOfPackage('other-node');
  const flags = readFileSync(signatureOf(copy), 'utf8').split('\n')[2];
  writeFileSync(signatureOf(copy), `/bin/sh\n${join(copy, 'dist', 'impact.blob')}\n${flags}\n`);
  expect(fromSnapshot(await startedAs(copy))).toBe(false);
  // The remake removes the old signature before it writes the new one.
  await eventually(() => {
    try {
      return readFileSync(signatureOf(copy), 'utf8').startsWith(process.execPath);
    } catch {
      return false;
    }
  });
  expect(fromSnapshot(await startedAs(copy))).toBe(true);
}, 90_000);

linux('a launcher that cannot find its snapshot (no readlink for npm’s symlink) takes the plain path, and remakes nothing when the snapshot is current', async () => {
  const bin = join(work, 'path-without-readlink');
  mkdirSync(bin);
  symlinkSync(process.execPath, join(bin, 'node'));
  symlinkSync(join(ROOT, 'bin', 'impact'), join(bin, 'impact'));
  const blobTime = statSync(join(ROOT, 'dist', 'impact.blob')).mtimeMs;
  expect(fromSnapshot(await startedAs(bin, { PATH: bin }, ['build', '-', '--format', 'md', '--quiet'], join(bin, 'impact')))).toBe(false);
  await new Promise((resolve) => setTimeout(resolve, 3000));
  expect(existsSync(join(ROOT, 'dist', 'warm.lock'))).toBe(false);
  expect(statSync(join(ROOT, 'dist', 'impact.blob')).mtimeMs).toBe(blobTime);
});

linux('a batch (a folder, several evaluations) takes the plain path: worker threads build it, each collecting its own garbage, and glibc maps large blocks apart', async () => {
  const batch = (...options: string[]) => started(ROOT, {}, ['build', join(ROOT, 'examples'), '--format', 'md', '--out-dir', join(work, 'batch'), '--quiet', ...options]);
  const ofWorkers = await batch();
  expect(fromSnapshot(ofWorkers.args)).toBe(false);
  expect(ofWorkers.args[1]).toBe('--single-threaded-gc');
  expect(ofWorkers.environment).toContain('MALLOC_MMAP_THRESHOLD_=65536');
  const twoFiles = ['la-petite-manchester', 'le-relais'].map((name) => join(ROOT, 'examples', `${name}.yaml`));
  expect(await startedAs(ROOT, {}, ['build', ...twoFiles, '--format', 'md', '--out-dir', join(work, 'batch'), '--jobs=2', '--quiet'])).toContain('--single-threaded-gc');
  // Built in this thread, whose collector the idle cores help; a threshold of the user's own is kept.
  for (const jobs of [['--jobs', '1'], ['-j1'], ['--jobs=1']]) expect((await batch(...jobs)).args).not.toContain('--single-threaded-gc');
  expect((await started(ROOT, { MALLOC_MMAP_THRESHOLD_: '131072' }, ['build', join(ROOT, 'examples'), '--format', 'md', '--out-dir', join(work, 'batch'), '--quiet'])).environment).toContain('MALLOC_MMAP_THRESHOLD_=131072');
  // One evaluation is no batch.
  const single = await started(ROOT, { IMPACT_WARM: '0' });
  expect(single.args).not.toContain('--single-threaded-gc');
  expect(single.environment.some((variable) => variable.startsWith('MALLOC_MMAP_THRESHOLD_='))).toBe(false);
});

test('the code cache is taken under the flags the launcher gives a batch: V8 does not count them among those it checks', () => {
  const taken = spawnSync(process.execPath, ['--single-threaded-gc', '-e', "process.stdout.write(String(require('./bin/load.cjs').loadImpact().usedCache))"], { cwd: ROOT, encoding: 'utf8', env: env({ IMPACT_WARM: '0' }) });
  expect(taken.stdout).toBe('true');
});

linux('a remake under way (a fresh lock) is not started twice', async () => {
  const copy = copyOfPackage('locked');
  rmSync(signatureOf(copy));
  writeFileSync(join(copy, 'dist', 'warm.lock'), '');
  expect(fromSnapshot(await startedAs(copy))).toBe(false);
  await new Promise((resolve) => setTimeout(resolve, 3000));
  expect(existsSync(signatureOf(copy))).toBe(false);
});

test('a rejected code cache is remade in the background, and the run that rejected it is correct', async () => {
  const copy = copyOfPackage('rejected-cache');
  const cache = join(copy, 'dist', 'impact.cjs.cache');
  writeFileSync(cache, readFileSync(cache).subarray(0, 4096));
  expect(usesCache(copy)).toBe(false);
  const run = spawnSync(process.execPath, [join(copy, 'bin', 'impact.js'), 'build', '-', '--format', 'md'], { input: readFileSync(join(ROOT, 'examples', 'la-petite-manchester.yaml')), encoding: 'utf8', env: env() });
  expect(run.stdout).toBe(readFileSync(join(ROOT, 'test', 'golden', 'la-petite-manchester.md'), 'utf8'));
  await eventually(() => usesCache(copy));
}, 90_000);
