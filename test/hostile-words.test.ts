/**
 * A words file of a templates folder (pdf.json) against its schema, through the real command
 * line: every case of test/fixtures/hostile/words/ run by `build` and by `summary`, each a
 * located error with exit 1 (never a crash, exit 70) or a PDF with its words.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { textOf } from './support/pdf.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin', 'impact.js');
const WORDS = join(ROOT, 'test', 'fixtures', 'hostile', 'words');
const NBSP = '\u00A0';

interface WordsCase {
  readonly file: string;
  readonly exit: 0 | 1;
  readonly line?: number;
  readonly column?: number;
  /** What is wrong (template-errors.ts, `words-file`), said in words on stderr. */
  readonly problem?: string;
  readonly suggestion?: string;
  readonly pdfContains?: readonly string[];
  readonly about: string;
}

const CASES: readonly WordsCase[] = JSON.parse(readFileSync(join(WORDS, 'cases.json'), 'utf8'));

/** What each problem says in French, enough to tell them apart. */
const SAYS: Readonly<Record<string, string>> = {
  syntax: 'n’est pas du JSON valide',
  'not-a-text': `doit être un texte entre guillemets doubles`,
  'not-an-object': 'un fichier de mots est un ensemble de clés',
  'unknown-key': 'clé inconnue',
};

/** A folder with an evaluation and `modeles/<under>pdf.json` copied from the case. */
function workspace(file: string, under = ''): string {
  const dir = mkdtempSync(join(tmpdir(), 'impact-words-'));
  copyFileSync(join(ROOT, 'examples', 'le-relais.yaml'), join(dir, 'site.yaml'));
  mkdirSync(join(dir, 'modeles', under), { recursive: true });
  copyFileSync(join(WORDS, file), join(dir, 'modeles', under, 'pdf.json'));
  return dir;
}

const COMMANDS = {
  build: ['build', 'site.yaml', '--format', 'pdf', '--templates', 'modeles'],
  summary: ['summary', 'site.yaml', '--format', 'pdf', '--templates', 'modeles', '-o', 'portefeuille'],
} as const;
const OUTPUT = { build: 'site.pdf', summary: 'portefeuille.pdf' } as const;

function impact(args: readonly string[], cwd: string) {
  const run = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

test('the manifest names every file of the folder once', () => {
  const files = readdirSync(WORDS).filter((name) => name !== 'cases.json');
  expect(CASES.map((c) => c.file).sort()).toEqual(files.sort());
});

describe.each(Object.keys(COMMANDS) as (keyof typeof COMMANDS)[])('%s --templates with a pdf.json', (command) => {
  test.each(CASES.map((c) => [c.file, c] as const))('%s', (_, c) => {
    const dir = workspace(c.file);
    const run = impact(COMMANDS[command], dir);
    expect(run.stderr).not.toMatch(/\n\s+at |erreur interne|SyntaxError/);
    expect(run.code).toBe(c.exit);
    if (c.exit === 1) {
      const where = `modeles/pdf.json:${c.line}:${c.column}: erreur${NBSP}: erreur de modèle${NBSP}: `;
      expect(run.stderr.split('\n')[0]).toContain(where);
      expect(run.stderr).toContain(SAYS[c.problem ?? ''] ?? '?');
      if (c.suggestion) expect(run.stderr).toContain(`vouliez-vous dire «${NBSP}${c.suggestion}${NBSP}»`);
      expect(existsSync(join(dir, OUTPUT[command]))).toBe(false);
    } else {
      const text = textOf(join(dir, OUTPUT[command])).replace(/\s+/g, ' ');
      if (command === 'build') for (const words of c.pdfContains ?? []) expect(text).toContain(words);
    }
  });
});

test('a words file for one language only, in English: its place and its words in English', () => {
  const dir = workspace('number.json', 'en');
  const run = impact([...COMMANDS.build, '--lang', 'en'], dir);
  expect(run.code).toBe(1);
  expect(run.stderr).toContain('modeles/en/pdf.json:2:12: error: template error: “sujet” must be a text in double quotes, not a number');
  // The French report does not read the English words.
  expect(impact(COMMANDS.build, dir).code).toBe(0);
});

test('a words file too large to be one is refused unread, with its size', () => {
  const dir = workspace('valid.json');
  writeFileSync(join(dir, 'modeles', 'pdf.json'), `{ "sujet": "${'x'.repeat(300 * 1024)}" }`);
  const run = impact(COMMANDS.build, dir);
  expect(run.code).toBe(1);
  expect(run.stderr).toContain(`modeles/pdf.json:1:1: erreur${NBSP}: erreur de modèle${NBSP}: fichier de mots trop gros${NBSP}: 300 ko pour 256 ko au plus`);
});
