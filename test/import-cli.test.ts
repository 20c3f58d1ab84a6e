/** `impact import` as a user runs it: spawned, on the platform's real files and on form exports. */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import writeXlsxFile from 'write-excel-file/node';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin', 'impact.js');
const FIXTURES = join(ROOT, 'test', 'fixtures', 'import');
const PLACES = ['Aquarium', 'Chez-FRED', 'Le-6b', 'Le-Telegraphe'].map((name) => join(FIXTURES, 'platform', `${name}.json`));

function impact(args: string[], cwd: string) {
  const run = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const workspace = (): string => mkdtempSync(join(tmpdir(), 'impact-import-'));
const read = (dir: string, file: string): string => readFileSync(join(dir, file), 'utf8');
const withoutModeline = (text: string): string => text.slice(text.indexOf('\n') + 1);
/** The output with its no-break spaces as spaces, to search it as it reads. */
const plain = (text: string): string => text.replace(/[\u00A0\u202F]/g, ' ');

describe('the platform’s place files', () => {
  test('one valid evaluation per site, the copied text reported, the rest listed as left out', () => {
    const dir = workspace();
    const run = impact(['import', ...PLACES, '--out-dir', 'sites'], dir);
    expect(run.code).toBe(0);
    expect(readdirSync(join(dir, 'sites')).sort()).toEqual(['aquarium.yaml', 'chez-fred.yaml', 'le-6b.yaml', 'le-telegraphe.yaml']);
    expect(run.stdout).toContain('Aquarium.json → sites/aquarium.yaml\u00A0: «\u00A0Aquarium\u00A0», 5\u00A0réponses dans 5\u00A0critères');
    expect(plain(run.stdout)).toContain('Aquarium.json, ' + join(FIXTURES, 'platform', 'Chez-FRED.json') + ', ');
    expect(plain(run.stdout).match(/laissé de côté : status, iris_code/g)).toHaveLength(1);
    expect(plain(run.stdout)).toMatch(/4 lieux importés\.\n$/);
    expect(plain(run.stderr).match(/reprend celui de « solidarite »/g)).toHaveLength(3);
    expect(run.stderr).toContain('3 avertissements.');
    expect(withoutModeline(read(dir, 'sites/aquarium.yaml'))).toBe(withoutModeline(read(FIXTURES, 'aquarium.expected.yaml')));
    expect(read(dir, 'sites/aquarium.yaml').split('\n')[0]).toMatch(/^# yaml-language-server: \$schema=.*schemas\/evaluation\.schema\.json$/);

    const validated = impact(['validate', 'sites'], dir);
    expect(validated.code).toBe(0);
    expect(validated.stdout.match(/: valide/g)).toHaveLength(4);

    const built = impact(['build', 'sites/aquarium.yaml', '--format', 'md'], dir);
    expect(built.code).toBe(0);
    const report = read(dir, 'sites/aquarium.md');
    expect(report).toContain('# Évaluation des effets sociaux et urbains d’Aquarium');
    expect(report).toContain('prêt de machines à coudre pour les ateliers');
  });

  test('never over an existing file without --force; with it, replaced', () => {
    const dir = workspace();
    expect(impact(['import', PLACES[0] ?? '', '--out-dir', '.'], dir).code).toBe(0);
    writeFileSync(join(dir, 'aquarium.yaml'), 'mine\n');
    const again = impact(['import', PLACES[0] ?? '', '--out-dir', '.'], dir);
    expect(again.code).toBe(1);
    expect(plain(again.stderr)).toContain('aquarium.yaml » existe déjà : impact import ne l’écrase pas');
    expect(plain(again.stdout)).toContain('0 lieu importé, 1 refusé.');
    expect(read(dir, 'aquarium.yaml')).toBe('mine\n');
    expect(impact(['import', PLACES[0] ?? '', '--out-dir', '.', '--force'], dir).code).toBe(0);
    expect(read(dir, 'aquarium.yaml')).toContain('nom: Aquarium');
  });
});

describe('form exports', () => {
  test('Google Forms CSV: what maps to nothing is refused at its row and column, the rest written; exit 1', () => {
    const dir = workspace();
    copyFileSync(join(FIXTURES, 'forms', 'google-forms.csv'), join(dir, 'reponses.csv'));
    const run = impact(['import', 'reponses.csv'], dir);
    expect(run.code).toBe(1);
    expect(readdirSync(dir).sort()).toEqual(['la-halle-aux-cerises.yaml', 'le-relais.yaml', 'reponses.csv']);
    expect(plain(run.stdout)).toContain('laissé de côté : Horodateur, Adresse e-mail (métadonnées du formulaire');
    const errors = run.stderr.split('\n').filter((l) => l.includes(': erreur'));
    expect(errors.map((l) => l.slice(0, l.indexOf(' erreur')))).toEqual([
      'reponses.csv:1:17:',
      'reponses.csv:1:18:',
      'reponses.csv:3:6:',
      'reponses.csv:3:7:',
      'reponses.csv:3:9:',
      'reponses.csv:3:10:',
      'reponses.csv:4:3:',
    ]);
    expect(plain(run.stderr)).toContain('« Voisines » (colonne F « Lien social — Publics en interaction »)');
    expect(plain(run.stderr)).toContain('vouliez-vous dire « voisins »');
    expect(withoutModeline(read(dir, 'la-halle-aux-cerises.yaml'))).toBe(withoutModeline(read(FIXTURES, 'la-halle-aux-cerises.expected.yaml')));
    expect(impact(['validate', 'la-halle-aux-cerises.yaml', 'le-relais.yaml'], dir).code).toBe(0);
  });

  test('Framaforms CSV with ; and one column per option; the same table saved by Excel as UTF-16 text', () => {
    const dir = workspace();
    const csv = read(join(FIXTURES, 'forms'), 'framaforms.csv');
    writeFileSync(join(dir, 'frama.csv'), `\uFEFF${csv}`);
    const tabs = csv.replace(/"([^"]*)"/g, '$1').replaceAll(';', '\t').replace('Comité du Relais\t Marie Durand', 'Comité du Relais; Marie Durand');
    writeFileSync(join(dir, 'excel.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(tabs.replaceAll('\n', '\r\n'), 'utf16le')]));
    const frama = impact(['import', 'frama.csv', '--out-dir', 'a'], dir);
    const excel = impact(['import', 'excel.txt', '--out-dir', 'b'], dir);
    expect([frama.code, frama.stderr, excel.code, excel.stderr]).toEqual([0, '', 0, '']);
    const written = read(dir, 'a/le-relais-des-voisins.yaml');
    expect(written).toContain('    publics: [voisins, benevoles]\n    occasions: [vie_du_projet]\n');
    expect(written).toContain('  evaluateurs: [Comité du Relais, Marie Durand]\n');
    expect(withoutModeline(read(dir, 'b/le-relais-des-voisins.yaml'))).toBe(withoutModeline(written).replace('frama.csv', 'excel.txt'));
    expect(read(dir, 'a/la-grange.yaml')).toContain('langue: en\n');
  });

  test('XLSX as LimeSurvey exports it: Y/N per option, typed numbers and dates', async () => {
    const dir = workspace();
    const header = ['ID de la réponse', 'Date de soumission', 'Nom du lieu', 'Date de l’évaluation', 'insertion_professionnelle.beneficiaires', 'Lien social — Publics en interaction [Bénévoles]', 'Lien social — Publics en interaction [Habitants du quartier]', 'Capacité à agir — Nombre de nouveaux projets ou actions'];
    const rows = [
      [1, new Date(Date.UTC(2024, 8, 2)), 'La Station', new Date(Date.UTC(2024, 8, 1)), 1500, 'Y', 'N', 'beaucoup'],
      [2, new Date(Date.UTC(2024, 8, 3)), 'Le Moulin', null, 0, 'N', 'Y', 4],
    ];
    await writeXlsxFile([header.map((value) => ({ value })), ...rows.map((row) => row.map((value) => (value === null ? null : value instanceof Date ? { value, format: 'dd/mm/yyyy' } : { value })))]).toFile(join(dir, 'limesurvey.xlsx'));
    const run = impact(['import', 'limesurvey.xlsx', '--lang', 'en'], dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('left out: ID de la réponse, Date de soumission (form metadata');
    expect(run.stderr).toContain('limesurvey.xlsx:2:8: error: “beaucoup” (column H “Capacité à agir — Nombre de nouveaux projets ou actions”) is not a whole number');
    expect(read(dir, 'la-station.yaml')).toContain('  date_evaluation: 2024-09-01\n');
    expect(read(dir, 'la-station.yaml')).toContain('  insertion_professionnelle:\n    beneficiaires: 1500\n');
    expect(read(dir, 'la-station.yaml')).toContain('  lien_social:\n    publics: [benevoles]\n');
    expect(read(dir, 'le-moulin.yaml')).toContain('    publics: [habitants]\n  insertion_professionnelle:\n    beneficiaires: 0\n  capacite_agir:\n    nouveaux_projets: 4\n');
    expect(read(dir, 'la-station.yaml')).toContain('# Imported by “impact import” from limesurvey.xlsx, row 2;');
  });

  test('two rows of the same site: the second is refused, the first written', () => {
    const dir = workspace();
    writeFileSync(join(dir, 'double.csv'), 'Nom du lieu,Commune\nLa Halle,Lyon\nla halle,Paris\n');
    const run = impact(['import', 'double.csv'], dir);
    expect(run.code).toBe(1);
    expect(plain(run.stderr)).toContain('double.csv:3:1: erreur : « double.csv:2 » écrit déjà « la-halle.yaml »');
    expect(read(dir, 'la-halle.yaml')).toContain('commune: Lyon');
  });

  test('a file of another kind, and one that does not exist, are refused; the others imported', () => {
    const dir = workspace();
    writeFileSync(join(dir, 'notes.docx'), 'x');
    writeFileSync(join(dir, 'ok.csv'), 'Nom du lieu\nLa Halle\n');
    const run = impact(['import', 'notes.docx', 'absent.csv', 'ok.csv'], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('notes.docx: erreur\u00A0: impact import lit les exports de formulaires');
    expect(run.stderr).toContain('absent.csv: erreur\u00A0: fichier introuvable');
    expect(read(dir, 'la-halle.yaml')).toContain('nom: La Halle');
  });
});

describe('the blank form', () => {
  const formHeaders = (form: string): string[] => parse(form.slice(1), { delimiter: ';' })[0] as string[];

  test('impact init --format csv writes the headers; a row filled under them imports as a valid evaluation', () => {
    const dir = workspace();
    expect(impact(['init', '--format', 'csv'], dir)).toMatchObject({ code: 0, stdout: 'formulaire.csv\n' });
    const form = read(dir, 'formulaire.csv');
    expect(form.startsWith('\uFEFFNom du lieu;Commune;Période évaluée;')).toBe(true);
    expect(form).toContain(';Lien social — Fréquence des rencontres (chaque jour | chaque semaine | chaque mois | de façon ponctuelle);');
    expect(form).toContain(';Lien social — Publics en interaction [voisin·e·s];');
    const headers = formHeaders(form);
    const answer: Record<string, string> = {
      'Nom du lieu': 'La Friche',
      'Lien social — Publics en interaction [voisin·e·s]': 'x',
      'Lien social — Fréquence des rencontres (chaque jour | chaque semaine | chaque mois | de façon ponctuelle)': 'chaque mois',
      'Capacité à agir — Réponse rédigée': 'un marché de créateurs lancé par deux résidentes',
    };
    writeFileSync(join(dir, 'formulaire.csv'), `${form.trimEnd()}\r\n${headers.map((h) => answer[h] ?? '').join(';')}\r\n`);
    const run = impact(['import', 'formulaire.csv'], dir);
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(withoutModeline(read(dir, 'la-friche.yaml'))).toBe(
      [
        '# Importé par « impact import » de formulaire.csv, ligne 2 ; « impact validate » dit ce qui reste à renseigner.',
        '',
        'version: 1',
        'lieu:',
        '  nom: La Friche',
        'effets_individuels:',
        '  lien_social:',
        '    publics: [voisins]',
        '    frequence: mensuelle',
        '  capacite_agir:',
        '    exemple: un marché de créateurs lancé par deux résidentes',
        '',
      ].join('\n'),
    );
    expect(impact(['validate', 'la-friche.yaml'], dir).code).toBe(0);
  });

  /** What the blank form's new columns hold for one site, by header, and where each lands in the file. */
  const FACTS: Record<string, string> = {
    'Nom du lieu': 'La Friche',
    'Présentation du lieu': 'Une ancienne usine, des ateliers et une cantine.',
    Adresse: '3 rue du Port, 13002 Marseille',
    'Structure porteuse': 'SCIC La Friche',
    'Date d’ouverture (AAAA, AAAA-MM ou AAAA-MM-JJ)': '03/2019',
    'Surface en m²': '1 200',
    Activités: 'ateliers ; cantine\njardin',
    'Publics accueillis': 'habitant·e·s ; artistes',
    'Site web': 'https://friche.example.org',
    Contact: 'contact@friche.example.org',
    'Logo ou photo': 'logo.png',
    'L’évaluation — Commanditaire': 'Ville de Marseille',
    'L’évaluation — Objet de l’évaluation': 'renouveler la convention',
    'L’évaluation — Période de collecte': 'janvier – février 2025',
    'L’évaluation — Sources': 'l’équipe (3 personnes) ; 12 occupant·e·s',
    'L’évaluation — Méthode': 'questionnaire en atelier, douze entretiens',
    'La validation par le comité d’évaluation — Date de validation (AAAA-MM-JJ)': '28/03/2025',
    'La validation par le comité d’évaluation — Membres du comité (Nom (rôle) ; Nom (rôle))': 'Claire Morel (présidente, adjointe (vie associative)) ; Karim Haddad\nLucie Fabre (représentante des occupant·e·s)',
    Conclusions: 'La friche crée du lien.',
    Recommandations: 'inviter les riverain·e·s ; fixer des horaires',
    'Lien social — Publics en interaction [voisin·e·s]': 'x',
  };
  const FACTS_YAML = [
    'version: 1',
    'lieu:',
    '  nom: La Friche',
    '  description: Une ancienne usine, des ateliers et une cantine.',
    '  adresse: 3 rue du Port, 13002 Marseille',
    '  structure_porteuse: SCIC La Friche',
    '  date_ouverture: 2019-03',
    '  surface: 1200',
    '  activites: [ateliers, cantine, jardin]',
    '  publics: [habitant·e·s, artistes]',
    '  site_web: https://friche.example.org',
    '  contact: contact@friche.example.org',
    '  image: logo.png',
    'evaluation:',
    '  commanditaire: Ville de Marseille',
    '  objet: renouveler la convention',
    '  periode_collecte: janvier – février 2025',
    '  sources: [l’équipe (3 personnes), 12 occupant·e·s]',
    '  methode: questionnaire en atelier, douze entretiens',
    'comite:',
    '  date_validation: 2025-03-28',
    '  membres:',
    '    - nom: Claire Morel',
    '      role: présidente, adjointe (vie associative)',
    '    - nom: Karim Haddad',
    '    - nom: Lucie Fabre',
    '      role: représentante des occupant·e·s',
    'effets_individuels:',
    '  lien_social:',
    '    publics: [voisins]',
    'conclusions: La friche crée du lien.',
    'recommandations: [inviter les riverain·e·s, fixer des horaires]',
    '',
  ].join('\n');
  const body = (yaml: string): string => yaml.slice(yaml.indexOf('version: 1'));

  /** The site's report, built from the imported file: every fact of the form is in it. */
  function expectReported(dir: string, opening: string): void {
    expect(impact(['build', 'la-friche.yaml'], dir)).toMatchObject({ code: 0, stderr: '' });
    const report = plain(read(dir, 'la-friche.md'));
    for (const line of [`- **Date d’ouverture :** ${opening}`, '- **Surface :** 1 200 m²', '- **Commanditaire :** Ville de Marseille', '![Logo ou photo de La Friche](logo.png)', '- **Claire Morel**, présidente, adjointe (vie associative)', 'le 28 mars 2025', '- Fixer des horaires']) {
      expect(report).toContain(line);
    }
  }

  test('every fact beside the grid has its column: init --format csv, filled, imported, built', () => {
    const dir = workspace();
    copyFileSync(join(ROOT, 'test', 'fixtures', 'logo.png'), join(dir, 'logo.png'));
    expect(impact(['init', '--format', 'csv'], dir).code).toBe(0);
    const form = read(dir, 'formulaire.csv');
    const headers = formHeaders(form);
    expect(Object.keys(FACTS).filter((h) => !headers.includes(h))).toEqual([]);
    const cell = (text: string) => (/[;"\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text);
    writeFileSync(join(dir, 'formulaire.csv'), `${form.trimEnd()}\r\n${headers.map((h) => cell(FACTS[h] ?? '')).join(';')}\r\n`);
    const run = impact(['import', 'formulaire.csv'], dir);
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(run.stdout).toContain('«\u00A0La Friche\u00A0», 1\u00A0réponse dans 1\u00A0critère');
    expect(body(read(dir, 'la-friche.yaml'))).toBe(FACTS_YAML);
    expectReported(dir, 'mars 2019');
  });

  test('the same columns in XLSX: a year and a surface as numbers, the validation as a date cell; a wrong date and a member without a name where they are', async () => {
    const dir = workspace();
    copyFileSync(join(ROOT, 'test', 'fixtures', 'logo.png'), join(dir, 'logo.png'));
    const headers = Object.keys(FACTS);
    const typed: Record<string, unknown> = {
      'Date d’ouverture (AAAA, AAAA-MM ou AAAA-MM-JJ)': 2019,
      'Surface en m²': 1200,
      'La validation par le comité d’évaluation — Date de validation (AAAA-MM-JJ)': new Date(Date.UTC(2025, 2, 28)),
    };
    const wrong: Record<string, unknown> = { 'Nom du lieu': 'Le Moulin', 'Date d’ouverture (AAAA, AAAA-MM ou AAAA-MM-JJ)': '2019-13', 'La validation par le comité d’évaluation — Membres du comité (Nom (rôle) ; Nom (rôle))': 'Ana Silva ; (trésorière)' };
    const cellOf = (value: unknown) => (value === undefined ? null : value instanceof Date ? { value, format: 'dd/mm/yyyy' } : { value });
    const rows = [headers.map((h) => cellOf(typed[h] ?? FACTS[h])), headers.map((h) => cellOf(wrong[h]))];
    await writeXlsxFile([headers.map((value) => ({ value })), ...rows] as unknown as Parameters<typeof writeXlsxFile>[0]).toFile(join(dir, 'reponses.xlsx'));
    const run = impact(['import', 'reponses.xlsx'], dir);
    expect(run.code).toBe(1);
    const errors = plain(run.stderr);
    expect(errors).toContain('reponses.xlsx:3:5: erreur : « 2019-13 » (colonne E « Date d’ouverture (AAAA, AAAA-MM ou AAAA-MM-JJ) ») n’est pas une date : elle n’est pas importée ; écrivez une année (2019), un mois (2019-03 ou 03/2019) ou un jour (2019-03-04 ou 04/03/2019)');
    expect(errors).toContain('reponses.xlsx:3:18: erreur : « (trésorière) » (colonne R');
    expect(body(read(dir, 'la-friche.yaml'))).toBe(FACTS_YAML.replace('date_ouverture: 2019-03', 'date_ouverture: 2019'));
    expect(read(dir, 'le-moulin.yaml')).toContain('comite:\n  membres:\n    - nom: Ana Silva\n');
    expectReported(dir, '2019');
  });

  test('an existing form is not overwritten', () => {
    const dir = workspace();
    writeFileSync(join(dir, 'formulaire.csv'), 'mine');
    expect(impact(['init', '--format', 'csv'], dir).code).toBe(1);
    expect(read(dir, 'formulaire.csv')).toBe('mine');
  });
});
