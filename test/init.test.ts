/** `impact init`: the skeleton holds the whole grid, validates as it is and answers nothing. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { schemaReference } from '../src/cli/init.js';
import { CONCLUSION_FIELDS, EVALUATION_FIELDS, SITE_DESCRIPTION } from '../src/grid/context.js';
import { FAMILIES, SITE_FIELDS, fieldsOf } from '../src/grid/grid.js';
import { evaluationSkeleton } from '../src/skeleton/skeleton.js';
import { LANGS, type Lang } from '../src/grid/types.js';
import { parseSource, type Loaded } from '../src/load/load.js';
import { SCHEMA_FILE } from '../src/runtime/paths.js';
import { modelOf } from '../src/pipeline/stages.js';
import { validate } from '../src/validate/validate.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin', 'impact.js');

function impact(args: string[], cwd: string) {
  const run = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const workspace = (): string => mkdtempSync(join(tmpdir(), 'impact-init-'));

function load(text: string): Loaded {
  const result = parseSource('evaluation.yaml', new TextEncoder().encode(text));
  if (!result.ok) throw new Error(JSON.stringify(result.diagnostics));
  return result.loaded;
}

/** The comments as one line of prose, so that wrapped text can be searched. */
const prose = (text: string): string =>
  text
    .split('\n')
    .filter((line) => line.trimStart().startsWith('#'))
    .map((line) => line.trimStart().replace(/^#/, ''))
    .join(' ')
    .replace(/\s+/g, ' ');

/** The file as an evaluator leaves it after uncommenting every commented-out answer. */
function uncommented(text: string): string {
  const start = text.indexOf('\nversion:');
  return text.slice(0, start) + text.slice(start).replace(/^(\s*)# (\s*[a-z_]+:(?: .*)?)$/gm, '$1$2');
}

const criteria = FAMILIES.flatMap((family) => family.criteria.map((criterion) => ({ family, criterion })));

describe.each(LANGS)('the skeleton in %s', (lang: Lang) => {
  const text = evaluationSkeleton(lang, '../schemas/evaluation.schema.json');
  const comments = prose(text);

  test('starts with the modeline', () => {
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../schemas/evaluation.schema.json');
  });

  test('parses and validates with no diagnostic', () => {
    expect(validate(load(text))).toEqual([]);
  });

  test('holds every family and criterion, the optional family too, each a mapping', () => {
    const data = load(text).data;
    for (const family of FAMILIES) {
      expect(data).toHaveProperty([family.id]);
      expect(Object.keys(data[family.id] as object)).toEqual(['mots_cles', ...family.criteria.map((c) => c.id)]);
    }
  });

  test('names every field and every option id, each option with its label in the language', () => {
    for (const { criterion } of criteria) {
      for (const field of fieldsOf(criterion)) {
        expect(text).toMatch(new RegExp(`^ {4}(# )?${field.id}: `, 'm'));
        for (const option of field.options ?? []) {
          expect(text).toMatch(new RegExp(`^ {4}# {3}${option.id} +— `, 'm'));
          expect(comments).toContain(`${option.id} — ${option.label[lang]}`.replace(/\s+/g, ' '));
        }
      }
    }
    for (const field of [...SITE_FIELDS, ...SITE_DESCRIPTION, ...EVALUATION_FIELDS]) expect(text).toMatch(new RegExp(`^ {2}(# )?${field.id}: `, 'm'));
    for (const field of CONCLUSION_FIELDS) expect(text).toMatch(new RegExp(`^(# )?${field.id}: `, 'm'));
  });

  test('asks every criterion’s question in the language, and no other language’s', () => {
    for (const { family, criterion } of criteria) {
      expect(comments).toContain(family.label[lang]);
      expect(comments).toContain(criterion.label[lang]);
      expect(comments).toContain(criterion.question[lang]);
      for (const other of LANGS.filter((l) => l !== lang)) expect(comments).not.toContain(criterion.question[other]);
    }
  });

  test('answers nothing: every family "non évalué", every criterion "non renseigné"', () => {
    const model = modelOf(load(text), lang);
    expect(model.familles.map((f) => f.id)).toEqual(FAMILIES.map((f) => f.id));
    for (const family of model.familles) {
      expect(family).toMatchObject({ renseignee: false, score: 0, mots_cles: [] });
      for (const criterion of family.criteres) expect(criterion).toMatchObject({ renseigne: false, score: 0, reponses: {} });
    }
    expect(model.details).toEqual([]);
  });

  test('every commented-out answer, uncommented, lands at its place and is valid but for its placeholder', () => {
    const loaded = load(uncommented(text));
    const data = loaded.data as Record<string, Record<string, Record<string, unknown>>>;
    for (const { family, criterion } of criteria) {
      expect(Object.keys(data[family.id]?.[criterion.id] ?? {})).toEqual(fieldsOf(criterion).map((f) => f.id));
    }
    for (const family of FAMILIES) expect(data[family.id]?.intensite).toEqual({ valeur: 1, justification: '' });
    expect(Object.keys(data.lieu ?? {})).toEqual([...SITE_FIELDS, ...SITE_DESCRIPTION].map((f) => f.id));
    expect(Object.keys(data.evaluation ?? {})).toEqual(EVALUATION_FIELDS.map((f) => f.id));
    expect(Object.keys(data.comite ?? {})).toEqual(['date_validation', 'membres']);
    expect(Object.keys(data).slice(-2)).toEqual(CONCLUSION_FIELDS.map((f) => f.id));
    // A date's placeholder says the format, a web address's its start, the justification's and the
    // image's are empty: all must be written.
    expect(validate(loaded).map((d) => `${d.path} ${d.code}`)).toEqual([
      'lieu.date_evaluation bad-date',
      'lieu.date_ouverture bad-partial-date',
      'lieu.site_web bad-url',
      'lieu.image empty-text',
      'comite.date_validation bad-date',
      ...FAMILIES.map((f) => `${f.id}.intensite.justification empty-text`),
    ]);
  });

  test('reads well: no line longer than 100 characters, a blank line before every criterion', () => {
    const lines = text.split('\n').slice(1);
    expect(lines.filter((line) => [...line].length > 100)).toEqual([]);
    for (const { criterion } of criteria) {
      const at = lines.indexOf(`  ${criterion.id}:`);
      const before = lines.slice(0, at).reverse();
      expect(before.findIndex((line) => line === '')).toBe(before.findIndex((line) => !line.startsWith('  #')));
    }
    expect(text).not.toMatch(/\t| +$/m);
  });
});

test('the English skeleton keeps the keys and ids, and asks for an English report', () => {
  const en = load(evaluationSkeleton('en', 'x.json')).data;
  const fr = load(evaluationSkeleton('fr', 'x.json')).data;
  expect({ ...en, lieu: {}, langue: '' }).toEqual({ ...fr, lieu: {}, langue: '' });
  expect([en.langue, fr.langue]).toEqual(['en', 'fr']);
  expect((en.lieu as { nom: string }).nom).toBe('Name of the site');
  expect((fr.lieu as { nom: string }).nom).toBe('Nom du lieu');
});

describe('schemaReference', () => {
  test('relative to the file’s folder, with forward slashes', () => {
    const dir = workspace();
    for (const file of [join(dir, 'a.yaml'), join(dir, 'sous', 'dossier', 'b.yaml'), join(ROOT, 'c.yaml'), join(ROOT, 'examples', 'd.yaml')]) {
      const reference = schemaReference(file);
      expect(reference).not.toContain('\\');
      expect(resolve(dirname(file), reference)).toBe(SCHEMA_FILE);
    }
    expect(schemaReference(join(ROOT, 'examples', 'd.yaml'))).toBe('../schemas/evaluation.schema.json');
  });

  test('a file: URL when a relative path would not survive the modeline (a space, a #)', () => {
    const file = join(ROOT, 'x.yaml');
    for (const schema of ['/opt/mon impact/schemas/evaluation.schema.json', '/opt/impact#2/schemas/evaluation.schema.json']) {
      const reference = schemaReference(file, schema);
      expect(reference).toMatch(/^file:\/\/\/opt\/[^\s#]+$/);
      expect(fileURLToPath(reference)).toBe(schema);
    }
  });
});

describe('impact init', () => {
  test('writes evaluation.yaml by default, which validates, and prints its path', () => {
    const dir = workspace();
    const run = impact(['init'], dir);
    expect(run).toEqual({ code: 0, stdout: 'evaluation.yaml\n', stderr: '' });
    expect(readdirSync(dir)).toEqual(['evaluation.yaml']);
    expect(readFileSync(join(dir, 'evaluation.yaml'), 'utf8')).toContain('Entre quels publics des interactions sociales ont-elles été observées ?');
    const validated = impact(['validate', 'evaluation.yaml'], dir);
    expect(validated).toMatchObject({ code: 0, stdout: 'evaluation.yaml\u00A0: valide\n' });
    expect(validated.stderr).not.toContain('erreur'); // what is left to answer may be listed, as warnings
  });

  test.each([['site.yaml'], [join('sites', '2025', 'site.yaml')]])('the modeline finds the schema from %s', (name) => {
    const dir = workspace();
    expect(impact(['init', name], dir).code).toBe(0);
    const file = join(dir, name);
    const modeline = readFileSync(file, 'utf8').split('\n')[0] ?? '';
    const reference = /^# yaml-language-server: \$schema=(\S+)$/.exec(modeline)?.[1] ?? '';
    expect(reference).not.toMatch(/^(\/|file:|[A-Za-z]:)/);
    expect(realpathSync(resolve(dirname(file), reference))).toBe(realpathSync(SCHEMA_FILE));
  });

  test('refuses to overwrite a file without --force, and leaves it untouched', () => {
    const dir = workspace();
    writeFileSync(join(dir, 'evaluation.yaml'), 'mes réponses\n');
    const run = impact(['init'], dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('evaluation.yaml: erreur\u00A0: le fichier existe déjà');
    expect(run.stderr).toContain('--force');
    expect(readFileSync(join(dir, 'evaluation.yaml'), 'utf8')).toBe('mes réponses\n');
    expect(readdirSync(dir)).toEqual(['evaluation.yaml']);
  });

  test('--force overwrites it', () => {
    const dir = workspace();
    writeFileSync(join(dir, 'site.yaml'), 'mes réponses\n');
    const run = impact(['init', 'site.yaml', '--force'], dir);
    expect(run).toEqual({ code: 0, stdout: 'site.yaml\n', stderr: '' });
    expect(readFileSync(join(dir, 'site.yaml'), 'utf8')).toMatch(/^# yaml-language-server: \$schema=/);
    expect(readdirSync(dir)).toEqual(['site.yaml']);
  });

  test('--lang en writes the comments and the messages in English', () => {
    const dir = workspace();
    expect(impact(['init', '--lang', 'en'], dir).code).toBe(0);
    expect(readFileSync(join(dir, 'evaluation.yaml'), 'utf8')).toContain('Between which groups were social interactions observed?');
    const again = impact(['init', '--lang', 'en'], dir);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('evaluation.yaml: error: the file already exists');
  });

  test('a file it cannot write is an error, not a crash', () => {
    const dir = workspace();
    writeFileSync(join(dir, 'blocker'), '');
    const run = impact(['init', join('blocker', 'site.yaml')], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/écriture de «\u00A0blocker\/site\.yaml\u00A0» impossible/);
    expect(run.stderr).not.toMatch(/at .*\.js:\d+/);
  });

  test('--help shows examples; a bad option is a usage error', () => {
    expect(impact(['init', '--help'], ROOT)).toMatchObject({ code: 0, stdout: expect.stringContaining('Exemples\u00A0:') });
    expect(impact(['init', '--lang', 'de'], workspace()).code).toBe(2);
    expect(impact(['init', 'a.yaml', 'b.yaml'], workspace()).code).toBe(2);
  });
});
