/**
 * The release, as an evaluator gets it: `npm pack` makes a tarball holding the built dist/ and
 * the dependencies (bundleDependencies); `npm install -g` of that tarball, with an empty npm
 * cache and --offline (so neither the registry nor a cache is needed), installs the `impact`
 * command without TypeScript, esbuild or Jest, and the command, run with nothing but Node.js on
 * its PATH, builds the seed.
 *
 * The tarball is packed from the dist/ that `npm test`'s pretest has just built
 * (--ignore-scripts): `npm pack` would otherwise run prepare, building dist/ again under the
 * other test files that run from it meanwhile.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { textOf } from './support/pdf.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
const DEV_TOOLS = ['typescript', 'esbuild', 'jest', 'ts-jest', 'mupdf'];

const dir = mkdtempSync(join(tmpdir(), 'impact-release-'));
const prefix = join(dir, 'prefix');
const installed = join(prefix, 'lib', 'node_modules', 'impact-tiers-lieux');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function npm(args: string[]): SpawnSyncReturns<string> {
  const run = spawnSync('npm', [...args, '--cache', join(dir, 'npm-cache'), '--no-audit', '--no-fund', '--loglevel', 'error'], { cwd: ROOT, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`npm ${args.join(' ')} failed (${run.status}):\n${run.stderr}`);
  return run;
}

/** `impact` as installed, with only Node.js on the PATH. */
const impact = (args: string[], cwd: string) =>
  spawnSync(join(prefix, 'bin', 'impact'), args, { cwd, encoding: 'utf8', env: { PATH: dirname(process.execPath), HOME: dir } });

/** Every folder named `name` under `root`, at any depth. */
const foldersNamed = (root: string, names: readonly string[]): string[] =>
  readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isDirectory() && names.includes(entry.name) && entry.parentPath.endsWith('node_modules'))
    .map((entry) => join(entry.parentPath, entry.name));

interface Packed {
  readonly filename: string;
  readonly files: readonly { path: string }[];
  readonly bundled: readonly string[];
}
let packed: Packed;

beforeAll(() => {
  const [tarball] = JSON.parse(npm(['pack', '--ignore-scripts', '--json', '--pack-destination', dir]).stdout) as Packed[];
  if (!tarball) throw new Error('npm pack made no tarball');
  packed = tarball;
  npm(['install', '--global', '--prefix', prefix, '--offline', join(dir, packed.filename)]);
}, 180_000);

test('the tarball holds the command, the built dist/ with its code cache, and the dependencies, not the sources nor the snapshot', () => {
  expect(packed.filename).toBe(`impact-tiers-lieux-${version}.tgz`);
  const paths = packed.files.map((file) => file.path);
  // The snapshot belongs to the machine that made it: another Node.js would abort on it.
  expect(paths.filter((path) => /\.blob|warm\.lock/.test(path))).toEqual([]);
  expect(paths).toEqual(expect.arrayContaining(['bin/impact', 'bin/impact.js', 'bin/warm.cjs', 'bin/snapshot.cjs', 'dist/warm-up/la-petite-manchester.yaml', 'bin/load.cjs', 'dist/impact.cjs', 'dist/impact.cjs.cache', 'dist/precompiled/evaluation.cjs', 'schemas/evaluation.schema.json', 'templates/rapport.hbs', 'templates/fr/criteres/sante.hbs']));
  expect(paths.filter((path) => /^(src|test|scripts)\//.test(path))).toEqual([]);
  expect(packed.bundled).toEqual(expect.arrayContaining(['pdfkit', 'ajv', '@expo-google-fonts/source-sans-3']));
  expect(packed.bundled.filter((name) => DEV_TOOLS.includes(name))).toEqual([]);
});

test('installs the impact command without TypeScript, esbuild, Jest or the tests’ PDF reader', () => {
  expect(existsSync(join(prefix, 'bin', 'impact'))).toBe(true);
  expect(foldersNamed(prefix, DEV_TOOLS)).toEqual([]);
  expect(impact(['--version'], dir).stdout.trim()).toBe(version);
});

test('the installed bin/load.cjs loads the bundle from its own dist/, with the code cache', () => {
  const run = spawnSync(process.execPath, ['-e', `process.stdout.write(String(require(${JSON.stringify(join(installed, 'bin', 'load.cjs'))}).loadImpact().usedCache))`], { encoding: 'utf8' });
  expect(run.stderr).toBe('');
  expect(run.stdout).toBe('true');
});

/** Builds the seed with the installed command in `work`: the same Markdown as the golden file, and its PDF. */
function buildsTheSeed(work: string): void {
  mkdirSync(work);
  copyFileSync(join(ROOT, 'examples', 'la-petite-manchester.yaml'), join(work, 'site.yaml'));
  const run = impact(['build', 'site.yaml'], work);
  expect(run.stderr).not.toMatch(/error|erreur|at .*\.js:\d+/i);
  expect(run.status).toBe(0);
  expect(readFileSync(join(work, 'site.md'), 'utf8')).toBe(readFileSync(join(ROOT, 'test', 'golden', 'la-petite-manchester.md'), 'utf8'));
  expect(textOf(join(work, 'site.pdf'))).toContain('Évaluation des effets sociaux et urbains de La Petite Manchester');
}

test('the installed command builds the seed, then again from the snapshot its first run made in the background', async () => {
  buildsTheSeed(join(dir, 'work'));
  if (process.platform === 'win32') return;
  const signature = join(installed, 'dist', 'impact.blob.node');
  for (let i = 0; i < 600 && !existsSync(signature); i += 1) await new Promise((resolve) => setTimeout(resolve, 100));
  const [node, blob, flags] = readFileSync(signature, 'utf8').split('\n');
  expect([node, blob]).toEqual([realpathSync(process.execPath), join(installed, 'dist', 'impact.blob')]);
  expect(flags).toMatch(/^--[a-z-]+=\d+( --[a-z-]+=\d+)*$/);
  buildsTheSeed(join(dir, 'work-warm'));
}, 90_000);
