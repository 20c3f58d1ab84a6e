/** The command line as a user runs it: a spawned process, its exit code, its output, its files. */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin', 'impact.js');

function impact(args: string[], cwd = ROOT, env: NodeJS.ProcessEnv = {}) {
  const run = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, ...env } });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

function workspace(...examples: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'impact-cli-'));
  for (const name of examples) copyFileSync(join(ROOT, 'examples', `${name}.yaml`), join(dir, `${name}.yaml`));
  return dir;
}

const golden = (name: string) => readFileSync(join(ROOT, 'test', 'golden', `${name}.md`), 'utf8');
const TYPO = 'version: 1\nlieu: { nom: Test }\neffets_individuels:\n  lien_social:\n    publics: [benevoles, publics_en_dificulte]\n';

describe('impact build', () => {
  test('writes <name>.pdf and <name>.md next to the input by default, the Markdown as the golden file', () => {
    const dir = workspace('la-petite-manchester');
    const run = impact(['build', 'la-petite-manchester.yaml'], dir);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toContain('la-petite-manchester.pdf, la-petite-manchester.md');
    expect(readFileSync(join(dir, 'la-petite-manchester.md'), 'utf8')).toBe(golden('la-petite-manchester'));
    expect(readFileSync(join(dir, 'la-petite-manchester.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    // With the manifest of incremental builds beside the reports.
    expect(readdirSync(dir).sort()).toEqual(['.impact-manifest.json', 'la-petite-manchester.md', 'la-petite-manchester.pdf', 'la-petite-manchester.yaml']);
  });

  test('--format md,json --out-dir writes both formats in the folder, creating it', () => {
    const dir = workspace('le-relais');
    const run = impact(['build', 'le-relais.yaml', '--format', 'md,json', '--out-dir', 'out/rapports'], dir);
    expect(run.code).toBe(0);
    expect(readdirSync(join(dir, 'out', 'rapports')).sort()).toEqual(['.impact-manifest.json', 'le-relais.json', 'le-relais.md']);
    const model = JSON.parse(readFileSync(join(dir, 'out', 'rapports', 'le-relais.json'), 'utf8'));
    expect(model.lieu.nom).toBe('Le Relais');
    expect(model.familles.map((f: { id: string }) => f.id)).toEqual(['effets_individuels', 'effets_collectifs', 'effets_territoriaux']);
  });

  test('the site’s image in the Markdown: its path from the Markdown’s folder, beside the file, under --out-dir and on standard output', () => {
    const dir = workspace('la-halle-aux-cerises');
    mkdirSync(join(dir, 'images'));
    copyFileSync(join(ROOT, 'examples', 'images', 'la-halle-aux-cerises.png'), join(dir, 'images', 'mon logo.png'));
    const yaml = readFileSync(join(dir, 'la-halle-aux-cerises.yaml'), 'utf8').replace('images/la-halle-aux-cerises.png', 'images/mon logo.png');
    writeFileSync(join(dir, 'la-halle-aux-cerises.yaml'), yaml);
    const image = (markdown: string) => /^!\[(.*)\]\((.*)\)$/m.exec(markdown)?.slice(1);
    expect(impact(['build', 'la-halle-aux-cerises.yaml', '--format', 'md'], dir).code).toBe(0);
    expect(image(readFileSync(join(dir, 'la-halle-aux-cerises.md'), 'utf8'))).toEqual(['Logo ou photo de La Halle aux Cerises', '<images/mon logo.png>']);
    expect(impact(['build', 'la-halle-aux-cerises.yaml', '--out-dir', 'out/rapports', '--lang', 'en'], dir).code).toBe(0);
    const away = image(readFileSync(join(dir, 'out', 'rapports', 'la-halle-aux-cerises.md'), 'utf8'));
    expect(away).toEqual(['Logo or photo of La Halle aux Cerises', '<../../images/mon logo.png>']);
    expect(existsSync(join(dir, 'out', 'rapports', (away?.[1] ?? '').slice(1, -1)))).toBe(true);
    const piped = spawnSync(process.execPath, [BIN, 'build', '-', '--format', 'md'], { cwd: dir, input: yaml, encoding: 'utf8' });
    expect(image(piped.stdout)?.[1]).toBe('<images/mon logo.png>');
  });

  test('an invalid file fails with its position and suggestion, the others are still built', () => {
    const dir = workspace('le-relais');
    writeFileSync(join(dir, 'typo.yaml'), TYPO);
    const run = impact(['build', 'typo.yaml', 'le-relais.yaml'], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('typo.yaml:5:26: erreur\u00A0: option inconnue «\u00A0publics_en_dificulte\u00A0»');
    expect(run.stderr).toContain('vouliez-vous dire «\u00A0publics_en_difficulte\u00A0»');
    expect(run.stderr).toMatch(/\n2 évaluations\u00A0: 1 construite, 1 en échec\u202F; 1 erreur \(\d+,\d\u00A0s\)\nEn échec\u00A0: typo\.yaml\n$/);
    expect(existsSync(join(dir, 'typo.md'))).toBe(false);
    expect(existsSync(join(dir, 'le-relais.md'))).toBe(true);
  });

  test('a character the PDF font lacks is a warning: the build goes on and succeeds', () => {
    const dir = workspace();
    writeFileSync(join(dir, 'emoji.yaml'), 'version: 1\nlieu: { nom: "Le Lieu 🌱" }\n');
    const run = impact(['build', 'emoji.yaml', '--format', 'pdf'], dir);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('emoji.yaml:2:14: avertissement\u00A0: la police du PDF n’a pas de caractère pour 🌱 (U+1F331)');
    expect(run.stderr).toContain('1 avertissement.');
    expect(existsSync(join(dir, 'emoji.pdf'))).toBe(true);
  });

  test('refuses to overwrite an input', () => {
    const dir = workspace();
    writeFileSync(join(dir, 'site.md'), 'version: 1\nlieu: { nom: Test }\n');
    const run = impact(['build', 'site.md'], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('écraserait un fichier d’entrée');
    expect(readFileSync(join(dir, 'site.md'), 'utf8')).toBe('version: 1\nlieu: { nom: Test }\n');
  });

  test('refuses two inputs that would write the same report', () => {
    const dir = workspace();
    for (const folder of ['a', 'b']) {
      mkdirSync(join(dir, folder));
      copyFileSync(join(ROOT, 'examples', 'le-relais.yaml'), join(dir, folder, 'site.yaml'));
    }
    const run = impact(['build', 'a', 'b', '--out-dir', 'out', '--format', 'md'], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('«\u00A0a/site.yaml\u00A0» écrit aussi «\u00A0out/site.md\u00A0»');
    // The manifest records the one report built.
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(['.impact-manifest.json', 'site.md']);
  });

  test('two site.yaml in different folders keep their folders under --out-dir', () => {
    const dir = workspace();
    for (const folder of ['nord/lille', 'sud']) {
      mkdirSync(join(dir, folder), { recursive: true });
      copyFileSync(join(ROOT, 'examples', 'le-relais.yaml'), join(dir, folder, 'site.yaml'));
    }
    const run = impact(['build', 'nord/lille/site.yaml', 'sud/site.yaml', '--out-dir', 'out', '--format', 'md'], dir);
    expect(run.code).toBe(0);
    expect(existsSync(join(dir, 'out', 'nord', 'lille', 'site.md')) && existsSync(join(dir, 'out', 'sud', 'site.md'))).toBe(true);
  });

  test('a folder it cannot write to is an error, not a crash, and leaves no temporary file', () => {
    const dir = workspace('le-relais');
    writeFileSync(join(dir, 'blocker'), '');
    const run = impact(['build', 'le-relais.yaml', '--out-dir', 'blocker/sub'], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/écriture de «\u00A0blocker\/sub\/le-relais\.pdf\u00A0» impossible/);
    expect(run.stderr).not.toMatch(/at .*\.js:\d+/);
    expect(readdirSync(dir).sort()).toEqual(['blocker', 'le-relais.yaml']);
  });

  test('--lang en writes the report and the messages in English', () => {
    const dir = workspace('la-petite-manchester');
    writeFileSync(join(dir, 'typo.yaml'), TYPO);
    const run = impact(['build', 'la-petite-manchester.yaml', 'typo.yaml', '--lang', 'en'], dir);
    expect(run.code).toBe(1);
    expect(readFileSync(join(dir, 'la-petite-manchester.md'), 'utf8')).toMatch(/^# Evaluation of the social and urban effects of La Petite Manchester/);
    expect(run.stderr).toContain('typo.yaml:5:26: error: unknown option “publics_en_dificulte”');
    expect(run.stderr).toContain('did you mean “publics_en_difficulte”?');
  });
});

describe('usage errors exit with 2', () => {
  test.each([
    [['build']],
    [['build', 'x.yaml', '--format', 'mdd']],
    [['build', 'x.yaml', '--lang', 'de']],
    [['buidl', 'x.yaml']],
    [['build', 'x.yaml', '--bogus']],
  ])('%j', (args) => {
    const run = impact(args);
    expect(run.code).toBe(2);
    expect(run.stderr).not.toBe('');
  });

  test('« - » is not taken for a folder: no folder by that name is made', () => {
    const dir = workspace('le-relais');
    for (const command of ['build', 'import']) {
      const run = impact([command, 'le-relais.yaml', '--out-dir', '-'], dir);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('«\u00A0-\u00A0» n’est pas un dossier\u00A0: --out-dir nomme le dossier où écrire');
    }
    expect(impact(['build', 'le-relais.yaml', '-o', '-', '--lang', 'en'], dir).stderr).toContain('“-” is not a folder: --out-dir names the folder');
    expect(readdirSync(dir)).toEqual(['le-relais.yaml']);
  });

  test('a near-miss format is suggested', () => {
    expect(impact(['build', 'x.yaml', '--format', 'md,jsn']).stderr).toContain('vouliez-vous dire «\u00A0json\u00A0»\u202F?');
  });

  test('are in French, commander’s own included, and in English with --lang en', () => {
    expect(impact(['build', 'x.yaml', '--bogus']).stderr).toBe('erreur\u00A0: option inconnue «\u00A0--bogus\u00A0»\n');
    expect(impact(['buidl', 'x.yaml']).stderr).toBe('erreur\u00A0: commande inconnue «\u00A0buidl\u00A0»\u202F; vouliez-vous dire «\u00A0build\u00A0»\u202F?\n');
    expect(impact(['build', 'x.yaml', '--formt', 'md']).stderr).toBe('erreur\u00A0: option inconnue «\u00A0--formt\u00A0»\u202F; vouliez-vous dire «\u00A0--format\u00A0»\u202F?\n');
    expect(impact(['build', 'x.yaml', '--lang', 'de']).stderr).toBe(
      'erreur\u00A0: «\u00A0de\u00A0» n’est pas une valeur de l’option «\u00A0--lang <langue>\u00A0» (valeurs possibles\u00A0: fr, en)\n',
    );
    expect(impact(['build', 'x.yaml', '--out-dir']).stderr).toBe('erreur\u00A0: l’option «\u00A0-o, --out-dir <dossier>\u00A0» attend une valeur\n');
    expect(impact(['build']).stderr).toBe('erreur\u00A0: il manque l’argument «\u00A0fichiers\u00A0»\n');
    expect(impact(['score', 'a.yaml', 'b.yaml']).stderr).toBe('erreur\u00A0: trop d’arguments pour «\u00A0score\u00A0» (1 attendu, 2 donnés)\n');
    expect(impact(['build', 'x.yaml', '--jobs', '0']).stderr).toBe('erreur\u00A0: option «\u00A0-j, --jobs <n>\u00A0»\u00A0: «\u00A00\u00A0» n’est pas un nombre entier positif\n');
    expect(impact(['build', 'x.yaml', '--bogus', '--lang', 'en']).stderr).toBe('error: unknown option “--bogus”\n');
    expect(impact(['score', 'a.yaml', 'b.yaml', '--lang', 'en']).stderr).toBe('error: too many arguments for “score” (expected 1, got 2)\n');
    expect(impact(['build', '--lang', 'en']).stderr).toBe('error: missing argument “files”\n');
    expect(impact(['build', 'x.yaml', '--lang', 'en', '--reporter', 'jsn']).stderr).toBe(
      'error: “jsn” is not a value of the option “--reporter <name>” (possible values: text, json); did you mean “json”?\n',
    );
    expect(impact(['build', 'x.yaml', '--lang=en', '--jobs', '0']).stderr).toContain('“0” is not a positive whole number');
    expect(impact(['build', 'x.yaml', '--lang', 'en', '--format', 'mdd']).stderr).toContain('“mdd” is not a known format (pdf, md, html, json); did you mean “md”?');
  });
});

describe('impact validate', () => {
  test('exit 0 for valid files', () => {
    const run = impact(['validate', 'examples/la-petite-manchester.yaml', 'examples/le-relais.yaml']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('examples/le-relais.yaml\u00A0: valide');
  });

  test('exit 1 with every error of every file', () => {
    const dir = workspace();
    writeFileSync(join(dir, 'a.yaml'), 'version: 1\nlieu: { nom: A, periode: 2023 }\neffets_individuel: {}\n');
    writeFileSync(join(dir, 'b.yaml'), '- une liste\n');
    const run = impact(['validate', 'a.yaml', 'b.yaml', 'absent.yaml'], dir);
    expect(run.code).toBe(1);
    expect(run.stderr.split('\n').filter((l) => /^\w\.yaml:\d+:\d+:|^absent\.yaml:/.test(l))).toEqual([
      expect.stringContaining('a.yaml:2:26: erreur\u00A0: la valeur doit être un texte'),
      expect.stringContaining('a.yaml:3:1: erreur\u00A0: clé inconnue «\u00A0effets_individuel\u00A0»'),
      'absent.yaml: erreur\u00A0: fichier introuvable',
      expect.stringContaining('b.yaml:1:1: erreur'),
    ]);
    expect(run.stderr).toMatch(/\n3 évaluations\u00A0: 3 en échec\u202F; 4 erreurs \(\d+,\d\u00A0s\)\nEn échec\u00A0: a\.yaml, absent\.yaml, b\.yaml\n$/);
  });
});

describe('what is left unanswered', () => {
  test('validate lists unanswered criteria and fields as warnings, and still succeeds', () => {
    const run = impact(['validate', 'examples/la-petite-manchester.yaml']);
    expect(run.code).toBe(0);
    const lines = run.stderr.split('\n');
    expect(lines).toContain(
      'examples/la-petite-manchester.yaml:5:3: avertissement\u00A0: critère non renseigné\u00A0: «\u00A0transmission_savoir_faire\u00A0» (Transmission de savoir-faire personnel) [effets_individuels.transmission_savoir_faire]',
    );
    expect(lines).toContain(
      'examples/la-petite-manchester.yaml:6:3: avertissement\u00A0: champ non renseigné\u00A0: «\u00A0frequence\u00A0» dans «\u00A0lien_social\u00A0» [effets_individuels.lien_social.frequence]',
    );
    expect(lines).toContain('7 avertissements.');
  });

  test('--strict makes them errors', () => {
    const run = impact(['validate', 'examples/la-petite-manchester.yaml', '--strict']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('7 erreurs.');
    expect(run.stdout).toBe('');
  });

  test('the report’s annex lists them', () => {
    expect(golden('la-petite-manchester')).toContain(
      '| Effets individuels | Transmission de savoir-faire personnel | Lien social\u00A0: Fréquence des rencontres |\n',
    );
    // A field the answers rule out is not asked for: le-relais's nouveaux_projets is 0, so portes_par does not apply.
    expect(golden('le-relais')).not.toContain('Porté');
    expect(golden('le-relais')).toContain(
      '| Effets sur le quartier et le territoire | tous ses critères | — |\n',
    );
  });
});

describe('the language of messages', () => {
  const english = 'version: 1\nlangue: en\nlieu: { nom: Test }\neffets_individuels:\n  lien_social: { publics: [benevole] }\n';

  test('a file with `langue: en` gets its messages in English, and --lang wins', () => {
    const dir = workspace();
    writeFileSync(join(dir, 'site.yaml'), english);
    expect(impact(['validate', 'site.yaml'], dir).stderr).toContain('site.yaml:5:28: error: unknown option “benevole” for “publics”; did you mean “benevoles”?');
    expect(impact(['validate', 'site.yaml', '--lang', 'fr'], dir).stderr).toContain('site.yaml:5:28: erreur\u00A0: option inconnue «\u00A0benevole\u00A0»');
  });
});

describe('impact score', () => {
  test('--json gives the documented shape, 0 for not assessed', () => {
    const run = impact(['score', 'examples/la-petite-manchester.yaml', '--json']);
    expect(run.code).toBe(0);
    const scores = JSON.parse(run.stdout);
    expect(scores.lieu).toEqual({ nom: 'La Petite Manchester', commune: 'Mulhouse' });
    expect(scores.familles.map((f: { id: string; score: number }) => [f.id, f.score])).toEqual([
      ['effets_individuels', 3],
      ['effets_collectifs', 4],
      ['effets_territoriaux', 4],
    ]);
    expect(scores.familles[0].criteres[0]).toMatchObject({ id: 'lien_social', score: 3 });
    expect(scores.familles[0].criteres[2]).toMatchObject({ id: 'transmission_savoir_faire', score: 0 });
  });

  test('the table gives every score with its reasons', () => {
    const run = impact(['score', 'examples/la-petite-manchester.yaml']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Effets individuels — +++ (3/4)');
    expect(run.stdout).toMatch(/Insertion professionnelle\s+4\/4/);
    expect(run.stdout).toContain('Total de 5\u00A0points, ramené à 4');
  });

  test('a family with answers but no positive effect is not "non évalué"', () => {
    const run = impact(['score', 'examples/le-relais.yaml']);
    expect(run.stdout).toContain('Effets individuels — aucun effet positif');
    expect(run.stdout).toContain('Effets sur le quartier et le territoire — non évalué');
  });
});

describe('the command line itself', () => {
  test('--version prints the package version', () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    expect(impact(['--version'])).toMatchObject({ code: 0, stdout: `${version}\n` });
  });

  test.each([[[]], [['build']], [['validate']], [['score']], [['schema']]])('--help %j shows examples', (command) => {
    const run = impact([...command, '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Exemples\u00A0:');
  });

  test('no colour when the output is not a terminal, nor with NO_COLOR', () => {
    const run = impact(['validate', 'absent.yaml'], ROOT, { NO_COLOR: '1', FORCE_COLOR: '1' });
    expect(run.stderr).not.toMatch(/\u001b\[/);
  });

  test('impact schema prints the committed schema', () => {
    const run = impact(['schema']);
    expect(JSON.parse(run.stdout)).toEqual(JSON.parse(readFileSync(join(ROOT, 'schemas', 'evaluation.schema.json'), 'utf8')));
  });
});
