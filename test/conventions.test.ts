/**
 * The conventions of a command-line tool, as a user meets them in a spawned process: `-` for
 * standard input, FORCE_COLOR and NO_COLOR, validate's total, --quiet and --reporter json,
 * natural order, the line naming what failed, and help in the user's language.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin', 'impact.js');
const RELAIS = join(ROOT, 'examples', 'le-relais.yaml');
const NBSP = '\u00A0';
const NNBSP = '\u202F';

/** The CLI with a clean colour environment (the test runner's own must not leak in), `env` on top. */
function impact(args: string[], options: { cwd?: string; input?: string | Buffer; env?: NodeJS.ProcessEnv } = {}) {
  const env: NodeJS.ProcessEnv = { ...process.env, ...options.env };
  for (const name of ['NO_COLOR', 'FORCE_COLOR'] as const) if (!options.env || !(name in options.env)) delete env[name];
  const run = spawnSync(process.execPath, [BIN, ...args], { cwd: options.cwd ?? ROOT, encoding: 'utf8', env, input: options.input ?? '' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const temp = (): string => mkdtempSync(join(tmpdir(), 'impact-conventions-'));
const TYPO = 'version: 1\nlieu: { nom: Test }\neffets_individuels:\n  snate: { effets: [] }\n';

describe('- reads an evaluation from standard input', () => {
  test('validate -: its messages name it <entrée standard>, or <stdin> in English', () => {
    const fr = impact(['validate', '-'], { input: TYPO });
    expect(fr.code).toBe(1);
    expect(fr.stderr).toContain(
      `<entrée standard>:4:3: erreur${NBSP}: clé inconnue «${NBSP}snate${NBSP}»${NNBSP}; vouliez-vous dire «${NBSP}sante${NBSP}»${NNBSP}?`,
    );
    const en = impact(['validate', '-', '--lang', 'en'], { input: TYPO });
    expect(en.stderr).toContain('<stdin>:4:3: error: unknown key “snate”; did you mean “sante”?');
    expect(impact(['validate', '-'], { input: readFileSync(RELAIS) })).toMatchObject({ code: 0, stdout: `<entrée standard>${NBSP}: valide\n` });
  });

  test('validate - with files: standard input is read once, and listed first', () => {
    const run = impact(['validate', RELAIS, '-'], { input: readFileSync(RELAIS), env: {} });
    expect(run.stdout.split('\n')).toEqual([`<entrée standard>${NBSP}: valide`, `${RELAIS}${NBSP}: valide`, '']);
  });

  test('build - --format md writes the report on standard output, and nothing else there', () => {
    const dir = temp();
    const run = impact(['build', '-', '--format', 'md'], { cwd: dir, input: readFileSync(RELAIS) });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(readFileSync(join(ROOT, 'test', 'golden', 'le-relais.md'), 'utf8'));
    expect(run.stderr).toBe(`<entrée standard> → <sortie standard>\n`);
    expect(readdirSync(dir)).toEqual([]);
  });

  test('build - --format pdf gives the same bytes as the PDF of the file', () => {
    const dir = temp();
    copyFileSync(RELAIS, join(dir, 'le-relais.yaml'));
    expect(impact(['build', 'le-relais.yaml', '--format', 'pdf'], { cwd: dir }).code).toBe(0);
    const piped = spawnSync(process.execPath, [BIN, 'build', '-', '--format', 'pdf'], { cwd: dir, input: readFileSync(RELAIS) });
    expect(piped.status).toBe(0);
    expect(Buffer.compare(piped.stdout, readFileSync(join(dir, 'le-relais.pdf')))).toBe(0);
  });

  test('build - with an invalid evaluation: its errors, no report, exit 1', () => {
    const run = impact(['build', '-', '--format', 'md'], { input: TYPO });
    expect(run).toMatchObject({ code: 1, stdout: '' });
    expect(run.stderr).toContain('<entrée standard>:4:3: erreur');
  });

  test.each([
    [['--format', 'pdf,md'], 'choisissez un seul format avec --format (pdf, md ou json), pas pdf,md'],
    [[], 'choisissez un seul format avec --format (pdf, md ou json), pas pdf,md'],
    [['--format', 'md', '--out-dir', 'out'], '--out-dir ne peut pas lui donner de nom'],
    [['--format', 'md', '--check'], '--check n’a aucun rapport à comparer'],
    [['--format', 'md', '--reporter', 'json'], 'son rapport et --reporter json se disputeraient la sortie standard'],
    [['--format', 'md', '--watch'], '--watch n’a aucun fichier à surveiller'],
  ])('build - %j is ambiguous: a usage error that says why, nothing read or written', (options, why) => {
    const dir = temp();
    const run = impact(['build', '-', ...options], { cwd: dir, input: TYPO });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^erreur\u00A0: «\u00A0-\u00A0» \(l’entrée standard\)\u00A0: /);
    expect(run.stderr.replace(/[\u00A0\u202F]/g, ' ')).toContain(why);
    expect(readdirSync(dir)).toEqual([]);
  });

  test('in English too', () => {
    expect(impact(['build', '-', '--lang', 'en'], { input: TYPO }).stderr).toBe(
      'error: “-” (standard input): its report is written to standard output, which holds only one; choose one format with --format (pdf, md or json), not pdf,md\n',
    );
  });
});

describe('colours', () => {
  const colours = (env: NodeJS.ProcessEnv) => /\u001b\[/.test(impact(['validate', 'absent.yaml'], { env }).stderr);

  test('none when the output is not a terminal', () => expect(colours({})).toBe(false));
  test.each([['1'], ['true'], ['3'], ['yes']])('FORCE_COLOR=%s forces them', (value) => expect(colours({ FORCE_COLOR: value })).toBe(true));
  test.each([['0'], ['false'], ['']])('FORCE_COLOR=%j does not', (value) => expect(colours({ FORCE_COLOR: value })).toBe(false));
  test('NO_COLOR set and not empty wins over FORCE_COLOR', () => expect(colours({ NO_COLOR: '1', FORCE_COLOR: '1' })).toBe(false));
  test('NO_COLOR empty is as if unset (no-color.org)', () => expect(colours({ NO_COLOR: '', FORCE_COLOR: '1' })).toBe(true));

  test('forced, the severity and the file are painted, the words unchanged', () => {
    const { stderr } = impact(['validate', 'absent.yaml'], { env: { FORCE_COLOR: '1' } });
    expect(stderr).toContain('\u001b[31m\u001b[1merreur\u001b[22m\u001b[39m');
    expect(stderr.replace(/\u001b\[\d+m/g, '')).toBe(`absent.yaml: erreur${NBSP}: fichier introuvable\n1 erreur.\n`);
  });
});

describe('impact validate of several files', () => {
  /** site-1 … site-10 and a broken one: the natural order puts site-2 before site-10. */
  function sites(): string {
    const dir = temp();
    mkdirSync(join(dir, 'sites'));
    for (const n of [1, 2, 10]) copyFileSync(RELAIS, join(dir, 'sites', `site-${n}.yaml`));
    writeFileSync(join(dir, 'sites', 'site-3.yaml'), TYPO);
    return dir;
  }

  test('ends with one total over every file, then the files that failed; files in natural order', () => {
    const run = impact(['validate', 'sites'], { cwd: sites() });
    expect(run.code).toBe(1);
    expect(run.stdout.split('\n')).toEqual([`sites/site-1.yaml${NBSP}: valide`, `sites/site-2.yaml${NBSP}: valide`, `sites/site-10.yaml${NBSP}: valide`, '']);
    const lines = run.stderr.trimEnd().split('\n');
    // No count per file: one total.
    expect(lines.filter((l) => /^\d+ (erreur|avertissement)/.test(l))).toEqual([]);
    expect(lines.at(-2)).toMatch(/^4 évaluations\u00A0: 3 valides, 1 en échec\u202F; 1 erreur, 36 avertissements \(\d+,\d\u00A0s\)$/);
    expect(lines.at(-1)).toBe(`En échec${NBSP}: sites/site-3.yaml`);
    const files = lines.filter((l) => l.includes('.yaml:')).map((l) => l.split(':')[0]);
    expect([...new Set(files)]).toEqual(['sites/site-1.yaml', 'sites/site-2.yaml', 'sites/site-3.yaml', 'sites/site-10.yaml']);
  });

  test('the files named on the command line are put in natural order too', () => {
    const run = impact(['validate', 'sites/site-10.yaml', 'sites/site-2.yaml', 'sites/site-1.yaml'], { cwd: sites() });
    expect(
      run.stdout
        .split('\n')
        .filter(Boolean)
        .map((l) => l.split(NBSP)[0]),
    ).toEqual(['sites/site-1.yaml', 'sites/site-2.yaml', 'sites/site-10.yaml']);
  });

  test('--quiet: the errors only, no valid line, no warning, no total', () => {
    const run = impact(['validate', 'sites', '--quiet'], { cwd: sites() });
    expect(run).toMatchObject({ code: 1, stdout: '' });
    expect(run.stderr).toBe(
      `sites/site-3.yaml:4:3: erreur${NBSP}: clé inconnue «${NBSP}snate${NBSP}»${NNBSP}; vouliez-vous dire «${NBSP}sante${NBSP}»${NNBSP}? [effets_individuels.snate]\n`,
    );
  });

  test('--reporter json: one document, the same shape as build’s, statuses valid or failed', () => {
    const run = impact(['validate', 'sites', '--reporter', 'json'], { cwd: sites() });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    const report = JSON.parse(run.stdout) as {
      summary: Record<string, number>;
      files: { file: string; status: string; diagnostics: { code: string; message: string }[] }[];
    };
    expect(report.summary).toMatchObject({ total: 4, valid: 3, failed: 1, built: 0 });
    expect(report.files.map((f) => [f.file, f.status])).toEqual([
      ['sites/site-1.yaml', 'valid'],
      ['sites/site-2.yaml', 'valid'],
      ['sites/site-3.yaml', 'failed'],
      ['sites/site-10.yaml', 'valid'],
    ]);
    expect(report.files[2]?.diagnostics[0]).toMatchObject({ code: 'unknown-key', message: `clé inconnue «${NBSP}snate${NBSP}»` });
  });

  test('--reporter json names standard input <stdin>', () => {
    const report = JSON.parse(impact(['validate', '-', '--reporter', 'json'], { input: TYPO }).stdout) as {
      files: { file: string; diagnostics: { file: string }[] }[];
    };
    expect(report.files[0]?.file).toBe('<stdin>');
    expect(report.files[0]?.diagnostics[0]?.file).toBe('<stdin>');
  });
});

describe('the name impact init leaves', () => {
  test('validate and build warn about it, and still succeed', () => {
    const dir = temp();
    expect(impact(['init', 'site.yaml'], { cwd: dir }).code).toBe(0);
    const warning = `site.yaml:42:8: avertissement${NBSP}: «${NBSP}Nom du lieu${NBSP}» est le texte qu’impact init met à la place du nom${NNBSP}; écrivez le nom du lieu évalué (il titre le rapport) [lieu.nom]`;
    const validated = impact(['validate', 'site.yaml'], { cwd: dir });
    expect(validated.code).toBe(0);
    expect(validated.stderr.split('\n')).toContain(warning);
    const built = impact(['build', 'site.yaml', '--format', 'md'], { cwd: dir });
    expect(built).toMatchObject({ code: 0, stderr: `${warning}\n1 avertissement.\n` });
  });
});

describe('help in the user’s language', () => {
  /** What commander writes in English in a help it was not told how to say. */
  const COMMANDER_ENGLISH = /Usage:|Options:|Commands:|Arguments:|\(default|choices:|display help|output the version|help \[command\]/;
  const FRENCH_LEFT = /Utilisation|Commandes|par défaut|valeurs|affiche l’aide|Exemples|fichiers|dossier/;

  test.each([[[]], [['build']], [['validate']], [['score']], [['schema']], [['init']], [['summary']], [['extract']]])(
    'impact %j --help: French, no word of commander’s English',
    (command) => {
      const run = impact([...command, '--help']);
      expect(run.code).toBe(0);
      expect(run.stdout).not.toMatch(COMMANDER_ENGLISH);
      expect(run.stdout).toMatch(/^Utilisation\u00A0: impact/);
      expect(run.stdout).toContain(`Options${NBSP}:`);
    },
  );

  test.each([[[]], [['build']], [['validate']], [['score']], [['schema']], [['init']], [['summary']], [['extract']]])(
    'impact %j --help --lang en: English throughout',
    (command) => {
      const run = impact([...command, '--help', '--lang', 'en']);
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/^Usage: impact/);
      expect(run.stdout).not.toMatch(FRENCH_LEFT);
      expect(run.stdout).toContain('Examples:');
    },
  );

  test('the program’s help: commands, the help command, the exit codes', () => {
    const fr = impact(['--help']).stdout;
    expect(fr).toContain(`Commandes${NBSP}:`);
    expect(fr).toMatch(/\n {2}help \[commande\] +affiche l’aide d’une commande\n/);
    expect(fr).toMatch(/\n {2}-h, --help +affiche l’aide\n/);
    expect(fr).toMatch(/\n {2}-V, --version +affiche la version\n/);
    const en = impact(['--help', '--lang', 'en']).stdout;
    expect(en).toMatch(/\n {2}help \[command\] +show the help of a command\n/);
    expect(en).toContain('Exit codes: 0 success; 1 invalid file or cannot write; 2 wrong usage; 70 bug in impact; 130 interrupted (Ctrl-C).');
  });

  test('defaults and choices in the words of each language', () => {
    // Lines joined again where commander wrapped them (a no-break space is never a place to wrap).
    const fr = impact(['build', '--help']).stdout.replace(/[ \n]+/g, ' ');
    expect(fr).toContain('formats séparés par des virgules : pdf, md, html, json (par défaut : pdf,md)'.replace(/ :/g, `${NBSP}:`));
    expect(fr).toContain(`(valeurs${NBSP}: text, json, par défaut${NBSP}: text)`);
    expect(fr).toContain(`évaluations traitées en parallèle (par défaut${NBSP}: le nombre de cœurs)`);
    const en = impact(['build', '--help', '--lang', 'en']).stdout.replace(/[ \n]+/g, ' ');
    expect(en).toContain('-f, --format <formats> comma-separated formats: pdf, md, html, json (default: pdf,md)');
    expect(en).toContain('--lang <lang> language of the report and of the messages (values: fr, en, default: the file’s, else fr)');
    expect(en).toContain('-o, --out-dir <folder>');
  });

  test('impact help build --lang en is the English help of build', () => {
    const run = impact(['help', 'build', '--lang', 'en']);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(impact(['build', '--help', '--lang', 'en']).stdout);
    expect(run.stdout).toMatch(/^Usage: impact build \[options\] <files\.\.\.>\n/);
  });

  test('French typography is kept when commander wraps: no line starts with « : » or « ; »', () => {
    for (const command of ['build', 'validate', 'summary', 'init']) {
      for (const line of impact([command, '--help']).stdout.split('\n')) expect(line.trimStart()).not.toMatch(/^[:;?»]/);
    }
  });
});

test('a reader that stops early is no error: no stack trace, exit 0', () => {
  const run = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" schema | head -c 10`], { encoding: 'utf8' });
  expect(run.stdout).toBe('{\n  "$sche');
  expect(run.stderr).toBe('');
});
