/** docs/ci.md: the pipelines are valid YAML, and every `npx impact` command in them works as documented. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const doc = readFileSync(join(ROOT, 'docs', 'ci.md'), 'utf8');
const blocks = (lang: string): string[] => [...doc.matchAll(new RegExp('```' + lang + '\\n([\\s\\S]*?)```', 'g'))].map((m) => m[1] ?? '');

/** The `npx impact …` lines, with the CI matrices' variables set to the first shard. */
const commands = [...blocks('sh'), ...blocks('yaml')]
  .flatMap((block) => block.split('\n'))
  .map((line) => line.replace(/^\s*(- run: |- )?/, ''))
  .filter((line) => line.startsWith('npx impact '))
  .map((line) => line.replace('${{ matrix.shard }}/4', '1/4').replace('$CI_NODE_INDEX/$CI_NODE_TOTAL', '1/4'));

function inRepository(command: string) {
  const dir = mkdtempSync(join(tmpdir(), 'impact-ci-'));
  cpSync(join(ROOT, 'examples'), join(dir, 'evaluations', 'nord'), { recursive: true, filter: (src) => !/\.(md|pdf|json)$/.test(src) });
  cpSync(join(ROOT, 'examples', 'le-relais.yaml'), join(dir, 'evaluations', 'sud', 'le-relais.yaml'));
  const [args, redirect] = command.replace(/^npx impact /, '').split(' > ');
  const run = spawnSync(process.execPath, [join(ROOT, 'bin', 'impact.js'), ...(args ?? '').split(' ')], { cwd: dir, encoding: 'utf8' });
  return { dir, run, redirect };
}

test('the pipelines are valid YAML with the jobs the page describes', () => {
  const [github, gitlab] = blocks('yaml').map((block) => parse(block) as Record<string, unknown>);
  expect(Object.keys((github as { jobs: object }).jobs)).toEqual(['validate', 'reports']);
  expect(Object.keys(gitlab ?? {})).toEqual(expect.arrayContaining(['validate', 'reports']));
});

test('the page and both pipelines use the same commands', () => {
  expect(commands.length).toBeGreaterThanOrEqual(8);
  expect(new Set(commands.map((c) => c.split(' ').slice(0, 3).join(' ')))).toEqual(new Set(['npx impact validate', 'npx impact build']));
});

describe.each([...new Set(commands)])('%s', (command) => {
  test('runs as documented', () => {
    const { dir, run, redirect } = inRepository(command);
    const strictOnExamples = command.includes('--strict');
    const checking = command.includes('--check');
    // The examples leave criteria unanswered and have no reports yet: --strict and --check say so.
    expect(run.status).toBe(strictOnExamples || checking ? 1 : 0);
    expect(run.stderr).not.toMatch(/at .*\.js:\d+/);
    if (redirect) expect(JSON.parse(run.stdout).summary.total).toBe(4);
    if (command.includes('build') && !checking) {
      const written = readdirSync(join(dir, 'rapports'), { recursive: true }).map(String);
      expect(written.length).toBeGreaterThan(0);
      // The reports keep their folders; beside them, the manifest of incremental builds.
      expect(written.every((path) => /^(nord|sud)/.test(path) || path === '.impact-manifest.json')).toBe(true);
    }
  });
});
