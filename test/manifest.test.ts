/**
 * The manifest and the decision, unit by unit: a damaged manifest reads as empty, concurrent
 * writers keep each other's entries, an output changed within its clock tick is hashed again,
 * impact's own digest and the look are dependencies; and, in this process, a build whose every
 * report is up to date loads no renderer.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { PACKAGE_ROOT } from '../src/runtime/paths.js';
import { fileURLToPath } from 'node:url';
import type { Job } from '../src/build/build.js';
import { plan, record } from '../src/build/incremental.js';
import { lookHash, recorded, signature } from '../src/build/look.js';
import { build } from '../src/cli/build.js';
import { cacheSizes } from '../src/runtime/caches.js';
import { MANIFEST, readManifest, sha256, updateManifest, type Entry } from '../src/write/manifest.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const temp = () => mkdtempSync(join(tmpdir(), 'impact-manifest-'));

const entry = (input: string, outputs: Entry['outputs'] = []): Entry => ({ input, look: 'l', lang: 'fr', files: [], outputs, warnings: [] });

const relativeToPackage = (path: string): string => relative(PACKAGE_ROOT, path);

describe('reading a manifest', () => {
  const sound = { version: 1, entries: { 'site.yaml': entry('a') } };
  test.each([
    ['absent', undefined],
    ['not JSON', '{"version":1,'],
    ['of another version', JSON.stringify({ ...sound, version: 2 })],
    ['without entries', JSON.stringify({ version: 1 })],
    ['with an entry of a wrong shape', JSON.stringify({ version: 1, entries: { 'site.yaml': { ...entry('a'), outputs: [{ path: 'x' }] } } })],
    ['with an unknown language', JSON.stringify({ version: 1, entries: { 'site.yaml': { ...entry('a'), lang: 'de' } } })],
    ['null', 'null'],
  ])('%s: empty, so that everything is built', async (_, text) => {
    const dir = temp();
    if (text !== undefined) writeFileSync(join(dir, MANIFEST), text);
    expect((await readManifest(dir)).entries.size).toBe(0);
  });

  test('sound: its entries, and its file’s mtime', async () => {
    const dir = temp();
    writeFileSync(join(dir, MANIFEST), JSON.stringify(sound));
    const manifest = await readManifest(dir);
    expect([...manifest.entries.keys()]).toEqual(['site.yaml']);
    expect(manifest.mtimeMs).toBe(statSync(join(dir, MANIFEST)).mtimeMs);
  });
});

describe('writing a manifest', () => {
  test('writers at once each keep the others’ entries; removing one leaves the rest', async () => {
    const dir = temp();
    await Promise.all(Array.from({ length: 20 }, (_, i) => updateManifest(dir, new Map([[`site-${i}.yaml`, entry(String(i))]]))));
    expect((await readManifest(dir)).entries.size).toBe(20);
    await updateManifest(dir, new Map([['site-3.yaml', undefined]]));
    const entries = (await readManifest(dir)).entries;
    expect(entries.size).toBe(19);
    expect(entries.has('site-3.yaml')).toBe(false);
  });

  test('an entry kept from an earlier file is stamped with that file’s mtime; the new one is not', async () => {
    const dir = temp();
    await updateManifest(dir, new Map([['a.yaml', entry('a')]]));
    const first = statSync(join(dir, MANIFEST)).mtimeMs;
    await updateManifest(dir, new Map([['b.yaml', entry('b')]]));
    const entries = (await readManifest(dir)).entries;
    expect(entries.get('a.yaml')?.written).toBe(first);
    expect(entries.get('b.yaml')?.written).toBeUndefined();
  });

  test('waits for a lock another run holds; takes over one abandoned long ago', async () => {
    const dir = temp();
    const lock = join(dir, `${MANIFEST}.lock`);
    writeFileSync(lock, '');
    let done = false;
    const writing = updateManifest(dir, new Map([['a.yaml', entry('a')]])).then(() => (done = true));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(done).toBe(false);
    const old = Date.now() / 1000 - 60;
    utimesSync(lock, old, old);
    await writing;
    expect((await readManifest(dir)).entries.has('a.yaml')).toBe(true);
  });
});

describe('the decision', () => {
  /** An evaluation and its one "report", recorded as built with `look`. */
  async function built(look: string) {
    const dir = temp();
    writeFileSync(join(dir, 'site.yaml'), 'version: 1\n');
    writeFileSync(join(dir, 'site.md'), 'le rapport\n');
    const job: Job = { file: join(dir, 'site.yaml'), outputs: [join(dir, 'site.md')], formats: ['md'], manifest: dir };
    const { size, mtimeMs } = statSync(join(dir, 'site.md'));
    const outputs = [{ path: join(dir, 'site.md'), size, mtimeMs, sha256: sha256('le rapport\n') }];
    await record([job], [{ file: job.file, lang: 'fr', status: 'built', outputs: job.outputs, stale: [], diagnostics: [], ms: 1, written: { input: sha256('version: 1\n'), files: [], outputs } }], look, new Map());
    return { dir, job };
  }

  test('impact’s own digest is a dependency: another impact builds again', async () => {
    const [one, other] = [await lookHash({ formats: ['md'], impact: 'impact 1' }), await lookHash({ formats: ['md'], impact: 'impact 2' })];
    expect(one).not.toBe(other);
    const { job } = await built(one);
    expect((await plan([job], one, {})).jobs).toEqual([]);
    expect((await plan([job], other, {})).jobs).toEqual([job]);
  });

  test('so is anything else of the look (a built-in template stands for it), and --force builds regardless', async () => {
    const { job } = await built('look');
    expect((await plan([job], 'look', {})).fresh.map((f) => f.status)).toEqual(['up-to-date']);
    expect((await plan([job], 'look', { check: true })).fresh.map((f) => f.status)).toEqual(['current']);
    expect((await plan([job], 'look after a template changed', {})).jobs).toEqual([job]);
    expect((await plan([job], 'look', { force: true })).jobs).toEqual([job]);
  });

  test('a job without a manifest (standard input) is always built', async () => {
    const { job } = await built('look');
    const { manifest: _, ...piped } = job;
    expect((await plan([piped], 'look', {})).jobs).toEqual([piped]);
  });

  test('an output changed in the clock tick it was recorded in, size and mtime as recorded, is hashed and built again', async () => {
    const { dir, job } = await built('look');
    const { mtimeMs } = statSync(join(dir, 'site.md'));
    writeFileSync(join(dir, 'site.md'), 'LE RAPPORT\n');
    // The output's mtime put back, the manifest's set to the same instant: racy, so hashed.
    utimesSync(join(dir, 'site.md'), new Date(mtimeMs), new Date(mtimeMs));
    utimesSync(join(dir, MANIFEST), new Date(mtimeMs), new Date(mtimeMs));
    expect((await plan([job], 'look', {})).jobs).toEqual([job]);
  });

  test('an output touched but unchanged is hashed, found the same, and recorded with its new mtime', async () => {
    const { dir, job } = await built('look');
    const later = new Date(Date.now() + 5000);
    utimesSync(join(dir, 'site.md'), later, later);
    const decided = await plan([job], 'look', {});
    expect(decided.jobs).toEqual([]);
    await record([], [], 'look', decided.refreshed);
    expect((await readManifest(dir)).entries.get('site.yaml')?.outputs[0]?.mtimeMs).toBe(statSync(join(dir, 'site.md')).mtimeMs);
  });
});

test('in this process: a --check whose every report is up to date renders nothing, loads no renderer; one that is not does', async () => {
  const dir = temp();
  mkdirSync(join(dir, 'sites'));
  copyFileSync(join(ROOT, 'examples', 'le-relais.yaml'), join(dir, 'sites', 'relais.yaml'));
  copyFileSync(join(ROOT, 'examples', 'la-petite-manchester.yaml'), join(dir, 'sites', 'manchester.yaml'));
  const cli = spawnSync(process.execPath, [join(ROOT, 'bin', 'impact.js'), 'build', 'sites', '--out-dir', 'out'], { cwd: dir, encoding: 'utf8' });
  expect(cli.status).toBe(0);
  const options = { format: ['pdf', 'md'] as const, outDir: join(dir, 'out'), check: true, jobs: 1, quiet: true };
  const renderers = () => Object.keys(cacheSizes()).filter((name) => ['compiled templates', 'font faces', 'shaped words', 'measurements'].includes(name));
  expect(await build([join(dir, 'sites')], options)).toBe(0);
  expect(renderers()).toEqual([]);
  writeFileSync(join(dir, 'out', 'relais.md'), readFileSync(join(dir, 'out', 'relais.md'), 'utf8').toUpperCase());
  expect(await build([join(dir, 'sites')], options)).toBe(1);
  // The control: the report changed is rendered here, and the renderers' caches are there.
  expect(renderers()).toEqual(expect.arrayContaining(['compiled templates', 'font faces']));
}, 60_000);

describe("impact's digest, kept with its files' sizes and times", () => {
  test('is taken from its record while every file is as recorded and older than it; a file changed, added or gone, or a time not older, means hashing again', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'impact-digest-'));
    const [a, b] = [join(dir, 'a'), join(dir, 'b')];
    writeFileSync(a, 'one');
    writeFileSync(b, 'two');
    const past = new Date(Date.now() - 60_000);
    utimesSync(a, past, past);
    utimesSync(b, past, past);
    const file = join(dir, 'record.json');
    const signatures = [a, b].map(signature);
    writeFileSync(file, JSON.stringify({ digest: 'known', files: { [relativeToPackage(a)]: signatures[0], [relativeToPackage(b)]: signatures[1] } }));
    expect(recorded([a, b], signatures, file)).toBe('known');
    writeFileSync(b, 'twice');
    expect(recorded([a, b], [a, b].map(signature), file)).toBeUndefined();
    expect(recorded([a], [signatures[0] as string], file)).toBeUndefined();
    utimesSync(a, new Date(Date.now() + 60_000), new Date(Date.now() + 60_000));
    expect(recorded([a, b], [a, b].map(signature), file)).toBeUndefined();
    writeFileSync(file, '{ not json');
    expect(recorded([a, b], signatures, file)).toBeUndefined();
  });
});
