/** `--format html` as a user runs it: `build` and `summary` spawned, their files, their bytes. */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin', 'impact.js');

function impact(args: string[], cwd: string, input?: string) {
  const run = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', ...(input === undefined ? {} : { input }) });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

function workspace(...examples: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'impact-html-cli-'));
  for (const name of examples) copyFileSync(join(ROOT, 'examples', `${name}.yaml`), join(dir, `${name}.yaml`));
  return dir;
}

const GOLDEN = readFileSync(join(ROOT, 'test', 'golden', 'la-petite-manchester.html'), 'utf8');

test('build --format html writes the golden page, the same bytes on a second run', () => {
  const dir = workspace('la-petite-manchester');
  const first = impact(['build', 'la-petite-manchester.yaml', '--format', 'html'], dir);
  expect(first).toMatchObject({ code: 0, stderr: '' });
  expect(first.stdout).toContain('la-petite-manchester.html');
  expect(readdirSync(dir).sort()).toEqual(['.impact-manifest.json', 'la-petite-manchester.html', 'la-petite-manchester.yaml']);
  const page = readFileSync(join(dir, 'la-petite-manchester.html'), 'utf8');
  expect(page).toBe(GOLDEN);
  expect(impact(['build', 'la-petite-manchester.yaml', '--format', 'html'], dir).code).toBe(0);
  expect(readFileSync(join(dir, 'la-petite-manchester.html'), 'utf8')).toBe(page);
});

test('build - --format html writes the page on standard output', () => {
  const dir = workspace();
  const run = impact(['build', '-', '--format', 'html'], dir, readFileSync(join(ROOT, 'examples', 'la-petite-manchester.yaml'), 'utf8'));
  expect(run).toMatchObject({ code: 0, stdout: GOLDEN });
});

test('build --format html --check says the page is current, then missing once removed', () => {
  const dir = workspace('le-relais');
  expect(impact(['build', 'le-relais.yaml', '--format', 'md,html'], dir).code).toBe(0);
  expect(impact(['build', 'le-relais.yaml', '--format', 'md,html', '--check'], dir).code).toBe(0);
  writeFileSync(join(dir, 'le-relais.html'), 'changed');
  expect(impact(['build', 'le-relais.yaml', '--format', 'html', '--check'], dir).code).toBe(1);
});

test('summary --format html writes the portfolio page; a theme sets its colours', () => {
  const dir = workspace('la-petite-manchester', 'le-relais');
  writeFileSync(join(dir, 'theme.yml.txt'), 'couleurs:\n  marque: "#8a1538"\n');
  const run = impact(['summary', 'la-petite-manchester.yaml', 'le-relais.yaml', '--format', 'html,md', '-o', 'out/reseau', '--theme', 'theme.yml.txt'], dir);
  expect(run).toMatchObject({ code: 0, stderr: '' });
  expect(readdirSync(join(dir, 'out')).sort()).toEqual(['reseau.html', 'reseau.md']);
  const page = readFileSync(join(dir, 'out', 'reseau.html'), 'utf8');
  expect(page).toMatch(/^<!DOCTYPE html>\n<html lang="fr-FR">/);
  expect(page).toContain('--brand:#8a1538');
  expect(page).toMatch(/<h1>Portefeuille d’évaluations\s:\s2\slieux évalués<\/h1>/u);
});

test('the help of build and summary lists html among the formats, in French and English', () => {
  for (const command of ['build', 'summary']) {
    expect(impact([command, '--help'], ROOT).stdout).toMatch(/pdf, md,\s+html/);
    expect(impact([command, '--help', '--lang', 'en'], ROOT).stdout).toMatch(/pdf, md,\s+html/);
  }
});
