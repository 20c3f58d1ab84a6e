/**
 * Hostile themes, through the real command line: fonts and logos that are broken, hostile or
 * huge are refused when the theme is read, as a theme error at the line and column that names
 * them (exit 1), in build and in summary; never a crash (exit 70), a stack trace or a run that
 * reads without end. Each case is a theme of test/fixtures/hostile/themes/ with its outcome in
 * cases.json; the broken fonts and the special files are made at test time (`make`).
 *
 * Then fast-check mutates a font's and a logo's bytes: whatever they become, impact builds the
 * report or refuses the theme with its place, and never exits 70.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { brokenBytes, makeFile, sourceSans, tableOf, type Make } from './support/broken-files.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin', 'impact.js');
const THEMES = join(ROOT, 'test', 'fixtures', 'hostile', 'themes');
const RUNS = Number(process.env.FUZZ_THEME_RUNS ?? 10);
const SEED = process.env.FUZZ_SEED === undefined ? {} : { seed: Number(process.env.FUZZ_SEED) };

interface Case {
  readonly theme: string;
  readonly exit: 0 | 1;
  readonly make?: Make;
  readonly code?: string;
  readonly line?: number;
  readonly column?: number;
  /** Words of the French message. */
  readonly says?: string;
  readonly about: string;
}

const CASES: readonly Case[] = JSON.parse(readFileSync(join(THEMES, 'cases.json'), 'utf8'));

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Two or three processes at a time, on a machine other test files share. */
let running = 0;
const waiting: (() => void)[] = [];

async function impact(args: readonly string[], cwd: string): Promise<Run> {
  while (running >= 3) await new Promise<void>((resolve) => waiting.push(resolve));
  running += 1;
  try {
    return await new Promise((resolve) => {
      const child = spawn(process.execPath, [BIN, ...args], { cwd, env: { ...process.env, NO_COLOR: '1' } });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      child.on('close', (code) => resolve({ code, stdout, stderr }));
    });
  } finally {
    running -= 1;
    waiting.shift()?.();
  }
}

/** The fixtures, the evaluation and every file `make` describes, in a folder of their own. */
function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'impact-hostile-themes-'));
  cpSync(THEMES, dir, { recursive: true });
  copyFileSync(join(ROOT, 'examples', 'le-relais.yaml'), join(dir, 'le-relais.yaml'));
  for (const c of CASES) if (c.make) makeFile(dir, c.make);
  return dir;
}

const spaced = (text: string) => text.replace(/[\u00A0\u202F]/g, ' ');

/** What every run owes, whatever its theme: an outcome of impact's own, said in words. */
function expectNoCrash(run: Run): void {
  if (run.code !== 0 && run.code !== 1) throw new Error(`exit ${run.code}\n${run.stderr}`);
  expect(run.stderr).not.toMatch(/^\s+at /m);
  expect(run.stderr).not.toContain('erreur interne');
}

const commands = (theme: string, out: string): Record<string, string[]> => ({
  build: ['build', 'le-relais.yaml', '--theme', theme, '--format', 'pdf', '--out-dir', out],
  summary: ['summary', 'le-relais.yaml', '--theme', theme, '--format', 'pdf', '-o', join(out, 'portefeuille')],
});

describe('hostile theme files', () => {
  const dir = workspace();

  test('the manifest names every theme of the folder once, and every image is named by a theme', () => {
    const files = readdirSync(THEMES).filter((name) => name !== 'cases.json');
    const themes = files.filter((name) => name.endsWith('.yaml')).sort();
    expect(CASES.map((c) => c.theme).sort()).toEqual(themes);
    const named = themes.map((theme) => readFileSync(join(THEMES, theme), 'utf8')).join('\n');
    for (const image of files.filter((name) => !name.endsWith('.yaml'))) expect(named).toContain(`logo: ${image}`);
  });

  for (const c of CASES) {
    for (const command of ['build', 'summary'] as const) {
      test.concurrent(`${command} --theme ${c.theme} (exit ${c.exit}${c.code ? `, ${c.code}` : ''}): ${c.about}`, async () => {
        const out = `out-${command}-${c.theme.replace(/\.yaml$/, '')}`;
        const run = await impact(commands(c.theme, out)[command] ?? [], dir);
        expectNoCrash(run);
        expect(run.code).toBe(c.exit);
        if (c.exit === 0) {
          const pdf = command === 'build' ? join(dir, out, 'le-relais.pdf') : join(dir, out, 'portefeuille.pdf');
          expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
          return;
        }
        expect(spaced(run.stderr)).toContain(`${c.theme}:${c.line}:${c.column}: erreur : `);
        expect(spaced(run.stderr)).toContain(spaced(c.says ?? ''));
        expect(existsSync(join(dir, out))).toBe(false);
      }, 120_000);
    }
  }
});

test('after a trial that took its worker down, the next files are still tried: each broken one is said, the others pass', async () => {
  const dir = workspace();
  const theme = ['polices:', '  normale: fonts/gsub-damaged.ttf', '  grasse: fonts/source-sans.ttf', '  italique: fonts/200-bytes-changed.ttf', 'logo: png-alpha.png', ''];
  writeFileSync(join(dir, 'several.yaml'), theme.join('\n'));
  const run = await impact(['build', 'le-relais.yaml', '--theme', 'several.yaml', '--format', 'pdf', '--out-dir', 'out'], dir);
  expectNoCrash(run);
  const errors = spaced(run.stderr)
    .split('\n')
    .filter((line) => line.startsWith('several.yaml:'));
  expect(errors.map((line) => line.split(': erreur')[0])).toEqual(['several.yaml:2:12', 'several.yaml:4:13']);
  expect(run.code).toBe(1);
}, 120_000);

test.each([['a named pipe', 'pipe.png'], ['a character device', '/dev/zero']])('a site’s image (lieu.image) that is %s is refused unread, like a theme’s logo', async (_, image) => {
  const dir = workspace();
  if (image === 'pipe.png') makeFile(dir, { file: image, special: 'fifo' });
  writeFileSync(join(dir, 'site.yaml'), `version: 1\nlieu:\n  nom: Essai\n  image: ${image}\n`);
  const run = await impact(['validate', 'site.yaml'], dir);
  expectNoCrash(run);
  expect(run.code).toBe(1);
  expect(spaced(run.stderr)).toContain('site.yaml:4:10: erreur : ce n’est pas un fichier ordinaire');
}, 60_000);

describe('mutated fonts and logos (fast-check)', () => {
  const dir = workspace();
  let n = 0;
  /** Builds the report with a theme whose `key` names `bytes`: a PDF, or the theme refused at that key's place. */
  async function buildWith(key: 'polices' | 'logo', bytes: Uint8Array, extension: string): Promise<void> {
    n += 1;
    const file = `mutated-${n}.${extension}`;
    writeFileSync(join(dir, file), bytes);
    const theme = `mutated-${n}.yaml`;
    writeFileSync(join(dir, theme), key === 'logo' ? `logo: ${file}\n` : `polices:\n  normale: ${file}\n`);
    const run = await impact(['build', 'le-relais.yaml', '--theme', theme, '--format', 'pdf', '--out-dir', `out-mutated-${n}`], dir);
    expectNoCrash(run);
    if (run.code === 1) expect(spaced(run.stderr)).toMatch(key === 'logo' ? `${theme}:1:7: erreur : ` : `${theme}:2:12: erreur : `);
  }

  /** Bytes changed at places drawn, maybe one table overwritten, maybe the end cut. */
  const mutation = (size: number, tables: readonly string[]) =>
    fc.record({
      changes: fc.array(fc.tuple(fc.nat({ max: size - 1 }), fc.integer({ min: 0, max: 255 })), { maxLength: 300 }),
      table: tables.length > 0 ? fc.option(fc.constantFrom(...tables), { nil: undefined }) : fc.constant(undefined),
      seed: fc.integer({ min: 1, max: 1000 }),
      cut: fc.option(fc.integer({ min: 0, max: size }), { nil: undefined }),
    });

  function mutated(base: Uint8Array, m: { changes: [number, number][]; table?: string; seed: number; cut?: number }): Uint8Array {
    const bytes = Buffer.from(base);
    if (m.table) {
      const { offset, length } = tableOf(bytes, m.table);
      bytes.set(brokenBytes({ file: '', from: 'regular', overwrite: m.table, seed: m.seed }).subarray(offset, offset + length), offset);
    }
    for (const [at, value] of m.changes) bytes[at] = value;
    return m.cut === undefined ? bytes : bytes.subarray(0, m.cut);
  }

  test('a font: whatever its bytes become, a PDF or a located theme error, never exit 70', async () => {
    const font = sourceSans();
    const tables = ['glyf', 'cmap', 'loca', 'head', 'GSUB', 'GPOS', 'hmtx', 'maxp', 'post', 'name', 'OS/2', 'hhea'];
    await fc.assert(fc.asyncProperty(mutation(font.length, tables), (m) => buildWith('polices', mutated(font, m), 'ttf')), { numRuns: RUNS, ...SEED });
  }, 600_000);

  test('a logo: whatever its bytes become, a PDF or a located theme error, never exit 70', async () => {
    const logos = ['png-logo.png', 'png-alpha.png', 'jpeg-logo.jpg'].map((name) => readFileSync(join(THEMES, name)));
    const logo = fc.constantFrom(...logos.keys()).chain((i) => fc.tuple(fc.constant(i), mutation((logos[i] as Buffer).length, [])));
    await fc.assert(
      fc.asyncProperty(logo, ([i, m]) => buildWith('logo', mutated(logos[i] as Buffer, m), i === 2 ? 'jpg' : 'png')),
      { numRuns: RUNS, ...SEED },
    );
  }, 600_000);
});
