/**
 * Issue 15.5: the temporary files reports are written into. Their names stay within 255 bytes
 * whatever the report's name; those a killed run left behind (impact's own naming only: a process
 * that is gone, or a day old) are removed by the next run writing in that folder, and nothing else.
 */
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { temporaryFor } from '../src/write/temporary.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OURS = /^\.[^/]*\.impact-\d+-[0-9a-f]{8}\.tmp$/;

const made: string[] = [];
const temp = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'impact-temporary-'));
  made.push(dir);
  return dir;
};
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function impact(args: readonly string[], cwd: string): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(ROOT, 'bin', 'impact.js'), ...args], { cwd, env: { ...process.env, NO_COLOR: '1' }, stdio: ['ignore', 'ignore', 'pipe'] });
    const err: Buffer[] = [];
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr: Buffer.concat(err).toString('utf8') }));
  });
}

describe('temporary names', () => {
  test.each([
    ['a short name', 'site.pdf'],
    ['240 characters', `${'x'.repeat(236)}.pdf`],
    ['255 bytes', `${'x'.repeat(251)}.pdf`],
    ['two-byte characters', `${'é'.repeat(125)}.pdf`],
    ['four-byte characters', `${'🌳'.repeat(62)}.pdf`],
  ])('%s: hidden, beside the report, at most 255 bytes, cut between characters, in impact’s own pattern', (_, name) => {
    const temporary = temporaryFor(join('out', name));
    const own = basename(temporary);
    expect(join('out', own)).toBe(temporary);
    expect(Buffer.byteLength(own)).toBeLessThanOrEqual(255);
    expect(own).toMatch(OURS);
    expect(own).not.toContain('\uFFFD');
    expect(name.startsWith(own.slice(1, own.indexOf('.impact-')))).toBe(true);
  });

  test('two names for one report differ', () => {
    expect(temporaryFor('site.pdf')).not.toBe(temporaryFor('site.pdf'));
  });
});

describe('what killed runs left behind', () => {
  /** The pid of a process that has ended, as a run killed by SIGKILL has. */
  const ended = (): number => {
    const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    return Number(child.stdout);
  };

  test('the next run writing in the folder removes impact’s temporary files of dead processes and old ones, and nothing else', async () => {
    const dir = temp();
    copyFileSync(join(ROOT, 'examples', 'le-relais.yaml'), join(dir, 'le-relais.yaml'));
    mkdirSync(join(dir, 'out'));
    const dead = ended();
    const living = process.pid;
    const removed = [`.le-relais.pdf.impact-${dead}-0123abcd.tmp`, `.autre.md.impact-${dead}-89abcdef.tmp`, `.ancien.pdf.impact-${living}-00ff00ff.tmp`];
    const kept = [
      // A run under way: its process lives and its file is fresh.
      `.le-relais.md.impact-${living}-0123abcd.tmp`,
      // Perhaps a run under way on another machine sharing the folder: its pid is not one of ours.
      `.partage.pdf.impact-${dead}-0123abcd.tmp`,
      // Not the naming impact writes: the user's, another program's, or impact's before it bounded its names.
      `.le-relais.pdf.${dead}-0123abcd.tmp`,
      `le-relais.impact-${dead}-0123abcd.tmp`,
      `.le-relais.impact-${dead}-0123abcd.tmp.bak`,
      `.le-relais.impact-${dead}-0123ABCD.tmp`,
      'notes.txt',
    ];
    for (const name of [...removed, ...kept]) writeFileSync(join(dir, 'out', name), 'partial');
    const twoDaysAgo = Date.now() / 1000 - 2 * 24 * 3600;
    const anHourAgo = Date.now() / 1000 - 3600;
    utimesSync(join(dir, 'out', removed[2] as string), twoDaysAgo, twoDaysAgo);
    for (const name of removed.slice(0, 2)) utimesSync(join(dir, 'out', name), anHourAgo, anHourAgo);

    const run = await impact(['build', 'le-relais.yaml', '--out-dir', 'out'], dir);
    expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: '' });
    expect(readdirSync(join(dir, 'out')).sort()).toEqual([...kept, '.impact-manifest.json', 'le-relais.md', 'le-relais.pdf'].sort());
  }, 120_000);

  test('summary clears its output folder too', async () => {
    const dir = temp();
    copyFileSync(join(ROOT, 'examples', 'le-relais.yaml'), join(dir, 'le-relais.yaml'));
    mkdirSync(join(dir, 'out'));
    const left = join(dir, 'out', `.portefeuille.md.impact-${ended()}-0123abcd.tmp`);
    writeFileSync(left, 'partial');
    const anHourAgo = Date.now() / 1000 - 3600;
    utimesSync(left, anHourAgo, anHourAgo);
    const run = await impact(['summary', 'le-relais.yaml', '--format', 'md', '-o', 'out/'], dir);
    expect(run.code).toBe(0);
    expect(existsSync(left)).toBe(false);
    expect(readdirSync(join(dir, 'out'))).toEqual(['portefeuille.md']);
  }, 120_000);
});
