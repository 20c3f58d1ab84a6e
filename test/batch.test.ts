/** Batches: folders of evaluations, parallel workers, --check, --shard, the reporters. */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { inShard, parseShard, reportPath, scan } from '../src/batch/inputs.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SITES = 'test/fixtures/sites';
const INVALID = ['bretagne/casse-type.yaml', 'grand-est/casse-option.yaml', 'ile-de-france/paris/casse-cle.yaml', 'occitanie/casse-syntaxe.yaml'];

function impact(args: string[], env: NodeJS.ProcessEnv = {}) {
  const run = spawnSync(process.execPath, [join(ROOT, 'bin', 'impact.js'), ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ...env } });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { recursive: true })
    .map(String)
    .filter((path) => statSync(join(dir, path)).isFile())
    .sort();

describe('finding the evaluations', () => {
  test('a folder is searched recursively for *.yaml and *.yml, hidden folders and other files left out', () => {
    const inputs = scan([SITES]).inputs;
    expect(inputs).toHaveLength(24);
    expect(inputs.every((i) => /\.ya?ml$/.test(i.file))).toBe(true);
    expect(inputs.filter((i) => i.file.endsWith('.yml'))).toHaveLength(2);
    expect(inputs.map((i) => i.file)).toEqual(inputs.map((i) => i.file).sort());
  });

  test('a file named twice, or inside a folder also named, is built once', () => {
    const file = `${SITES}/grand-est/strasbourg/site.yaml`;
    expect(scan([file, file, SITES]).inputs.filter((i) => i.file.endsWith('strasbourg/site.yaml'))).toHaveLength(1);
  });

  test('under --out-dir, reports keep their path relative to the folder given', () => {
    const [input] = scan([SITES]).inputs.filter((i) => i.file.endsWith('paris/site.yaml'));
    expect(input && reportPath(input, 'pdf', 'out')).toBe(join('out', 'ile-de-france', 'paris', 'site.pdf'));
    expect(input && reportPath(input, 'md', undefined)).toBe(join(SITES, 'ile-de-france', 'paris', 'site.md'));
  });
});

describe('shards', () => {
  test.each([['1/1'], ['2/4'], ['4/4']])('%s is a shard', (text) => expect(parseShard(text)).toBeDefined());
  test.each([['0/4'], ['5/4'], ['1/0'], ['a/b'], ['2']])('%s is not', (text) => expect(parseShard(text)).toBeUndefined());

  test('every file is in exactly one shard, whatever the files and the number of shards', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.stringMatching(/^[a-z0-9/_.-]{1,30}$/), { maxLength: 60 }), fc.integer({ min: 1, max: 12 }), (files, count) => {
        for (const file of files) {
          const shards = Array.from({ length: count }, (_, i) => i + 1).filter((index) => inShard(file, { index, count }));
          expect(shards).toHaveLength(1);
        }
      }),
      { numRuns: 300 },
    );
  });

  test('the CLI’s shards of the fixture folder add up to the whole, with no overlap', () => {
    const built = [1, 2, 3].flatMap((index) => {
      const run = impact(['build', SITES, '--check', '--shard', `${index}/3`, '--reporter', 'json']);
      return (JSON.parse(run.stdout) as { files: { file: string }[] }).files.map((f) => f.file);
    });
    expect(built.sort()).toEqual(scan([SITES]).inputs.map((i) => i.file).sort());
  });
});

describe('impact build on a folder', () => {
  const out = mkdtempSync(join(tmpdir(), 'impact-batch-'));
  let run: ReturnType<typeof impact>;
  beforeAll(() => {
    run = impact(['build', SITES, '--out-dir', out, '--jobs', '2']);
  });

  test('an invalid file never stops the others: 20 built, 4 failed, exit 1', () => {
    expect(run.code).toBe(1);
    expect(run.stdout.split('\n').filter((l) => l.includes(' → '))).toHaveLength(20);
    for (const file of INVALID) expect(run.stderr).toContain(`${SITES}/${file}:`);
    expect(run.stderr).toMatch(/\n24 évaluations\u00A0: 20 construites, 4 en échec\u202F; 4 erreurs \(\d+,\d\u00A0s\)\n/);
    // The last line names the files that failed, in natural order.
    expect(run.stderr.endsWith(`\nEn échec\u00A0: ${INVALID.map((file) => `${SITES}/${file}`).join(', ')}\n`)).toBe(true);
  });

  test('the reports mirror the folders, so the four site.yaml never collide', () => {
    const files = filesUnder(out);
    // 20 evaluations, two reports each, and the manifest of the output folder.
    expect(files).toHaveLength(41);
    expect(files).toContain('.impact-manifest.json');
    expect(files.filter((f) => /(^|\/)site\.pdf$/.test(f))).toEqual([
      'bretagne/rennes/site.pdf',
      'grand-est/strasbourg/site.pdf',
      'ile-de-france/paris/site.pdf',
      'occitanie/toulouse/site.pdf',
    ]);
    expect(files.some((f) => f.includes('casse'))).toBe(false);
    expect(files.some((f) => f.endsWith('.tmp'))).toBe(false);
  });

  test('worker threads give the same bytes as one thread', () => {
    const single = mkdtempSync(join(tmpdir(), 'impact-batch-1-'));
    impact(['build', `${SITES}/grand-est`, '--out-dir', single, '--jobs', '1']);
    // Not the manifests: each names its own folder's paths and mtimes.
    for (const file of filesUnder(single).filter((f) => f !== '.impact-manifest.json')) {
      expect({ file, same: readFileSync(join(single, file)).equals(readFileSync(join(out, 'grand-est', file))) }).toEqual({ file, same: true });
    }
  });
});

describe('reporters', () => {
  test('--reporter json: one document, every file with its status and its diagnostics with their message', () => {
    const run = impact(['build', SITES, '--check', '--reporter', 'json', '--out-dir', mkdtempSync(join(tmpdir(), 'impact-json-'))]);
    const report = JSON.parse(run.stdout) as {
      summary: Record<string, number>;
      files: { file: string; status: string; diagnostics: { line: number; column: number; code: string; message: string; suggestion?: string }[] }[];
    };
    expect(report.summary).toMatchObject({ total: 24, failed: 4, stale: 20, built: 0, current: 0 });
    const typo = report.files.find((f) => f.file.endsWith('casse-option.yaml'));
    expect(typo?.status).toBe('failed');
    expect(typo?.diagnostics[0]).toMatchObject({ line: 9, column: 26, code: 'unknown-option', suggestion: 'publics_en_difficulte' });
    expect(typo?.diagnostics[0]?.message).toContain('option inconnue');
    expect(run.stderr).toBe('');
  });

  test('--quiet: errors only', () => {
    const run = impact(['build', SITES, '--check', '--quiet', '--out-dir', mkdtempSync(join(tmpdir(), 'impact-quiet-'))]);
    expect(run.code).toBe(1);
    expect(run.stderr).not.toMatch(/avertissement|évaluations\u00A0:/);
    expect(run.stderr.match(/: erreur\u00A0:/g)).toHaveLength(4);
  });

  test('no progress bar when the output is not a terminal', () => {
    const run = impact(['build', `${SITES}/bretagne`, '--check', '--out-dir', mkdtempSync(join(tmpdir(), 'impact-plain-'))]);
    expect(run.stderr).not.toContain('▕');
  });
});

describe('impact build --check', () => {
  test('lists every missing or out-of-date report with its evaluation, writes nothing, and passes once built', () => {
    const dir = mkdtempSync(join(tmpdir(), 'impact-check-'));
    cpSync(join(ROOT, 'examples'), join(dir, 'sites'), { recursive: true, filter: (src) => !/\.(md|pdf|json)$/.test(src) });
    const sites = join(dir, 'sites');
    const before = impact(['build', sites, '--check']);
    expect(before.code).toBe(1);
    expect(before.stdout).toContain(`${join(sites, 'le-relais.pdf')}\u00A0: absent (${join(sites, 'le-relais.yaml')})`);
    expect(before.stdout.split('\n').filter(Boolean)).toHaveLength(6);
    expect(readdirSync(sites).sort()).toEqual(['images', 'la-halle-aux-cerises.yaml', 'la-petite-manchester.yaml', 'le-relais.yaml']);

    expect(impact(['build', sites]).code).toBe(0);
    const after = impact(['build', sites, '--check']);
    expect(after).toMatchObject({ code: 0, stdout: '' });
    expect(after.stderr).toContain('3 évaluations\u00A0: 3 à jour');

    const relais = join(sites, 'le-relais.yaml');
    writeFileSync(relais, readFileSync(relais, 'utf8').replace('Aubusson', 'Felletin'));
    const edited = impact(['build', sites, '--check']);
    expect(edited.code).toBe(1);
    expect(edited.stdout.split('\n').filter(Boolean).sort()).toEqual([
      `${join(sites, 'le-relais.md')}\u00A0: périmé (${relais})`,
      `${join(sites, 'le-relais.pdf')}\u00A0: périmé (${relais})`,
    ]);
    expect(existsSync(join(sites, 'le-relais.md')) && readFileSync(join(sites, 'le-relais.md'), 'utf8').includes('Aubusson')).toBe(true);
  });
});

test('paths in messages stay as the user wrote them', () => {
  const run = impact(['build', `${SITES}/occitanie/casse-syntaxe.yaml`, '--format', 'md', '--out-dir', mkdtempSync(join(tmpdir(), 'impact-rel-'))]);
  expect(run.stderr.startsWith(`${relative(ROOT, join(ROOT, SITES))}/occitanie/casse-syntaxe.yaml:11:14:`)).toBe(true);
});

describe('Ctrl-C during a batch', () => {
  test.each([['SIGINT'], ['SIGTERM']] as const)('%s: the finished reports stay, whole; no temporary file; exit 130', async (signal) => {
    const out = mkdtempSync(join(tmpdir(), 'impact-signal-'));
    const child = spawn(process.execPath, [join(ROOT, 'bin', 'impact.js'), 'build', SITES, '--out-dir', out, '--jobs', '2'], { cwd: ROOT });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const firstReport = new Promise<void>((resolve) => child.stdout.on('data', () => resolve()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    await firstReport;
    child.kill(signal);
    expect(await exited).toBe(130);
    expect(stderr).toMatch(/Interrompu\u00A0: les rapports terminés sont en place\u202F?; \d+ évaluations? non traitées?\./);
    const files = filesUnder(out);
    expect(files.length).toBeGreaterThan(0);
    expect(files.length).toBeLessThan(40);
    expect(files.filter((f) => f.endsWith('.tmp'))).toEqual([]);
    for (const pdf of files.filter((f) => f.endsWith('.pdf'))) {
      expect(readFileSync(join(out, pdf)).subarray(-6).toString()).toContain('%%EOF');
    }
  }, 60_000);
});
