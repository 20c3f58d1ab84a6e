/**
 * Incremental builds, end to end: a report is built again when, and only when, something it is
 * made of changed — one test per dependency — or it was changed by hand; --force, --check from
 * the manifest, a damaged manifest, shards sharing one, standard input; and what an incremental
 * build leaves equals a clean build's, byte for byte.
 */
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FONT_FILES } from '../src/theme/fonts.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin', 'impact.js');
const MANIFEST = '.impact-manifest.json';
const NBSP = '\u00A0';

function impact(args: string[], cwd: string, input?: string) {
  const run = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', ...(input === undefined ? {} : { input }) });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** A folder with two evaluations (one naming an image), a theme with a font and a logo, and templates. */
function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'impact-incremental-'));
  const files: Record<string, string | Buffer> = {
    'sites/manchester.yaml': readFileSync(join(ROOT, 'examples', 'la-petite-manchester.yaml')),
    'sites/halle.yaml': readFileSync(join(ROOT, 'examples', 'la-halle-aux-cerises.yaml')),
    'sites/images/la-halle-aux-cerises.png': readFileSync(join(ROOT, 'examples', 'images', 'la-halle-aux-cerises.png')),
    'theme/theme.yaml': 'couleurs:\n  marque: "#5a1e3c"\npolices:\n  normale: police.ttf\nlogo: logo.png\n',
    'theme/police.ttf': readFileSync(FONT_FILES.regular),
    'theme/logo.png': readFileSync(join(ROOT, 'test', 'fixtures', 'logo.png')),
    'modeles/lieu.hbs': '- **Lieu :** {{lieu.nom}}\n',
  };
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

/** Each file's status in a build of `sites` (--reporter json), with the run's exit code. */
function statuses(dir: string, extra: string[] = []): { code: number | null; files: Record<string, string> } {
  const run = impact(['build', 'sites', '--out-dir', 'out', '--format', 'md', '--reporter', 'json', ...extra], dir);
  const document = JSON.parse(run.stdout) as { files: { file: string; status: string }[] };
  return { code: run.code, files: Object.fromEntries(document.files.map((f) => [f.file.replace(/^sites\//, ''), f.status])) };
}

const ALL_BUILT = { 'halle.yaml': 'built', 'manchester.yaml': 'built' };
const ALL_UP_TO_DATE = { 'halle.yaml': 'up-to-date', 'manchester.yaml': 'up-to-date' };

/** Every file under `dir` (the manifest left out) with its bytes. */
const tree = (dir: string): Map<string, Buffer> =>
  new Map(
    readdirSync(dir, { recursive: true })
      .map(String)
      .filter((path) => !path.endsWith(MANIFEST) && statSync(join(dir, path)).isFile())
      .sort()
      .map((path) => [path, readFileSync(join(dir, path))]),
  );

const mtimes = (dir: string) => [...tree(dir).keys()].map((path) => statSync(join(dir, path)).mtimeMs);

describe('a report is built again when what it is made of changes', () => {
  let dir: string;
  beforeEach(() => {
    dir = workspace();
    expect(statuses(dir).files).toEqual(ALL_BUILT);
  });

  test('nothing changed: nothing is built, the reports are left as they were, exit 0', () => {
    const before = mtimes(join(dir, 'out'));
    expect(statuses(dir)).toEqual({ code: 0, files: ALL_UP_TO_DATE });
    expect(mtimes(join(dir, 'out'))).toEqual(before);
  });

  test('the evaluation’s bytes: that evaluation only', () => {
    writeFileSync(join(dir, 'sites', 'manchester.yaml'), `${readFileSync(join(dir, 'sites', 'manchester.yaml'), 'utf8')}# une note\n`);
    expect(statuses(dir).files).toEqual({ 'halle.yaml': 'up-to-date', 'manchester.yaml': 'built' });
  });

  test('the image an evaluation names: that evaluation only', () => {
    writeFileSync(join(dir, 'sites', 'images', 'la-halle-aux-cerises.png'), readFileSync(join(dir, 'theme', 'logo.png')));
    expect(statuses(dir).files).toEqual({ 'halle.yaml': 'built', 'manchester.yaml': 'up-to-date' });
  });

  test('a file of --templates, one added there, and --templates itself', () => {
    expect(statuses(dir, ['--templates', 'modeles']).files).toEqual(ALL_BUILT);
    expect(statuses(dir, ['--templates', 'modeles']).files).toEqual(ALL_UP_TO_DATE);
    writeFileSync(join(dir, 'modeles', 'lieu.hbs'), '- **Où :** {{lieu.commune}}\n');
    expect(statuses(dir, ['--templates', 'modeles']).files).toEqual(ALL_BUILT);
    mkdirSync(join(dir, 'modeles', 'criteres'));
    writeFileSync(join(dir, 'modeles', 'criteres', 'sante.hbs'), 'Santé.\n');
    expect(statuses(dir, ['--templates', 'modeles']).files).toEqual(ALL_BUILT);
    expect(statuses(dir).files).toEqual(ALL_BUILT);
  });

  test('the theme, its font and its logo', () => {
    const themed = ['--theme', 'theme/theme.yaml'];
    expect(statuses(dir, themed).files).toEqual(ALL_BUILT);
    expect(statuses(dir, themed).files).toEqual(ALL_UP_TO_DATE);
    writeFileSync(join(dir, 'theme', 'theme.yaml'), readFileSync(join(dir, 'theme', 'theme.yaml'), 'utf8').replace('#5a1e3c', '#0b6e4f'));
    expect(statuses(dir, themed).files).toEqual(ALL_BUILT);
    copyFileSync(FONT_FILES.bold, join(dir, 'theme', 'police.ttf'));
    expect(statuses(dir, themed).files).toEqual(ALL_BUILT);
    copyFileSync(join(dir, 'sites', 'images', 'la-halle-aux-cerises.png'), join(dir, 'theme', 'logo.png'));
    expect(statuses(dir, themed).files).toEqual(ALL_BUILT);
    expect(statuses(dir, themed).files).toEqual(ALL_UP_TO_DATE);
  });

  test('the language', () => {
    expect(statuses(dir, ['--lang', 'en']).files).toEqual(ALL_BUILT);
    expect(statuses(dir, ['--lang', 'en']).files).toEqual(ALL_UP_TO_DATE);
    expect(statuses(dir, ['--lang', 'fr']).files).toEqual(ALL_BUILT);
  });

  test('the formats', () => {
    expect(statuses(dir, ['--format', 'md,json']).files).toEqual(ALL_BUILT);
    expect(statuses(dir, ['--format', 'md,json']).files).toEqual(ALL_UP_TO_DATE);
    expect(statuses(dir, ['--format', 'md']).files).toEqual(ALL_BUILT);
  });

  test('--embed-source', () => {
    expect(statuses(dir, ['--format', 'pdf']).files).toEqual(ALL_BUILT);
    expect(statuses(dir, ['--format', 'pdf', '--embed-source']).files).toEqual(ALL_BUILT);
    expect(statuses(dir, ['--format', 'pdf', '--embed-source']).files).toEqual(ALL_UP_TO_DATE);
  });

  test('an output deleted, or edited by hand, is built again; the other is not', () => {
    rmSync(join(dir, 'out', 'halle.md'));
    expect(statuses(dir).files).toEqual({ 'halle.yaml': 'built', 'manchester.yaml': 'up-to-date' });
    writeFileSync(join(dir, 'out', 'manchester.md'), `${readFileSync(join(dir, 'out', 'manchester.md'), 'utf8')}ajout\n`);
    expect(statuses(dir).files).toEqual({ 'halle.yaml': 'up-to-date', 'manchester.yaml': 'built' });
    // Edited to the same size: its mtime gives it away.
    const report = readFileSync(join(dir, 'out', 'halle.md'), 'utf8');
    writeFileSync(join(dir, 'out', 'halle.md'), report.replace('Halle', 'HALLE'));
    expect(statuses(dir).files).toEqual({ 'halle.yaml': 'built', 'manchester.yaml': 'up-to-date' });
    expect(readFileSync(join(dir, 'out', 'halle.md'), 'utf8')).toBe(report);
  });

  test('--force builds everything, and the manifest says up to date after it', () => {
    const before = readFileSync(join(dir, 'out', MANIFEST), 'utf8');
    expect(statuses(dir, ['--force'])).toEqual({ code: 0, files: ALL_BUILT });
    expect(readFileSync(join(dir, 'out', MANIFEST), 'utf8')).not.toBe(before);
    expect(statuses(dir).files).toEqual(ALL_UP_TO_DATE);
  });

  test.each([
    ['not JSON', '{"version": 1, "entries": '],
    ['of another version', (text: string) => text.replace('"version":1', '"version":2')],
    ['of a wrong shape', (text: string) => text.replace(/"input":"[0-9a-f]+"/g, '"input":12')],
    ['an array', '[]'],
  ])('a manifest %s means building again, no crash, and a sound manifest after', (_, damage) => {
    const file = join(dir, 'out', MANIFEST);
    writeFileSync(file, typeof damage === 'string' ? damage : damage(readFileSync(file, 'utf8')));
    const run = impact(['build', 'sites', '--out-dir', 'out', '--format', 'md'], dir);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(`2 évaluations${NBSP}: 2 construites`);
    expect(statuses(dir).files).toEqual(ALL_UP_TO_DATE);
  });
});

describe('what the reporters say', () => {
  test('up to date in French and in English, as a line per file and in the total', () => {
    const dir = workspace();
    impact(['build', 'sites', '--out-dir', 'out', '--format', 'md'], dir);
    const fr = impact(['build', 'sites', '--out-dir', 'out', '--format', 'md'], dir);
    expect(fr.stdout).toBe(`sites/halle.yaml${NBSP}: déjà à jour\nsites/manchester.yaml${NBSP}: déjà à jour\n`);
    expect(fr.stderr).toMatch(new RegExp(`^2 évaluations${NBSP}: 2 déjà à jour`, 'm'));
    expect(impact(['build', 'sites', '--out-dir', 'out', '--format', 'md', '--lang', 'en'], dir).code).toBe(0);
    const again = impact(['build', 'sites', '--out-dir', 'out', '--format', 'md', '--lang', 'en'], dir);
    expect(again.stdout).toBe('sites/halle.yaml: already up to date\nsites/manchester.yaml: already up to date\n');
    expect(again.stderr).toMatch(/^2 evaluations: 2 already up to date/m);
    const json = JSON.parse(impact(['build', 'sites', '--out-dir', 'out', '--format', 'md', '--lang', 'en', '--reporter', 'json'], dir).stdout);
    expect(json.summary).toMatchObject({ total: 2, built: 0, 'up-to-date': 2 });
  });

  test('a warning of the build is said again when it is skipped', () => {
    const dir = mkdtempSync(join(tmpdir(), 'impact-incremental-'));
    // impact init's evaluation, its name left in place: a warning, and still a report.
    expect(impact(['init', 'site.yaml'], dir).code).toBe(0);
    const first = impact(['build', 'site.yaml', '--format', 'md'], dir);
    const second = impact(['build', 'site.yaml', '--format', 'md'], dir);
    expect(second.stdout).toContain('déjà à jour');
    expect(first.stderr).toMatch(/avertissement/);
    expect(second.stderr).toBe(first.stderr);
  });
});

describe('--check', () => {
  test('answers from the manifest: up to date, exit 0, nothing written; a report changed: out of date, exit 1', () => {
    const dir = workspace();
    impact(['build', 'sites', '--out-dir', 'out'], dir);
    const before = mtimes(join(dir, 'out'));
    const manifest = readFileSync(join(dir, 'out', MANIFEST));
    const check = impact(['build', 'sites', '--out-dir', 'out', '--check', '--reporter', 'json'], dir);
    expect(check.code).toBe(0);
    expect(JSON.parse(check.stdout).files.map((f: { status: string }) => f.status)).toEqual(['current', 'current']);
    expect(mtimes(join(dir, 'out'))).toEqual(before);
    writeFileSync(join(dir, 'out', 'halle.md'), 'autre chose\n');
    const stale = impact(['build', 'sites', '--out-dir', 'out', '--check'], dir);
    expect(stale.code).toBe(1);
    expect(stale.stdout).toBe(`out/halle.md${NBSP}: périmé (sites/halle.yaml)\n`);
    expect(readFileSync(join(dir, 'out', MANIFEST)).equals(manifest)).toBe(true);
  });

  test('without a manifest, renders and compares as before', () => {
    const dir = workspace();
    impact(['build', 'sites', '--out-dir', 'out', '--format', 'md'], dir);
    rmSync(join(dir, 'out', MANIFEST));
    expect(impact(['build', 'sites', '--out-dir', 'out', '--format', 'md', '--check'], dir).code).toBe(0);
    expect(existsSync(join(dir, 'out', MANIFEST))).toBe(false);
    rmSync(join(dir, 'out', 'halle.md'));
    const run = impact(['build', 'sites', '--out-dir', 'out', '--format', 'md', '--check'], dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe(`out/halle.md${NBSP}: absent (sites/halle.yaml)\n`);
  });
});

describe('layouts', () => {
  test('without --out-dir, a manifest in each evaluation’s folder, keyed by the evaluation’s name', () => {
    const dir = workspace();
    mkdirSync(join(dir, 'sites', 'nord'));
    copyFileSync(join(ROOT, 'examples', 'le-relais.yaml'), join(dir, 'sites', 'nord', 'relais.yaml'));
    impact(['build', 'sites', '--format', 'md'], dir);
    expect(Object.keys(JSON.parse(readFileSync(join(dir, 'sites', MANIFEST), 'utf8')).entries)).toEqual(['halle.yaml', 'manchester.yaml']);
    expect(Object.keys(JSON.parse(readFileSync(join(dir, 'sites', 'nord', MANIFEST), 'utf8')).entries)).toEqual(['relais.yaml']);
    // The same files named from elsewhere are the same entries.
    const run = impact(['build', join(dir, 'sites'), '--format', 'md'], ROOT);
    expect(run.stdout.split('\n').filter((l) => l.endsWith('déjà à jour'))).toHaveLength(3);
  });

  test('two shards writing one manifest at once keep every entry', async () => {
    const dir = workspace();
    for (const name of ['le-relais', 'la-petite-manchester', 'la-halle-aux-cerises']) {
      for (const n of [1, 2, 3]) copyFileSync(join(ROOT, 'examples', `${name}.yaml`), join(dir, 'sites', `${name}-${n}.yaml`));
    }
    const shard = (i: number) =>
      new Promise<number | null>((resolve) => {
        const child = spawn(process.execPath, [BIN, 'build', 'sites', '--out-dir', 'out', '--format', 'md', '--shard', `${i}/3`, '--jobs', '1'], { cwd: dir, stdio: 'ignore' });
        child.on('exit', resolve);
      });
    expect(await Promise.all([shard(1), shard(2), shard(3)])).toEqual([0, 0, 0]);
    const entries = Object.keys(JSON.parse(readFileSync(join(dir, 'out', MANIFEST), 'utf8')).entries);
    expect(entries).toHaveLength(11);
    expect(readdirSync(join(dir, 'out')).filter((f) => f.endsWith('.lock') || f.endsWith('.tmp'))).toEqual([]);
    expect(Object.values(statuses(dir).files)).toEqual(Array(11).fill('up-to-date'));
  }, 120_000);

  test('standard input is never incremental: no manifest, its report every time', () => {
    const dir = mkdtempSync(join(tmpdir(), 'impact-incremental-'));
    const yaml = readFileSync(join(ROOT, 'examples', 'le-relais.yaml'), 'utf8');
    const first = impact(['build', '-', '--format', 'md'], dir, yaml);
    const second = impact(['build', '-', '--format', 'md'], dir, yaml);
    expect(first.code).toBe(0);
    expect(second.stdout).toBe(first.stdout);
    expect(first.stdout).toBe(readFileSync(join(ROOT, 'test', 'golden', 'le-relais.md'), 'utf8'));
    expect(readdirSync(dir)).toEqual([]);
  });
});

test('what incremental builds leave equals a clean build, byte for byte, pdf, md and html', () => {
  const dir = workspace();
  const args = ['--format', 'pdf,md,html', '--theme', 'theme/theme.yaml'];
  impact(['build', 'sites', '--out-dir', 'out', ...args], dir);
  writeFileSync(join(dir, 'sites', 'manchester.yaml'), `${readFileSync(join(dir, 'sites', 'manchester.yaml'), 'utf8')}# une note\n`);
  rmSync(join(dir, 'out', 'halle.pdf'));
  writeFileSync(join(dir, 'out', 'halle.html'), 'modifié à la main');
  expect(impact(['build', 'sites', '--out-dir', 'out', ...args], dir).code).toBe(0);
  expect(impact(['build', 'sites', '--out-dir', 'clean', ...args], dir).code).toBe(0);
  const [incremental, clean] = [tree(join(dir, 'out')), tree(join(dir, 'clean'))];
  expect([...incremental.keys()]).toEqual([...clean.keys()]);
  for (const [path, bytes] of clean) expect({ path, same: bytes.equals(incremental.get(path) as Buffer) }).toEqual({ path, same: true });
}, 60_000);
