/**
 * Hostile input, through the real command line: nothing crashes, nothing is lost.
 *
 * Every file of test/fixtures/hostile/ is run as its entry in cases.json says (`build` into a
 * temporary --out-dir, or `validate`), and for each one: the exit code; the diagnostic expected
 * (its code, line and column read from `build --check --reporter json`, then the same line as a
 * person reads it on stderr); no stack trace, no Node warning, no control or bidi character on the
 * terminal, no problem reported twice; no temporary file, no report for a failed file, whole
 * reports for the others; the input's bytes unchanged and nothing written beside it. A case with
 * a `bug` is a known bug in src/ (named in its entry): it runs as `test.failing` until fixed
 * (HOSTILE_SHOW_BUGS=1 runs them as ordinary tests, to see how each one fails).
 *
 * Then what does not fit a small committed file (20 MB, 10 000 items, folders, devices, outputs
 * that cannot be written), the evaluator's text against Markdown and template injection, and
 * custom templates that reach for JavaScript internals.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  chmodSync,
  copyFileSync,
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ReportModel } from '../src/model/model.js';
import { visible } from '../src/diagnostics/format.js';
import { textOf } from './support/pdf.js';
import { checkPdf } from './support/pdf-document.js';
import MarkdownIt, { type Token } from 'markdown-it';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin', 'impact.js');
const HOSTILE = join(ROOT, 'test', 'fixtures', 'hostile');
const NBSP = '\u00A0';

// ---------------------------------------------------------------------------------------------
// Running impact
// ---------------------------------------------------------------------------------------------

interface Run {
  /** null when the process was killed (timeout). */
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** A 2-core machine shared with other test files: a few processes at a time. */
const SLOTS = Math.max(2, Math.min(4, availableParallelism()));
let running = 0;
const waiting: (() => void)[] = [];

async function slot<T>(work: () => Promise<T>): Promise<T> {
  if (running >= SLOTS) await new Promise<void>((resolve) => waiting.push(resolve));
  else running += 1;
  try {
    return await work();
  } finally {
    const next = waiting.shift();
    if (next) next();
    else running -= 1;
  }
}

/** The limits come from the case only, never from the environment the tests run in. */
function cleanEnv(env: Record<string, string> = {}): NodeJS.ProcessEnv {
  const base = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('IMPACT_')));
  return { ...base, NO_COLOR: '1', ...env };
}

function impact(args: readonly string[], options: { env?: Record<string, string>; cwd?: string; timeout?: number } = {}): Promise<Run> {
  return slot(
    () =>
      new Promise<Run>((resolve, reject) => {
        const child = spawn(process.execPath, [BIN, ...args], { cwd: options.cwd ?? ROOT, env: cleanEnv(options.env), stdio: ['ignore', 'pipe', 'pipe'] });
        const out: Buffer[] = [];
        const err: Buffer[] = [];
        child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
        child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
        const timer = options.timeout === undefined ? undefined : setTimeout(() => child.kill('SIGKILL'), options.timeout);
        child.on('error', reject);
        child.on('close', (code, signal) => {
          if (timer) clearTimeout(timer);
          resolve({ code, signal, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') });
        });
      }),
  );
}

// ---------------------------------------------------------------------------------------------
// What every run must (not) do
// ---------------------------------------------------------------------------------------------

/** A stack frame, a JS source position, impact's "internal error" banner or a Node process warning. */
const CRASH = [/^\s+at .+:\d+(:\d+)?\)?$/m, /\.(?:js|mjs|cjs|ts):\d+/, /erreur interne|internal error/i, /\(node:\d+\)|\bWarning:/];

function expectNoCrash(run: Run): void {
  expect(run.signal).toBeNull();
  expect(run.code).not.toBe(70);
  for (const pattern of CRASH) expect(run.stderr).not.toMatch(pattern);
}

/**
 * What reaches a terminal must not drive it: no C0/C1 control but tab and newline (ESC starts
 * colour, cursor and title sequences, CR overwrites the line) and no bidi embedding or override.
 * Colour is off here (not a terminal, NO_COLOR), so impact itself writes none.
 */
// eslint-disable-next-line no-control-regex
const TERMINAL_UNSAFE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/u;

function expectTerminalSafe(run: Run): void {
  const show = (text: string) => [...text].filter((c) => TERMINAL_UNSAFE.test(c)).map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`);
  expect({ stdout: show(run.stdout), stderr: show(run.stderr) }).toEqual({ stdout: [], stderr: [] });
}

/** Each problem said once. */
function expectNoRepeat(stderr: string): void {
  const lines = stderr.split('\n').filter((line) => /:\d+:\d+: /.test(line));
  expect(lines.filter((line, i) => lines.indexOf(line) !== i)).toEqual([]);
}

/** Every file and folder under `dir`, hidden ones included, relative to it; folders end with '/'. */
function walk(dir: string, under = ''): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(join(dir, under), { withFileTypes: true }).flatMap((entry) => {
    const path = under ? `${under}/${entry.name}` : entry.name;
    return entry.isDirectory() ? [`${path}/`, ...walk(dir, path)] : [path];
  });
}

const sha256 = (path: string): string => createHash('sha256').update(readFileSync(path)).digest('hex');

/** A PDF that was written to its end. */
function expectWholePdf(path: string): void {
  const bytes = readFileSync(path);
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(bytes.subarray(-32).toString('latin1').trimEnd().endsWith('%%EOF')).toBe(true);
  checkPdf(path);
}

/** The text of a PDF in content order, no-break spaces as spaces, blanks collapsed. */
const pdfText = (path: string): string => textOf(path, 'drawn');

/** Temporary folders, removed when the file's tests end. */
const made: string[] = [];
const temp = (prefix: string): string => {
  const dir = mkdtempSync(join(tmpdir(), `impact-hostile-${prefix}-`));
  made.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

// ---------------------------------------------------------------------------------------------
// The corpus
// ---------------------------------------------------------------------------------------------

interface Case {
  /** Under test/fixtures/hostile/. */
  readonly file: string;
  /** `template`: the file is a custom template, run by build and summary in both languages (see runTemplateCase). */
  readonly command: 'build' | 'validate' | 'template';
  readonly exit: 0 | 1;
  /** A diagnostic expected (an error, or for exit 0 a warning), with its place when given. */
  readonly code?: string;
  readonly line?: number;
  readonly column?: number;
  /** Text expected in the Markdown report (exit 0, build). */
  readonly contains?: readonly string[];
  /** Text expected in the PDF as drawn, blanks collapsed. */
  readonly pdfContains?: readonly string[];
  /** Text that must not appear on stderr. */
  readonly notStderr?: readonly string[];
  /** Environment for the run: the IMPACT_MAX_* limits. */
  readonly env?: Record<string, string>;
  /** A known bug in src/: the case runs as test.failing until it is fixed. */
  readonly bug?: string;
  /** A template case: the message after `file:line:col: erreur : `, in each language. */
  readonly message?: Readonly<Record<'fr' | 'en', string>>;
  /** A template case that is a partial, included by the main template. */
  readonly partial?: boolean;
  readonly about: string;
}

interface JsonDiagnostic {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly severity: 'error' | 'warning';
  readonly code: string;
  readonly message: string;
  readonly path: string;
  readonly params: Record<string, unknown>;
}

const CASES: readonly Case[] = JSON.parse(readFileSync(join(HOSTILE, 'cases.json'), 'utf8'));

/** The diagnostics of one file as `build --check --reporter json` gives them: it writes nothing. */
async function diagnosticsOf(file: string, env?: Record<string, string>): Promise<JsonDiagnostic[]> {
  const out = temp('check');
  const run = await impact(['build', file, '--check', '--reporter', 'json', '--out-dir', out], env ? { env } : {});
  expectNoCrash(run);
  expect(walk(out)).toEqual([]);
  const report = JSON.parse(run.stdout) as { files: { diagnostics: JsonDiagnostic[] }[] };
  return report.files.flatMap((f) => f.diagnostics);
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The line a person reads: `file:line:col: erreur : message` (`error:` for a file in English). */
function diagnosticLine(d: JsonDiagnostic): RegExp {
  const where = d.line > 0 ? `${d.file}:${d.line}:${d.column}` : d.file;
  const severity = d.severity === 'error' ? `(?:erreur${NBSP}:|error:)` : `(?:avertissement${NBSP}:|warning:)`;
  return new RegExp(`^${escapeRegExp(where)}: ${severity} ${escapeRegExp(visible(d.message))}`, 'm');
}

async function runCase(c: Case): Promise<void> {
  const input = join(HOSTILE, c.file);
  const shown = relative(ROOT, input);
  const bytes = sha256(input);
  const beside = readdirSync(HOSTILE).sort();
  const out = temp('out');
  const args = c.command === 'build' ? ['build', shown, '--out-dir', out] : ['validate', shown];
  const run = await impact(args, c.env ? { env: c.env } : {});

  expectNoCrash(run);
  expect({ exit: run.code, stderr: run.stderr }).toMatchObject({ exit: c.exit });
  expectTerminalSafe(run);
  expectNoRepeat(run.stderr);
  for (const text of c.notStderr ?? []) expect(run.stderr).not.toContain(text);

  if (c.code !== undefined) {
    const diagnostics = await diagnosticsOf(shown, c.env);
    const expected = { code: c.code, ...(c.line === undefined ? {} : { line: c.line }), ...(c.column === undefined ? {} : { column: c.column }) };
    expect(diagnostics).toContainEqual(expect.objectContaining(expected));
    const d = diagnostics.find((x) => Object.entries(expected).every(([key, value]) => x[key as keyof JsonDiagnostic] === value)) as JsonDiagnostic;
    expect(d.severity).toBe(c.exit === 1 ? 'error' : 'warning');
    expect(run.stderr).toMatch(diagnosticLine(d));
  }
  if (c.exit === 0) expect(run.stderr).not.toMatch(/: (erreur\u00A0|error): /);

  // Nothing beside the input, the input as it was, no temporary file anywhere.
  expect(readdirSync(HOSTILE).sort()).toEqual(beside);
  expect(sha256(input)).toBe(bytes);
  const written = walk(out);
  expect(written.filter((path) => path.endsWith('.tmp'))).toEqual([]);

  if (c.command === 'build' && c.exit === 1) {
    expect(written).toEqual([]);
    expect(run.stdout).not.toContain('→');
  }
  if (c.command === 'build' && c.exit === 0) {
    const stem = c.file.replace(/\.[^.]*$/, '');
    // The reports, and the manifest that records them.
    expect(written.sort()).toEqual(['.impact-manifest.json', `${stem}.md`, `${stem}.pdf`]);
    expect(run.stdout).toContain(`${shown} → `);
    expectWholePdf(join(out, `${stem}.pdf`));
    const markdown = readFileSync(join(out, `${stem}.md`), 'utf8');
    for (const text of c.contains ?? []) expect(markdown).toContain(text);
    if (c.pdfContains) {
      const text = pdfText(join(out, `${stem}.pdf`));
      for (const expected of c.pdfContains) expect(text).toContain(expected);
    }
  }
  if (c.command === 'validate' && c.exit === 0) expect(run.stdout).toContain(`${shown}${NBSP}: valide`);
}

/** No-break spaces as spaces: the manifest is written with plain ones. */
const spaced = (text: string): string => text.replace(/[\u00A0\u202F]/g, ' ');

/**
 * A template case: the file as the main template of a site's report (build) and of a portfolio
 * (summary), or as a partial the main one includes, in French and in English. Each time: exit 1,
 * the error at the file, line and column given in impact's words, nothing written.
 */
async function runTemplateCase(c: Case, command: 'build' | 'summary', lang: 'fr' | 'en'): Promise<void> {
  const dir = temp('template-case');
  mkdirSync(join(dir, 'modeles'));
  const main = command === 'build' ? 'rapport.hbs' : 'portefeuille.hbs';
  const stem = c.file.replace(/\.hbs$/, '');
  copyFileSync(join(HOSTILE, c.file), join(dir, 'modeles', c.partial ? c.file : main));
  if (c.partial) writeFileSync(join(dir, 'modeles', main), `# R\n{{> ${stem}}}\n`);
  copyFileSync(join(ROOT, 'examples', 'le-relais.yaml'), join(dir, 'site.yaml'));
  const output = command === 'build' ? ['--out-dir', 'out'] : ['-o', join('out', 'portefeuille')];
  const run = await impact([command, 'site.yaml', '--templates', 'modeles', '--format', 'md', '--lang', lang, ...output], { cwd: dir });
  expectNoCrash(run);
  expectTerminalSafe(run);
  expect({ exit: run.code, stderr: run.stderr }).toMatchObject({ exit: 1 });
  const where = `modeles/${c.partial ? c.file : main}:${c.line}:${c.column}: ${lang === 'fr' ? 'erreur :' : 'error:'} `;
  expect(spaced(run.stderr)).toContain(`${where}${spaced(c.message?.[lang] ?? '')}`);
  expect(walk(join(dir, 'out'))).toEqual([]);
}

/** HOSTILE_SHOW_BUGS=1 runs the known bugs as ordinary tests, to see how each one fails. */
const SHOW_BUGS = process.env.HOSTILE_SHOW_BUGS === '1';

describe('the hostile corpus', () => {
  test('the manifest names every file of the folder once, and only them', () => {
    // Sub-folders hold cases of other inputs (words/: the words files of a templates folder), with their own manifest.
    const files = readdirSync(HOSTILE, { withFileTypes: true })
      .filter((entry) => entry.isFile() && entry.name !== 'cases.json')
      .map((entry) => entry.name)
      .sort();
    expect(CASES.map((c) => c.file).sort()).toEqual(files);
    expect(new Set(CASES.map((c) => c.file)).size).toBe(CASES.length);
    expect(CASES.length).toBeGreaterThanOrEqual(40);
  });

  test('the committed files are small', () => {
    for (const c of CASES) expect([c.file, statSync(join(HOSTILE, c.file)).size <= 8 * 1024]).toEqual([c.file, true]);
  });

  for (const c of CASES.filter((x) => x.command === 'template')) {
    for (const command of ['build', 'summary'] as const) {
      for (const lang of ['fr', 'en'] as const) {
        test.concurrent(`${c.file} (template, ${command}, ${lang}, ${c.line}:${c.column}): ${c.about}`, () => runTemplateCase(c, command, lang), 120_000);
      }
    }
  }

  for (const c of CASES.filter((x) => x.command !== 'template')) {
    const name = `${c.file} (${c.command}, exit ${c.exit}${c.code ? `, ${c.code}` : ''}): ${c.about}`;
    if (c.bug && !SHOW_BUGS) {
      // A known bug (its `bug` in cases.json): passes once fixed, then drop `bug`.
      test.concurrent.failing(`${name} — BUG: ${c.bug}`, () => runCase(c), 120_000);
    } else {
      test.concurrent(name, () => runCase(c), 120_000);
    }
  }
});

// ---------------------------------------------------------------------------------------------
// Too large to commit
// ---------------------------------------------------------------------------------------------

describe('large inputs, generated', () => {
  test('a 20 MB file is refused before it is read, quickly and whole-file', async () => {
    const dir = temp('big');
    const file = join(dir, 'vingt-mo.yaml');
    const line = `# ${'x'.repeat(1021)}\n`;
    writeFileSync(file, `version: 1\nlieu: { nom: Gros }\n${line.repeat(20 * 1024)}`);
    const bytes = sha256(file);
    const started = Date.now();
    const run = await impact(['build', file, '--out-dir', join(dir, 'out')]);
    expect(Date.now() - started).toBeLessThan(30_000);
    expectNoCrash(run);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${file}: erreur${NBSP}: fichier trop gros${NBSP}: 20 Mo pour 5 Mo au plus`);
    expect(run.stderr).toContain('IMPACT_MAX_BYTES');
    expect(walk(join(dir, 'out'))).toEqual([]);
    expect(sha256(file)).toBe(bytes);
  }, 120_000);

  test('the size limit is inclusive: 5 MiB exactly is read, one byte more is refused', async () => {
    const dir = temp('limit');
    const head = 'version: 1\nlieu: { nom: Limite }\n';
    const filler = (size: number) => `# ${'x'.repeat(size - head.length - 3)}\n`;
    writeFileSync(join(dir, 'juste.yaml'), head + filler(5 * 1024 * 1024));
    writeFileSync(join(dir, 'trop.yaml'), head + filler(5 * 1024 * 1024 + 1));
    expect(statSync(join(dir, 'juste.yaml')).size).toBe(5 * 1024 * 1024);
    const run = await impact(['validate', 'juste.yaml', 'trop.yaml'], { cwd: dir });
    expectNoCrash(run);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`juste.yaml${NBSP}: valide`);
    expect(run.stderr).toContain(`trop.yaml: erreur${NBSP}: fichier trop gros`);
    expect(run.stderr).not.toContain('juste.yaml: erreur');
  }, 120_000);

  test('a limit that is not a positive whole number is ignored: the default applies (docs/limits.md)', async () => {
    const env = { IMPACT_MAX_BYTES: '0', IMPACT_MAX_DEPTH: 'abc', IMPACT_MAX_ALIASES: '-1' };
    const valid = await impact(['validate', join(ROOT, 'examples', 'la-halle-aux-cerises.yaml')], { env });
    expectNoCrash(valid);
    expect(valid.code).toBe(0);
    const deep = await diagnosticsOf(relative(ROOT, join(HOSTILE, 'deep-flow.yaml')), { ...env, IMPACT_MAX_DEPTH: '2.5' });
    expect(deep).toContainEqual(expect.objectContaining({ code: 'too-deep', params: { limit: 32 } }));
  }, 60_000);

  test('10 000 items in autres: every one in the Markdown and in the PDF, in order', async () => {
    const dir = temp('items');
    const items = Array.from({ length: 10_000 }, (_, i) => `observation n° ${i + 1}`);
    const file = join(dir, 'dix-mille.yaml');
    writeFileSync(
      file,
      `version: 1\nlieu: { nom: Dix mille }\neffets_individuels:\n  sante:\n    effets: [bien_etre]\n    autres:\n${items.map((item) => `      - ${item}\n`).join('')}`,
    );
    const run = await impact(['build', file, '--out-dir', join(dir, 'out')], { timeout: 480_000 });
    expectNoCrash(run);
    expect(run.code).toBe(0);
    expect(walk(join(dir, 'out')).sort()).toEqual(['.impact-manifest.json', 'dix-mille.md', 'dix-mille.pdf']);
    const bullets = readFileSync(join(dir, 'out', 'dix-mille.md'), 'utf8')
      .split('\n')
      .filter((line) => line.startsWith('- observation'));
    expect(bullets).toEqual(items.map((item) => `- ${item}`));
    expectWholePdf(join(dir, 'out', 'dix-mille.pdf'));
    const found = pdfText(join(dir, 'out', 'dix-mille.pdf')).match(/observation n° \d+/g) ?? [];
    expect(found).toEqual(items);
  }, 600_000);

  test('a 5 000-character word is printed whole, in the Markdown and in the PDF', async () => {
    const out = temp('word');
    const word = 'Anticonstitutionnellement'.repeat(200);
    const run = await impact(['build', join(HOSTILE, 'text-long-word.yaml'), '--out-dir', out]);
    expectNoCrash(run);
    expect(run.code).toBe(0);
    expect(readFileSync(join(out, 'text-long-word.md'), 'utf8')).toContain(`> *Précisions des évaluateur·rice·s${NBSP}:* ${word}\n`);
    // The PDF breaks it across lines and pages: read without the breaks and the page's running head and foot.
    const text = pdfText(join(out, 'text-long-word.pdf'))
      .replace(/Mot long page \d+ \/ \d+/g, '')
      .replace(/[\s\u00AD-]/g, '');
    expect(text).toContain(word);
  }, 120_000);

  const withExample = (name: string, exemple: string) => `version: 1\nlieu: { nom: ${name} }\neffets_individuels:\n  sante:\n    effets: [bien_etre]\n    exemple: ${exemple}\n`;

  test('a 20 000-character word is printed whole in the PDF (its typesetting is linear: test/long-words.test.ts)', async () => {
    const dir = temp('word-20000');
    const word = 'Anticonstitutionnellement'.repeat(800);
    writeFileSync(join(dir, 'mot.yaml'), withExample('Mot long', word));
    const run = await impact(['build', 'mot.yaml', '--format', 'pdf'], { cwd: dir });
    expectNoCrash(run);
    expect(run.code).toBe(0);
    expectWholePdf(join(dir, 'mot.pdf'));
    expect(pdfText(join(dir, 'mot.pdf')).replace(/Mot long page \d+ \/ \d+/g, '').replace(/\s/g, '')).toContain(word);
  }, 120_000);

  test('a file at the size limit: a 5 MiB word is refused at once, located; the most text allowed, padded to 5 MiB, is built', async () => {
    const dir = temp('size-text');
    const limit = 5 * 1024 * 1024;
    const head = withExample('Limite', '');
    writeFileSync(join(dir, 'mot.yaml'), `${head.slice(0, -1)}${'x'.repeat(limit - head.length)}\n`);
    let words = '';
    for (let i = 0; words.length < 199_900; i += 1) words += `mot${i.toString(36)} `;
    const most = withExample('Limite', words.slice(0, 199_900).trim());
    const comment = `# ${'x'.repeat(1021)}\n`;
    const padding = comment.repeat(Math.floor((limit - Buffer.byteLength(most)) / comment.length));
    writeFileSync(join(dir, 'texte.yaml'), `${most}${padding}${'\n'.repeat(limit - Buffer.byteLength(most) - padding.length)}`);
    expect([statSync(join(dir, 'mot.yaml')).size, statSync(join(dir, 'texte.yaml')).size]).toEqual([limit, limit]);
    const refused = await diagnosticsOf(join(dir, 'mot.yaml'));
    expect(refused).toEqual([expect.objectContaining({ code: 'too-much-text', line: 6, column: 14, params: { limit: 200_000 } })]);
    const run = await impact(['build', 'texte.yaml', '--format', 'pdf'], { cwd: dir });
    expectNoCrash(run);
    expect(run.code).toBe(0);
    expectWholePdf(join(dir, 'texte.pdf'));
  }, 300_000);

  test('a 5 MiB list of short items is refused before the YAML document is built, at the value past the limit, flow or block', async () => {
    const dir = temp('size-values');
    const limit = 5 * 1024 * 1024;
    const fill = (head: string, item: string, tail: string): string => `${head}${item.repeat(Math.floor((limit - head.length - tail.length) / item.length))}${tail}`;
    writeFileSync(join(dir, 'flux.yaml'), fill('version: 1\nlieu: { nom: Liste }\neffets_individuels:\n  mots_cles: [', 'ab, ', 'ab]\n'));
    writeFileSync(join(dir, 'bloc.yaml'), fill('version: 1\nlieu: { nom: Liste }\neffets_individuels:\n  mots_cles:\n', '    - ab\n', ''));
    // Seven keys and values come before the list: the 61 001st value is its 60 994th item.
    expect(await diagnosticsOf(join(dir, 'flux.yaml'))).toEqual([
      expect.objectContaining({ code: 'too-many-values', line: 4, column: 15 + 60_993 * 4, params: { limit: 61_000, per: 3, base: 1_000 } }),
    ]);
    expect(await diagnosticsOf(join(dir, 'bloc.yaml'))).toEqual([
      expect.objectContaining({ code: 'too-many-values', line: 5 + 60_993, column: 7, params: { limit: 61_000, per: 3, base: 1_000 } }),
    ]);
  }, 120_000);
});

// ---------------------------------------------------------------------------------------------
// Files and folders that are not what they seem
// ---------------------------------------------------------------------------------------------

describe('inputs that are not an evaluation file', () => {
  test('a folder without evaluations is an error (a wrong path must not pass for success), the others are built', async () => {
    const dir = temp('empty');
    mkdirSync(join(dir, 'sites', '.cache'), { recursive: true });
    writeFileSync(join(dir, 'sites', '.cache', 'hidden.yaml'), 'version: 1\n');
    writeFileSync(join(dir, 'sites', 'notes.txt'), 'pas une évaluation\n');
    const message = 'sites: erreur\u00A0: aucune évaluation (*.yaml, *.yml) dans ce dossier ni ses sous-dossiers\u202F; vérifiez le chemin';
    const build = await impact(['build', 'sites', '--out-dir', 'out'], { cwd: dir });
    expectNoCrash(build);
    expect(build.code).toBe(1);
    expect(build.stderr.split('\n')[0]).toBe(message);
    const validate = await impact(['validate', 'sites'], { cwd: dir });
    expectNoCrash(validate);
    expect(validate.code).toBe(1);
    expect(validate.stderr.split('\n')[0]).toBe(message);
    expect(walk(dir)).toEqual(['sites/', 'sites/.cache/', 'sites/.cache/hidden.yaml', 'sites/notes.txt']);
    copyFileSync(join(ROOT, 'examples', 'le-relais.yaml'), join(dir, 'relais.yaml'));
    const both = await impact(['build', 'sites', 'relais.yaml', '--format', 'md'], { cwd: dir });
    expect(both.code).toBe(1);
    expect(both.stdout).toBe('relais.yaml → relais.md\n');
    expect(both.stderr).toMatch(/^1 évaluation\u00A0: 1 construite, 1 dossier sans évaluation \(/m);
    expect(existsSync(join(dir, 'relais.md'))).toBe(true);
  }, 60_000);

  test('a shard left without evaluations has nothing to do, and succeeds', async () => {
    const dir = temp('shard');
    copyFileSync(join(ROOT, 'examples', 'le-relais.yaml'), join(dir, 'relais.yaml'));
    const runs = await Promise.all(['1/2', '2/2'].map((shard) => impact(['build', 'relais.yaml', '--format', 'md', '--shard', shard], { cwd: dir })));
    expect(runs.map((run) => run.code)).toEqual([0, 0]);
    expect(runs.filter((run) => run.stderr === 'aucune évaluation à traiter\n')).toHaveLength(1);
  }, 60_000);

  test('a folder of invalid files: every one reported, exit 1, no report at all', async () => {
    const dir = temp('invalid');
    const names = ['png.yaml', 'number-nan.yaml', 'documents-three.yaml', 'proto-root.yaml'];
    mkdirSync(join(dir, 'sites'));
    for (const name of names) copyFileSync(join(HOSTILE, name), join(dir, 'sites', name));
    const build = await impact(['build', 'sites', '--out-dir', 'out'], { cwd: dir });
    expectNoCrash(build);
    expect(build.code).toBe(1);
    for (const name of names) expect(build.stderr).toMatch(new RegExp(`^sites/${escapeRegExp(name)}:\\d+:\\d+: erreur${NBSP}: `, 'm'));
    expect(build.stderr).toContain(`4 évaluations${NBSP}: 4 en échec`);
    expect(walk(join(dir, 'out'))).toEqual([]);
    const validate = await impact(['validate', 'sites'], { cwd: dir });
    expect(validate.code).toBe(1);
    expect(walk(dir).filter((path) => !path.startsWith('sites/'))).toEqual([]);
  }, 120_000);

  test('a folder mixing valid and invalid files: the valid one is built, the invalid one is not', async () => {
    const dir = temp('mixed');
    mkdirSync(join(dir, 'sites'));
    copyFileSync(join(ROOT, 'examples', 'le-relais.yaml'), join(dir, 'sites', 'le-relais.yaml'));
    copyFileSync(join(HOSTILE, 'alias-billion-laughs.yaml'), join(dir, 'sites', 'rires.yaml'));
    const run = await impact(['build', 'sites', '--out-dir', 'out', '--format', 'md'], { cwd: dir });
    expectNoCrash(run);
    expect(run.code).toBe(1);
    expect(walk(join(dir, 'out')).sort()).toEqual(['.impact-manifest.json', 'le-relais.md']);
  }, 120_000);

  test('a named pipe, a dangling link and a link loop in a folder are skipped, not waited for; a link to an evaluation is followed, once', async () => {
    const dir = temp('special');
    mkdirSync(join(dir, 'sites'));
    mkdirSync(join(dir, 'ailleurs'));
    copyFileSync(join(ROOT, 'examples', 'le-relais.yaml'), join(dir, 'sites', 'le-relais.yaml'));
    copyFileSync(join(ROOT, 'examples', 'la-halle-aux-cerises.yaml'), join(dir, 'ailleurs', 'halle.yaml'));
    cpSync(join(ROOT, 'examples', 'images'), join(dir, 'ailleurs', 'images'), { recursive: true });
    execFileSync('mkfifo', [join(dir, 'sites', 'tube.yaml')]);
    symlinkSync('absent.yaml', join(dir, 'sites', 'pendant.yaml'));
    symlinkSync('boucle-b.yaml', join(dir, 'sites', 'boucle-a.yaml'));
    symlinkSync('boucle-a.yaml', join(dir, 'sites', 'boucle-b.yaml'));
    symlinkSync(join('..', 'ailleurs', 'halle.yaml'), join(dir, 'sites', 'lien.yaml'));
    symlinkSync('le-relais.yaml', join(dir, 'sites', 'zz-double.yaml'));
    symlinkSync(join('..', 'ailleurs'), join(dir, 'sites', 'dossier-lie'));
    const run = await impact(['build', 'sites', '--out-dir', 'out', '--format', 'md'], { cwd: dir, timeout: 60_000 });
    expectNoCrash(run);
    expect(run.code).toBe(0);
    expect(walk(join(dir, 'out')).sort()).toEqual(['.impact-manifest.json', 'le-relais.md', 'lien.md']);
  }, 120_000);

  test('a missing file: exit 1, said plainly, nothing written', async () => {
    const dir = temp('missing');
    const run = await impact(['build', 'absent.yaml', '--out-dir', 'out'], { cwd: dir });
    expectNoCrash(run);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(`absent.yaml: erreur${NBSP}: fichier introuvable\n1 erreur.\n`);
    expect(walk(dir)).toEqual([]);
  }, 60_000);

  const asRoot = process.getuid?.() === 0;
  (asRoot ? test.skip : test)(
    `a file without read permission (chmod 000)${asRoot ? ' — skipped: the tests run as root, who reads it anyway; see the EIO and ELOOP tests below' : ''}`,
    async () => {
      const dir = temp('chmod');
      copyFileSync(join(ROOT, 'examples', 'le-relais.yaml'), join(dir, 'site.yaml'));
      chmodSync(join(dir, 'site.yaml'), 0o000);
      const run = await impact(['build', 'site.yaml', '--out-dir', 'out'], { cwd: dir });
      chmodSync(join(dir, 'site.yaml'), 0o644);
      expectNoCrash(run);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(`site.yaml: erreur${NBSP}: lecture interdite (droits)`);
      expect(walk(join(dir, 'out'))).toEqual([]);
    },
    60_000,
  );

  (existsSync('/proc/self/mem') ? test : test.skip)('a file whose reading fails (EIO, /proc/self/mem, even as root): exit 1, no crash', async () => {
    const out = temp('eio');
    const run = await impact(['build', '/proc/self/mem', '--out-dir', out]);
    expectNoCrash(run);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`/proc/self/mem: erreur${NBSP}: lecture impossible (EIO)`);
    expect(walk(out)).toEqual([]);
  }, 60_000);

  test('a link loop named as a file (ELOOP): exit 1, no crash', async () => {
    const dir = temp('eloop');
    symlinkSync('b.yaml', join(dir, 'a.yaml'));
    symlinkSync('a.yaml', join(dir, 'b.yaml'));
    const run = await impact(['validate', 'a.yaml'], { cwd: dir });
    expectNoCrash(run);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`a.yaml: erreur${NBSP}: lecture impossible (ELOOP)`);
  }, 60_000);

  // stat().size is 0 for a FIFO or a device: read, a FIFO would wait forever and /dev/zero never end.
  test('a named pipe given as the file is refused at once, not waited on forever', async () => {
    const dir = temp('fifo');
    execFileSync('mkfifo', [join(dir, 'tube.yaml')]);
    const run = await impact(['validate', 'tube.yaml'], { cwd: dir, timeout: 10_000 });
    expect(run.signal).toBeNull();
    expect(run.code).toBe(1);
  }, 60_000);

  (existsSync('/dev/zero') ? test : test.skip)('/dev/zero is refused as not a file, not read without end', async () => {
    const run = await impact(['validate', '/dev/zero'], { timeout: 4_000 });
    expect(run.signal).toBeNull();
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/pas un fichier ordinaire/);
  }, 60_000);
});

// ---------------------------------------------------------------------------------------------
// File names
// ---------------------------------------------------------------------------------------------

describe('file names are shown, never obeyed', () => {
  const ESC = '\u001b';
  const LIKE_A_DIAGNOSTIC = `x.yaml:1:1: erreur${NBSP}: faux.yaml`;
  /** caf\xE9.yaml: Latin-1, not UTF-8. */
  const LATIN1 = Buffer.from('caf\xE9.yaml', 'latin1');
  const relais = readFileSync(join(ROOT, 'examples', 'le-relais.yaml'));

  /** A folder of evaluations with hostile names: three valid ones, and an invalid one. */
  function folder(): string {
    const dir = temp('names');
    mkdirSync(join(dir, 'sites'));
    writeFileSync(join(dir, 'sites', `${ESC}[2Jefface.yaml`), relais);
    writeFileSync(join(dir, 'sites', 'a\nb.yaml'), relais);
    writeFileSync(join(dir, 'sites', LIKE_A_DIAGNOSTIC), relais);
    writeFileSync(join(dir, 'sites', `rouge${ESC}[31m.yaml`), 'version: 1\nlieu: 5\n');
    writeFileSync(Buffer.concat([Buffer.from(`${join(dir, 'sites')}/`), LATIN1]), relais);
    return dir;
  }

  test('control characters are shown by their code, on stdout and stderr, and a report is written for each valid file', async () => {
    const dir = folder();
    const run = await impact(['build', 'sites', '--format', 'md', '--out-dir', 'out'], { cwd: dir });
    expectNoCrash(run);
    expectTerminalSafe(run);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`sites/<U+001B>[2Jefface.yaml → out/<U+001B>[2Jefface.md`);
    expect(run.stdout).toContain('sites/a<U+000A>b.yaml → out/a<U+000A>b.md');
    expect(run.stderr).toMatch(new RegExp(`^sites/rouge<U\\+001B>\\[31m\\.yaml:2:7: erreur${NBSP}: `, 'm'));
    expect(run.stderr).toContain(`En échec${NBSP}: sites/rouge<U+001B>[31m.yaml`);
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(['.impact-manifest.json', `${ESC}[2Jefface.md`, 'a\nb.md', 'caf\uFFFD.md', LIKE_A_DIAGNOSTIC.replace(/yaml$/, 'md')].sort());
  }, 120_000);

  test('a name that looks like a diagnostic is quoted: no line starts as a diagnostic of another file', async () => {
    const dir = folder();
    rmSync(join(dir, 'sites', `rouge${ESC}[31m.yaml`));
    writeFileSync(join(dir, 'sites', LIKE_A_DIAGNOSTIC), 'version: 1\nlieu: 5\n');
    for (const args of [['build', 'sites', '--format', 'md', '--out-dir', 'out'], ['validate', 'sites']]) {
      const run = await impact(args, { cwd: dir });
      expectNoCrash(run);
      const lines = `${run.stdout}${run.stderr}`.split('\n');
      expect(lines.filter((line) => line.startsWith('sites/x.yaml:1:1'))).toEqual([]);
      expect(run.stderr).toMatch(new RegExp(`^"sites/x\\.yaml:1:1: erreur${NBSP}: faux\\.yaml":2:7: erreur${NBSP}: `, 'm'));
    }
  }, 120_000);

  test('a name that is not UTF-8 is kept as bytes: read and built, its report named with the same bytes, shown escaped', async () => {
    const dir = folder();
    const scanned = await impact(['build', 'sites', '--format', 'md', '--out-dir', 'out'], { cwd: dir });
    expect(scanned.stdout).toContain('sites/caf<0xE9>.yaml → out/caf<0xE9>.md');
    expect(scanned.stderr).not.toContain('introuvable');
    expect(readdirSync(join(dir, 'out'), { encoding: 'buffer' }).some((name) => name.equals(Buffer.from('caf\xE9.md', 'latin1')))).toBe(true);
    // Named on the command line: spawn takes arguments as UTF-8 text, a shell passes the byte itself.
    const named = spawnSync('sh', ['-c', `exec "${process.execPath}" "${BIN}" build "$(printf 'sites/caf\\351.yaml')" --format md --out-dir named`], { cwd: dir, env: cleanEnv(), encoding: 'utf8' });
    expect({ status: named.status, stderr: named.stderr }).toEqual({ status: 0, stderr: '' });
    expect(named.stdout).toBe('sites/caf<0xE9>.yaml → named/caf<0xE9>.md\n');
    expect(readdirSync(join(dir, 'named'), { encoding: 'buffer' }).map((name) => name.toString('latin1')).sort()).toEqual(['.impact-manifest.json', 'caf\xE9.md']);
  }, 120_000);
});

// ---------------------------------------------------------------------------------------------
// Outputs that cannot be written
// ---------------------------------------------------------------------------------------------

describe('outputs that cannot be written', () => {
  const site = (dir: string) => copyFileSync(join(ROOT, 'examples', 'le-relais.yaml'), join(dir, 'le-relais.yaml'));

  test('a file where the output folder should be: exit 1, located, the file untouched, no temporary file', async () => {
    const dir = temp('blocked');
    site(dir);
    writeFileSync(join(dir, 'rapports'), 'pas un dossier\n');
    const run = await impact(['build', 'le-relais.yaml', '--out-dir', 'rapports'], { cwd: dir });
    expectNoCrash(run);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(new RegExp(`^le-relais\\.yaml: erreur${NBSP}: écriture de «${NBSP}rapports/le-relais\\.pdf${NBSP}» impossible \\(E[A-Z]+\\)$`, 'm'));
    expect(readFileSync(join(dir, 'rapports'), 'utf8')).toBe('pas un dossier\n');
    expect(walk(dir).sort()).toEqual(['le-relais.yaml', 'rapports']);
  }, 120_000);

  test('the second report cannot be written (a folder has its name): the PDF is whole, no temporary file', async () => {
    const dir = temp('midway');
    site(dir);
    mkdirSync(join(dir, 'out', 'le-relais.md'), { recursive: true });
    const run = await impact(['build', 'le-relais.yaml', '--out-dir', 'out'], { cwd: dir });
    expectNoCrash(run);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`écriture de «${NBSP}out/le-relais.md${NBSP}» impossible (EISDIR)`);
    const written = walk(join(dir, 'out'));
    expect(written.filter((path) => path.endsWith('.tmp'))).toEqual([]);
    expect(written.filter((path) => path !== 'le-relais.md/' && path !== 'le-relais.pdf')).toEqual([]);
    if (written.includes('le-relais.pdf')) expectWholePdf(join(dir, 'out', 'le-relais.pdf'));
    expect(lstatSync(join(dir, 'out', 'le-relais.md')).isDirectory()).toBe(true);
    expect(readdirSync(join(dir, 'out', 'le-relais.md'))).toEqual([]);
  }, 120_000);

  test('the first report cannot be written: the Markdown is whole or absent, no temporary file', async () => {
    const dir = temp('first');
    site(dir);
    mkdirSync(join(dir, 'out', 'le-relais.pdf'), { recursive: true });
    const run = await impact(['build', 'le-relais.yaml', '--out-dir', 'out'], { cwd: dir });
    expectNoCrash(run);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`écriture de «${NBSP}out/le-relais.pdf${NBSP}» impossible (EISDIR)`);
    const written = walk(join(dir, 'out'));
    expect(written.filter((path) => path !== 'le-relais.pdf/' && path !== 'le-relais.md')).toEqual([]);
    if (written.includes('le-relais.md')) expect(readFileSync(join(dir, 'out', 'le-relais.md'), 'utf8')).toMatch(/^# .*\n[\s\S]*\n$/);
  }, 120_000);
});

// ---------------------------------------------------------------------------------------------
// Injection: the evaluator's text is text
// ---------------------------------------------------------------------------------------------

/** Free text trying to be Markdown, HTML or Handlebars; kept short so that no PDF cell breaks it. */
const TRAPS = [
  '**x**',
  '# titre',
  '- item',
  '[lien](http://x)',
  '<script>alert(1)</script>',
  '{{lieu.nom}}',
  '{{> lieu}}',
  'a \\ b',
  'a | b',
  '1. un',
  '> cite',
  '`code`',
  '_x_ ~~y~~',
  '&amp; &#42;',
  '![img](x.png)',
  '<b>gras</b>',
  '| c | d |',
  '---',
  '{{{lieu.nom}}}',
  '\\*',
  'fin\\',
];
const NAME = 'Site Témoin';

/** One evaluation with a free text (from `text`) in every kind of free-text field. */
function evaluationWith(text: (i: number) => string): string {
  let i = 0;
  const next = () => JSON.stringify(text(i++));
  const many = (n: number) => `[${Array.from({ length: n }, next).join(', ')}]`;
  return [
    'version: 1',
    'lieu:',
    `  nom: ${JSON.stringify(NAME)}`,
    `  commune: ${next()}`,
    `  periode: ${next()}`,
    `  evaluateurs: ${many(3)}`,
    'effets_individuels:',
    `  mots_cles: ${many(3)}`,
    '  sante:',
    '    effets: [bien_etre]',
    `    exemple: ${next()}`,
    `    autres: ${many(6)}`,
    'effets_collectifs:',
    `  mots_cles: ${many(2)}`,
    `  intensite: { valeur: 3, justification: ${next()} }`,
    '  solidarite: { types: [savoirs] }',
    'effets_territoriaux:',
    '  innovation_publique:',
    '    effet: nouveaux_modes',
    `    pratiques: ${many(2)}`,
    `    exemple: ${next()}`,
    '',
  ].join('\n');
}

/** The structure markdown-it reads: block tokens, and inline children with runs of text merged. */
function structure(tokens: readonly Token[]): string[] {
  return tokens.map((token) => {
    if (token.type !== 'inline') return `${token.type}:${token.tag}`;
    const children = (token.children ?? []).map((child) => (child.type === 'text_special' ? 'text' : `${child.type}:${child.tag}`));
    return `inline[${children.filter((type, i) => !(type === 'text' && children[i - 1] === 'text')).join(' ')}]`;
  });
}

/** Every text markdown-it reads, unescaped, one string per inline token. */
const texts = (tokens: readonly Token[]): string[] =>
  tokens.filter((t) => t.type === 'inline').map((t) => (t.children ?? []).map((child) => (child.type.startsWith('text') ? child.content : ' ')).join(''));

describe('injection: the evaluator’s text is printed as written', () => {
  const reader = new MarkdownIt({ html: true });
  const dir = temp('inject');
  const built: Record<'hostile' | 'plain', { markdown: string; pdf: string; json: string }> = {} as never;

  beforeAll(async () => {
    writeFileSync(join(dir, 'hostile.yaml'), evaluationWith((i) => TRAPS[i % TRAPS.length] as string));
    writeFileSync(join(dir, 'plain.yaml'), evaluationWith((i) => `mot${i}`));
    const run = await impact(['build', 'hostile.yaml', 'plain.yaml', '--format', 'pdf,md,json', '--out-dir', 'out'], { cwd: dir });
    expectNoCrash(run);
    expect(run.code).toBe(0);
    for (const name of ['hostile', 'plain'] as const) {
      built[name] = {
        markdown: readFileSync(join(dir, 'out', `${name}.md`), 'utf8'),
        pdf: pdfText(join(dir, 'out', `${name}.pdf`)),
        json: readFileSync(join(dir, 'out', `${name}.json`), 'utf8'),
      };
    }
  }, 180_000);

  test('every trap is used at least once', () => {
    expect(evaluationWith(() => 'x').match(/"x"/g)?.length).toBeGreaterThanOrEqual(TRAPS.length);
  });

  test('the Markdown has the same structure as with plain words: no heading, list, link, HTML, emphasis or table cell added', () => {
    expect(structure(reader.parse(built.hostile.markdown, {}))).toEqual(structure(reader.parse(built.plain.markdown, {})));
  });

  test('tables keep their column count in every row', () => {
    const tokens = reader.parse(built.hostile.markdown, {});
    const rows: number[][] = [];
    let table: number[] | undefined;
    let cells = 0;
    for (const token of tokens) {
      if (token.type === 'table_open') table = [];
      else if (token.type === 'tr_open') cells = 0;
      else if (token.type === 'th_open' || token.type === 'td_open') cells += 1;
      else if (token.type === 'tr_close') table?.push(cells);
      else if (token.type === 'table_close' && table) rows.push(table);
    }
    expect(rows.length).toBeGreaterThan(0);
    for (const table of rows) expect(new Set(table).size).toBe(1);
  });

  test('markdown-it reads every trap back as the text written', () => {
    const read = texts(reader.parse(built.hostile.markdown, {})).join('\n');
    for (const trap of TRAPS) expect([trap, read.includes(trap)]).toEqual([trap, true]);
  });

  test('template syntax is never run: the site’s name appears no more often than with plain words', () => {
    const count = (text: string) => text.split(NAME).length - 1;
    expect(count(built.hostile.markdown)).toBe(count(built.plain.markdown));
    expect(count(built.hostile.pdf)).toBe(count(built.plain.pdf));
    expect(built.hostile.markdown).toContain('{{lieu.nom}}');
  });

  test('the PDF prints every trap with its characters, as written', () => {
    for (const trap of TRAPS) expect([trap, built.hostile.pdf.includes(trap)]).toEqual([trap, true]);
  });

  test('the JSON report keeps every trap exactly', () => {
    for (const trap of TRAPS) expect([trap, built.hostile.json.includes(JSON.stringify(trap).slice(1, -1))]).toEqual([trap, true]);
  });

  test('the committed text-markup.yaml builds to the same kind of Markdown: nothing but text where the evaluator wrote', async () => {
    const out = temp('markup');
    const run = await impact(['build', join(HOSTILE, 'text-markup.yaml'), '--format', 'md,json', '--out-dir', out]);
    expect(run.code).toBe(0);
    const tokens = reader.parse(readFileSync(join(out, 'text-markup.md'), 'utf8'), {});
    const kinds = new Set(tokens.flatMap((t) => [t.type, ...(t.children ?? []).map((c) => c.type)]));
    for (const forbidden of ['html_block', 'html_inline', 'link_open', 'image', 'code_inline', 'code_block', 'fence', 's_open', 'hr', 'ordered_list_open']) {
      expect([forbidden, kinds.has(forbidden)]).toEqual([forbidden, false]);
    }
    const headings = tokens.filter((t) => t.type === 'heading_open').length;
    const plain = await impact(['build', join(ROOT, 'examples', 'le-relais.yaml'), '--format', 'md,json', '--out-dir', out]);
    expect(plain.code).toBe(0);
    // The same grid, the same headings: one per family, answered criterion and annex section (a family with an answer has one), whatever the text says.
    const answered = (name: string): number => {
      const { familles } = JSON.parse(readFileSync(join(out, `${name}.json`), 'utf8')) as ReportModel;
      return familles.flatMap((f) => f.criteres).filter((c) => c.renseigne).length + familles.filter((f) => f.renseignee).length;
    };
    const reference = reader.parse(readFileSync(join(out, 'le-relais.md'), 'utf8'), {}).filter((t) => t.type === 'heading_open').length;
    expect(headings - answered('text-markup')).toBe(reference - answered('le-relais'));
  }, 120_000);
});

// ---------------------------------------------------------------------------------------------
// Templates see only data
// ---------------------------------------------------------------------------------------------

describe('custom templates reach no further than the data', () => {
  /** What must never reach a report or the terminal: source text, the environment, a file. */
  const SECRET = 'impact-hostile-secret-7f3a';
  const LEAKS = ['function', '[native code]', 'Function', 'Object]', SECRET, 'root:x:0:0', 'process'];

  async function withTemplate(template: string, extra: Record<string, string> = {}) {
    const dir = temp('templates');
    mkdirSync(join(dir, 'modeles'));
    writeFileSync(join(dir, 'modeles', 'rapport.hbs'), template);
    for (const [name, text] of Object.entries(extra)) writeFileSync(join(dir, 'modeles', name), text);
    copyFileSync(join(ROOT, 'examples', 'le-relais.yaml'), join(dir, 'site.yaml'));
    const run = await impact(['build', 'site.yaml', '--templates', 'modeles', '--format', 'md', '--out-dir', 'out'], {
      cwd: dir,
      env: { IMPACT_HOSTILE_SECRET: SECRET },
    });
    expectNoCrash(run);
    const report = existsSync(join(dir, 'out', 'site.md')) ? readFileSync(join(dir, 'out', 'site.md'), 'utf8') : undefined;
    for (const leak of LEAKS) {
      expect([leak, (report ?? '').includes(leak)]).toEqual([leak, false]);
      expect([leak, run.stdout.includes(leak) || run.stderr.includes(leak)]).toEqual([leak, false]);
    }
    return { run, report, written: walk(join(dir, 'out')) };
  }

  test('constructor, __proto__ and lookups of them render nothing', async () => {
    const probes = [
      '{{constructor.constructor}}',
      '{{lookup this "__proto__"}}',
      '{{#with (lookup this "constructor")}}X{{name}}{{this}}{{/with}}',
      '{{lieu.nom.constructor}}',
      '{{lookup lieu "constructor"}}',
      '{{#with lieu.constructor}}{{name}}{{/with}}',
      '{{__proto__}}',
      '{{lieu.__proto__.toString}}',
      '{{@root.constructor.name}}',
      '{{lookup lieu "__defineGetter__"}}',
      '{{#each lieu.constructor}}{{@key}}{{/each}}',
      '{{lookup (lookup lieu "constructor") "name"}}',
      '{{#with constructor}}{{#with constructor}}{{this}}{{/with}}{{/with}}',
      '{{lookup process "env"}}',
    ];
    const { run, report } = await withTemplate(`# R\n${probes.map((p, i) => `${i}[${p}]`).join('\n')}\n`);
    expect(run.code).toBe(0);
    expect(report).toBe(`# R\n${probes.map((_, i) => `${i}[]`).join('\n')}\n`);
  }, 60_000);

  test('an unknown helper is a template error, located, and nothing is written', async () => {
    const { run, written } = await withTemplate('# R\n\n{{lire_fichier "/etc/passwd"}}\n');
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`modeles/rapport.hbs:3:1: erreur${NBSP}: erreur de modèle${NBSP}: helper inconnu «${NBSP}lire_fichier${NBSP}»`);
    expect(written).toEqual([]);
  }, 60_000);

  test('calling constructor.constructor as a helper is a template error, not a call', async () => {
    const { run, written } = await withTemplate('{{#with "x"}}{{this.constructor.constructor "return process"}}{{/with}}\n');
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(new RegExp(`modeles/rapport\\.hbs:1:\\d+: erreur${NBSP}: erreur de modèle${NBSP}: `));
    expect(written).toEqual([]);
  }, 60_000);

  test('a partial named as a path outside the templates is a template error, and no file is read', async () => {
    for (const template of ['# R\n{{> [../../../../etc/passwd]}}\n', '# R\n{{> /etc/passwd}}\n', '# R\n{{> "/etc/passwd"}}\n', '# R\n{{> (lookup . "constructor")}}\n']) {
      const { run, written } = await withTemplate(template);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(`erreur de modèle${NBSP}: `);
      expect(written).toEqual([]);
    }
  }, 120_000);

  // A quoted or computed name is checked when it is computed (src/render/partials.ts).
  test('a partial missing at run time is located at its line', async () => {
    for (const template of ['# R\n{{> "/etc/passwd"}}\n', '# R\n{{> (lookup . "constructor")}}\n']) {
      const { run } = await withTemplate(template);
      expect(run.stderr).toMatch(new RegExp(`modeles/rapport\\.hbs:2:\\d+: erreur${NBSP}: erreur de modèle`));
    }
  }, 120_000);

  test('the evaluator’s text in a custom template is still escaped, and {{{triple}}} is the template author’s choice only', async () => {
    const dir = temp('escaped');
    mkdirSync(join(dir, 'modeles'));
    writeFileSync(join(dir, 'modeles', 'rapport.hbs'), '# {{lieu.nom}}\n\n{{lieu.commune}}\n');
    writeFileSync(join(dir, 'site.yaml'), 'version: 1\nlieu: { nom: "{{> lieu}} **x**", commune: "<script>{{lieu.nom}}</script>" }\n');
    const run = await impact(['build', 'site.yaml', '--templates', 'modeles', '--format', 'md', '--out-dir', 'out'], { cwd: dir });
    expectNoCrash(run);
    expect(run.code).toBe(0);
    expect(readFileSync(join(dir, 'out', 'site.md'), 'utf8')).toBe('# {{\\> lieu}} \\*\\*x\\*\\*\n\n\\<script\\>{{lieu.nom}}\\</script\\>\n');
  }, 60_000);
});

