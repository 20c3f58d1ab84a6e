/** `impact build --watch`, as a person uses it: save, look, save again, make a mistake, fix it, Ctrl-C. */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fonts as pdfFonts } from './support/pdf-document.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const WAIT_MS = 10_000;

/** The process's stdout and stderr so far, and a way to wait for a line to appear in them. */
function follow(child: ChildProcessWithoutNullStreams) {
  let output = '';
  const waiting: { pattern: RegExp; from: number; resolve: () => void }[] = [];
  const check = () => {
    for (const w of [...waiting]) {
      if (w.pattern.test(output.slice(w.from))) {
        waiting.splice(waiting.indexOf(w), 1);
        w.resolve();
      }
    }
  };
  child.stdout.on('data', (chunk: Buffer) => ((output += chunk.toString()), check()));
  child.stderr.on('data', (chunk: Buffer) => ((output += chunk.toString()), check()));
  return {
    get output() {
      return output;
    },
    /** Resolves when `pattern` shows up after what was already there. */
    next(pattern: RegExp): Promise<void> {
      const from = output.length;
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no ${pattern} within ${WAIT_MS} ms; output so far:\n${output}`)), WAIT_MS);
        waiting.push({ pattern, from, resolve: () => (clearTimeout(timer), resolve()) });
        check();
      });
    },
  };
}

test('rebuilds on every save of the evaluation or a template, keeps going through errors, stops on Ctrl-C', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'impact-watch-'));
  const site = join(dir, 'site.yaml');
  copyFileSync(join(ROOT, 'examples', 'le-relais.yaml'), site);
  mkdirSync(join(dir, 'modeles'));
  const child = spawn(process.execPath, [join(ROOT, 'bin', 'impact.js'), 'build', 'site.yaml', '--format', 'md', '--templates', 'modeles', '--watch'], { cwd: dir });
  const log = follow(child);
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  try {
    await log.next(/site\.yaml → .*site\.md \(\d+ ms\)/);
    await log.next(/Surveillance de site\.yaml et modeles/);

    const rebuilt = log.next(/site\.yaml → .*site\.md \(\d+ ms\)/);
    writeFileSync(site, readFileSync(site, 'utf8').replace('commune: Aubusson', 'commune: Guéret'));
    await rebuilt;
    expect(readFileSync(join(dir, 'site.md'), 'utf8')).toContain('Guéret');

    const failed = log.next(/site\.yaml:2:7: erreur/);
    writeFileSync(site, 'version: 1\nlieu: [\n');
    await failed;
    expect(readFileSync(join(dir, 'site.md'), 'utf8')).toContain('Guéret');

    const fixed = log.next(/site\.yaml → .*site\.md \(\d+ ms\)/);
    copyFileSync(join(ROOT, 'examples', 'le-relais.yaml'), site);
    await fixed;

    const restyled = log.next(/Modifié\u00A0: modeles\/lieu\.hbs[\s\S]*site\.yaml → .*site\.md \(\d+ ms\)/);
    writeFileSync(join(dir, 'modeles', 'lieu.hbs'), '- **Où :** {{lieu.commune}}\n');
    await restyled;
    expect(readFileSync(join(dir, 'site.md'), 'utf8')).toContain('- **Où\u00A0:** Aubusson');
  } finally {
    child.kill('SIGINT');
  }
  expect(await exited).toBe(0);
  expect(log.output).toContain('Surveillance arrêtée.');
  expect(log.output).not.toMatch(/at .*\.js:\d+/);
}, 60_000);

test('follows the font and logo files the theme names, and typesets with the font as saved', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'impact-watch-theme-'));
  copyFileSync(join(ROOT, 'examples', 'le-relais.yaml'), join(dir, 'site.yaml'));
  const fonts = join(ROOT, 'node_modules', '@expo-google-fonts', 'source-sans-3');
  copyFileSync(join(fonts, '300Light', 'SourceSans3_300Light.ttf'), join(dir, 'police.ttf'));
  copyFileSync(join(ROOT, 'test', 'fixtures', 'logo.png'), join(dir, 'logo.png'));
  writeFileSync(join(dir, 'theme.yaml'), 'polices:\n  normale: police.ttf\nlogo: logo.png\n');
  const child = spawn(process.execPath, [join(ROOT, 'bin', 'impact.js'), 'build', 'site.yaml', '--format', 'pdf', '--theme', 'theme.yaml', '--watch'], { cwd: dir });
  const log = follow(child);
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  const fontsOf = () => pdfFonts(join(dir, 'site.pdf')).map((font) => font.name).join('\n');
  try {
    await log.next(/Surveillance de site\.yaml, theme\.yaml, .*police\.ttf et .*logo\.png/);
    expect(fontsOf()).toContain('SourceSans3-Light');
    const rebuilt = log.next(/Modifié\u00A0: police\.ttf[\s\S]*site\.yaml → .*site\.pdf \(\d+ ms\)/);
    copyFileSync(join(fonts, '800ExtraBold', 'SourceSans3_800ExtraBold.ttf'), join(dir, 'police.ttf'));
    await rebuilt;
    expect(fontsOf()).toContain('SourceSans3-ExtraBold');
    expect(fontsOf()).not.toContain('SourceSans3-Light');

    // The theme now names a font in another folder: that file is followed from then on.
    mkdirSync(join(dir, 'polices'));
    copyFileSync(join(fonts, '200ExtraLight', 'SourceSans3_200ExtraLight.ttf'), join(dir, 'polices', 'autre.ttf'));
    const renamed = log.next(/Modifié\u00A0: theme\.yaml[\s\S]*site\.yaml → .*site\.pdf \(\d+ ms\)/);
    writeFileSync(join(dir, 'theme.yaml'), 'polices:\n  normale: polices/autre.ttf\nlogo: logo.png\n');
    await renamed;
    expect(fontsOf()).toContain('SourceSans3-ExtraLight');
    const swapped = log.next(/Modifié\u00A0: polices\/autre\.ttf[\s\S]*site\.yaml → .*site\.pdf \(\d+ ms\)/);
    copyFileSync(join(fonts, '900Black', 'SourceSans3_900Black.ttf'), join(dir, 'polices', 'autre.ttf'));
    await swapped;
    expect(fontsOf()).toContain('SourceSans3-Black');
  } finally {
    child.kill('SIGINT');
  }
  expect(await exited).toBe(0);
  expect(log.output).not.toMatch(/at .*\.js:\d+/);
}, 60_000);

test('a watched folder deleted and made again is watched again, and says so', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'impact-watch-gone-'));
  const folder = join(dir, 'sites');
  mkdirSync(folder);
  copyFileSync(join(ROOT, 'examples', 'le-relais.yaml'), join(folder, 'site.yaml'));
  const child = spawn(process.execPath, [join(ROOT, 'bin', 'impact.js'), 'build', 'sites/site.yaml', '--format', 'md', '--watch'], { cwd: dir });
  const log = follow(child);
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  try {
    await log.next(/Surveillance de sites\/site\.yaml/);
    const gone = log.next(/Dossier supprimé\u00A0: sites\u202F; la surveillance reprendra quand il reviendra\./);
    rmSync(folder, { recursive: true });
    await gone;
    // The file's own watcher may see it come back before the folder's does: either order holds,
    // and the second event then finds the report already up to date.
    const back = log.next(/Dossier revenu\u00A0: sites\u202F; la surveillance reprend\./);
    const rebuilt = log.next(/sites\/site\.yaml → .*site\.md \(\d+ ms\)/);
    mkdirSync(folder);
    writeFileSync(join(folder, 'site.yaml'), readFileSync(join(ROOT, 'examples', 'le-relais.yaml'), 'utf8').replace('commune: Aubusson', 'commune: Guéret'));
    await Promise.all([back, rebuilt]);
    expect(readFileSync(join(folder, 'site.md'), 'utf8')).toContain('Guéret');
    // And it keeps watching after its return.
    const again = log.next(/sites\/site\.yaml → .*site\.md \(\d+ ms\)/);
    writeFileSync(join(folder, 'site.yaml'), readFileSync(join(ROOT, 'examples', 'le-relais.yaml'), 'utf8').replace('commune: Aubusson', 'commune: Felletin'));
    await again;
    expect(readFileSync(join(folder, 'site.md'), 'utf8')).toContain('Felletin');
  } finally {
    child.kill('SIGINT');
  }
  expect(await exited).toBe(0);
}, 40_000);
