/**
 * Issue 15.2: a batch's worker that fails — a bug, a crash, its memory exhausted — fails only the
 * file it was building, with a message naming it; the pool replaces the worker and the batch goes
 * on; the JSON reporter still writes its whole document; memory exhausted exits 1, a bug 70.
 */
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { runJobs } from '../src/batch/pool.js';
import { textReporter } from '../src/batch/report.js';
import { NO_PAINT } from '../src/diagnostics/format.js';
import type { Job } from '../src/build/build.js';
import type { FileOutcome } from '../src/build/outcome.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const NBSP = '\u00A0';

interface Ran {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function impact(args: readonly string[], cwd: string, env: Record<string, string>): Promise<Ran> {
  return new Promise((resolve, reject) => {
    const clean = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('IMPACT_')));
    const child = spawn(process.execPath, [join(ROOT, 'bin', 'impact.js'), ...args], { cwd, env: { ...clean, NO_COLOR: '1', ...env } });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
  });
}

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/**
 * Two evaluations far too big for a worker of 64 MB (60 000 observations each: hundreds of
 * megabytes once read with their positions), first in the order so that each of the two workers
 * dies on one, then three ordinary ones (a few tens of megabytes each) that the replacements build.
 */
function batch(): string {
  const dir = mkdtempSync(join(tmpdir(), 'impact-workers-'));
  made.push(dir);
  const observations = Array.from({ length: 60_000 }, (_, i) => `o${i}`).join(', ');
  const big = `version: 1\nlieu: { nom: Gros }\neffets_individuels:\n  sante:\n    effets: [bien_etre]\n    autres: [${observations}]\n`;
  writeFileSync(join(dir, 'a-gros-1.yaml'), big);
  writeFileSync(join(dir, 'a-gros-2.yaml'), big);
  for (const site of ['la-halle-aux-cerises', 'la-petite-manchester', 'le-relais']) copyFileSync(join(ROOT, 'examples', `${site}.yaml`), join(dir, `${site}.yaml`));
  // The site's logo, which la-halle-aux-cerises names beside it.
  cpSync(join(ROOT, 'examples', 'images'), join(dir, 'images'), { recursive: true });
  return dir;
}

const ORDINARY = ['la-halle-aux-cerises', 'la-petite-manchester', 'le-relais'];
// Texts allowed in plenty: the files must reach the worker's memory bound, not the text limits.
const LIMIT = { IMPACT_MAX_WORKER_MB: '64', IMPACT_MAX_TEXTS: '100000' };

describe('a worker out of memory', () => {
  test('fails only its file, named, in impact’s words; the others are built by the workers that replace it; exit 1', async () => {
    const dir = batch();
    const run = await impact(['build', '.', '--out-dir', 'out', '--jobs', '2'], dir, LIMIT);
    expect({ code: run.code, stderr: run.stderr }).toMatchObject({ code: 1 });
    for (const file of ['a-gros-1.yaml', 'a-gros-2.yaml']) {
      expect(run.stderr).toContain(`${file}: erreur${NBSP}: mémoire épuisée en construisant ce fichier (plus de 64 Mo)\u202F; allégez-le, ou relevez la limite (IMPACT_MAX_WORKER_MB)`);
    }
    expect(run.stderr).not.toMatch(/^\s+at |erreur interne|ERR_WORKER/m);
    expect(run.stderr).toContain(`5 évaluations${NBSP}: 3 construites, 2 en échec`);
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(['.impact-manifest.json', ...ORDINARY.flatMap((site) => [`${site}.md`, `${site}.pdf`])].sort());
  }, 180_000);

  test('--reporter json still writes its whole document', async () => {
    const dir = batch();
    const run = await impact(['build', '.', '--check', '--reporter', 'json', '--out-dir', 'out', '--jobs', '2'], dir, LIMIT);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as { summary: Record<string, number>; files: { file: string; status: string; diagnostics: { code: string; params: unknown }[] }[] };
    expect(report.summary).toMatchObject({ total: 5, failed: 2, stale: 3 });
    expect(report.files.map((f) => [f.file, f.status])).toEqual([
      ['a-gros-1.yaml', 'failed'],
      ['a-gros-2.yaml', 'failed'],
      ...ORDINARY.map((site) => [`${site}.yaml`, 'stale']),
    ]);
    for (const f of report.files.slice(0, 2)) expect(f.diagnostics).toEqual([expect.objectContaining({ code: 'out-of-memory', params: { limit: 64 } })]);
  }, 180_000);
});

describe('the pool, with workers that fail in every way', () => {
  const WORKER = join(ROOT, 'test', 'support', 'failing-worker.mjs');
  const job = (file: string): Job => ({ file, outputs: [`${file}.md`], formats: ['md'] });

  test('each failure fails its file only, and a new worker takes the next ones', async () => {
    const previous = process.env.IMPACT_MAX_WORKER_MB;
    process.env.IMPACT_MAX_WORKER_MB = '32';
    const files = ['throws.yaml', 'a.yaml', 'exits.yaml', 'b.yaml', 'uncaught.yaml', 'c.yaml', 'hungry.yaml', 'd.yaml', 'e.yaml'];
    const seen: FileOutcome[] = [];
    try {
      const batchOutcome = await runJobs(files.map(job), 2, (o) => seen.push(o), WORKER);
      expect(batchOutcome.interrupted).toBe(false);
      const shown = batchOutcome.outcomes.map((o) => [o?.file, o?.status, o?.diagnostics.map((d) => d.code)]);
      expect(shown).toEqual(
        files.map((file) => (file in { 'a.yaml': 1, 'b.yaml': 1, 'c.yaml': 1, 'd.yaml': 1, 'e.yaml': 1 } ? [file, 'built', []] : [file, 'failed', [file === 'hungry.yaml' ? 'out-of-memory' : 'build-crashed']])),
      );
      expect(seen.map((o) => o.file).sort()).toEqual([...files].sort());
      const detail = (file: string) => batchOutcome.outcomes.find((o) => o?.file === file)?.diagnostics[0]?.params.detail;
      expect(detail('throws.yaml')).toBe('Error: a bug in the build');
      expect(detail('exits.yaml')).toBe('worker exited with code 3');
      expect(detail('uncaught.yaml')).toBe('Error: an uncaught error');
    } finally {
      if (previous === undefined) delete process.env.IMPACT_MAX_WORKER_MB;
      else process.env.IMPACT_MAX_WORKER_MB = previous;
    }
  }, 120_000);
});

test('a bug met building a file is said of that file, with the stack to report', async () => {
  const { outcomes } = await runJobs([{ file: 'throws.yaml', outputs: ['throws.md'], formats: ['md'], lang: 'en' }, { file: 'a.yaml', outputs: ['a.md'], formats: ['md'] }], 2, () => {}, join(ROOT, 'test', 'support', 'failing-worker.mjs'));
  let err = '';
  const reporter = textReporter({ out: () => {}, err: (text) => (err += text), interactive: false, paint: NO_PAINT }, { lang: 'en' });
  reporter.result(outcomes[0] as FileOutcome);
  expect(err).toMatch(/^throws\.yaml: error: internal error building this file — this is a bug in impact, please report it: Error: a bug in the build\nError: a bug in the build\n {4}at /);
}, 60_000);

test('stopped, a worker does not begin the job it was sent ahead of time', () => {
  const dir = mkdtempSync(join(tmpdir(), 'impact-stop-'));
  made.push(dir);
  // In a process of its own: the signal's listeners are the pool's, not the test runner's.
  const script = `
    import { runJobs } from ${JSON.stringify(pathToFileURL(join(ROOT, 'dist', 'batch', 'pool.js')).href)};
    // Each worker is sent two jobs at once: the first holds 0 and 1, the second 2 and 3. Job 2, a
    // PDF of 14 pages, is still being built when job 0, a short Markdown, stops the batch.
    const job = (i, site, format) => ({ file: ${JSON.stringify(join(ROOT, 'examples'))} + '/' + site + '.yaml', outputs: [${JSON.stringify(dir)} + '/' + i + '.' + format], formats: [format] });
    const jobs = Array.from({ length: 8 }, (_, i) => (i === 2 ? job(i, 'la-halle-aux-cerises', 'pdf') : job(i, 'le-relais', 'md')));
    let first = true;
    const { outcomes, interrupted } = await runJobs(jobs, 2, () => first && !(first = false) && process.emit('SIGINT'));
    console.log(JSON.stringify({ interrupted, built: outcomes.filter(Boolean).length }));`;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  expect(run.stderr).toBe('');
  const { interrupted, built } = JSON.parse(run.stdout) as { interrupted: boolean; built: number };
  expect(interrupted).toBe(true);
  // Jobs 0 and 2, and job 1 if the first worker began it before the stop: never job 3, which the
  // second worker held while it built job 2.
  expect(built).toBeGreaterThanOrEqual(2);
  expect(built).toBeLessThanOrEqual(3);
  expect(readdirSync(dir).sort()).toEqual(built === 3 ? ['0.md', '1.md', '2.pdf'] : ['0.md', '2.pdf']);
}, 60_000);
