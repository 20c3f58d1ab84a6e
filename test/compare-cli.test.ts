/** `impact compare` as a user runs it: a spawned process, its exit code, its messages, its files, its PDF. */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkPdf, fonts, info, outlines, tagging } from './support/pdf-document.js';
import { expectInOrder, textOf } from './support/pdf.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin', 'impact.js');
const PAIR = ['halle-2023.yaml', 'halle-2024.yaml'];

function impact(args: string[], cwd: string) {
  const run = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8' });
  // impact's French spacing aside, to match messages as typed.
  return { code: run.status, stdout: run.stdout, stderr: run.stderr.replace(/[\u00A0\u202F]/g, ' ') };
}

/** A folder holding the pair of evaluations of test/fixtures/compare/. */
function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'impact-compare-'));
  for (const name of PAIR) copyFileSync(join(ROOT, 'test', 'fixtures', 'compare', name), join(dir, name));
  return dir;
}

const golden = (name: string) => readFileSync(join(ROOT, 'test', 'golden', name), 'utf8');
const edit = (dir: string, name: string, change: (text: string) => string) => writeFileSync(join(dir, name), change(readFileSync(join(dir, name), 'utf8')));

describe('impact compare', () => {
  test('writes <second>-comparaison.pdf and .md beside the second evaluation, the Markdown as the golden one', () => {
    const dir = workspace();
    const run = impact(['compare', ...PAIR], dir);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toBe('halle-2024-comparaison.pdf, halle-2024-comparaison.md\n');
    expect(readFileSync(join(dir, 'halle-2024-comparaison.md'), 'utf8')).toBe(golden('comparaison-halle.md'));
    expect(readdirSync(dir).sort()).toEqual(['halle-2023.yaml', 'halle-2024-comparaison.md', 'halle-2024-comparaison.pdf', 'halle-2024.yaml']);
  });

  test('--format md --out-dir --lang en writes the English comparison in the folder', () => {
    const dir = workspace();
    expect(impact(['compare', ...PAIR, '--format', 'md', '--out-dir', 'suivi', '--lang', 'en'], dir).code).toBe(0);
    expect(readdirSync(join(dir, 'suivi'))).toEqual(['halle-2024-comparaison.md']);
    expect(readFileSync(join(dir, 'suivi', 'halle-2024-comparaison.md'), 'utf8')).toBe(golden('comparaison-halle.en.md'));
  });

  test('--format html writes the comparison as one web page beside the second evaluation', () => {
    const dir = workspace();
    expect(impact(['compare', ...PAIR, '--format', 'html'], dir)).toMatchObject({ code: 0, stdout: 'halle-2024-comparaison.html\n' });
    const page = readFileSync(join(dir, 'halle-2024-comparaison.html'), 'utf8');
    expect(page).toMatch(/^<!DOCTYPE html>/i);
    expect(page).toContain('<html lang="fr-FR"');
  });

  test('reports the errors of both files at once, with their lines and columns, and writes nothing', () => {
    const dir = workspace();
    edit(dir, 'halle-2023.yaml', (text) => text.replace('frequence: mensuelle', 'frequence: chaque mois'));
    edit(dir, 'halle-2024.yaml', (text) => text.replace('publics: [habitants, benevoles, visiteurs, publics_en_difficulte]', 'publics: [habitants, benevols]'));
    const run = impact(['compare', ...PAIR], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^halle-2023\.yaml:17:16: erreur : .*« chaque mois ».*« mensuelle »/m);
    expect(run.stderr).toMatch(/^halle-2024\.yaml:\d+:\d+: erreur : option inconnue « benevols ».*« benevoles »/m);
    expect(readdirSync(dir).sort()).toEqual(PAIR);
  });

  test('refuses two evaluations of different sites, unless --force, which the comparison then says', () => {
    const dir = workspace();
    edit(dir, 'halle-2024.yaml', (text) => text.replace('identifiant: CM-42-0117', 'identifiant: CM-69-0003'));
    const refused = impact(['compare', ...PAIR], dir);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/^halle-2024\.yaml:11:16: erreur : « halle-2023\.yaml » et « halle-2024\.yaml » ne désignent pas le même lieu \(leurs lieu\.identifiant diffèrent\).*--force/m);
    expect(readdirSync(dir).sort()).toEqual(PAIR);
    const forced = impact(['compare', ...PAIR, '--force', '--format', 'md'], dir);
    expect(forced.code).toBe(0);
    expect(readFileSync(join(dir, 'halle-2024-comparaison.md'), 'utf8')).toContain('**Ces deux évaluations n’ont ni le même identifiant de lieu');
  });

  test('matches by name and town when a file gives no identifier, and says so', () => {
    const dir = workspace();
    edit(dir, 'halle-2023.yaml', (text) => text.replace('  identifiant: CM-42-0117\n', ''));
    expect(impact(['compare', ...PAIR, '--format', 'md'], dir).code).toBe(0);
    expect(readFileSync(join(dir, 'halle-2024-comparaison.md'), 'utf8')).toContain('Les deux évaluations portent le même nom de lieu et la même commune.');
    edit(dir, 'halle-2023.yaml', (text) => text.replace('commune: Saint-Étienne', 'commune: Firminy'));
    expect(impact(['compare', ...PAIR, '--format', 'md'], dir)).toMatchObject({ code: 1, stderr: expect.stringMatching(/^halle-2024\.yaml:6:8: erreur : .*ni même lieu\.identifiant, ni même nom et commune/m) });
  });

  test('never writes over an evaluation', () => {
    const dir = workspace();
    copyFileSync(join(dir, 'halle-2023.yaml'), join(dir, 'halle-2024-comparaison.md'));
    const run = impact(['compare', 'halle-2024-comparaison.md', 'halle-2024.yaml', '--format', 'md', '--force'], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('la comparaison « halle-2024-comparaison.md » écraserait une évaluation');
    expect(readFileSync(join(dir, 'halle-2024-comparaison.md'), 'utf8')).toBe(readFileSync(join(dir, 'halle-2023.yaml'), 'utf8'));
  });

  test('a template of one’s own that fails is reported at its line and column, and nothing is written', () => {
    const dir = workspace();
    mkdirSync(join(dir, 'modeles'));
    writeFileSync(join(dir, 'modeles', 'comparaison_critere.hbs'), '### {{titre}}\n\n{{#each changements}}\n- {{> comparaison_changement}}\n');
    const run = impact(['compare', ...PAIR, '--templates', 'modeles'], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^modeles\/comparaison_critere\.hbs:\d+:\d+: erreur : erreur de modèle : /m);
    expect(readdirSync(dir).sort()).toEqual([...PAIR, 'modeles']);
  });

  test('wrong usage is exit code 2: a missing file argument, an unknown format', () => {
    const dir = workspace();
    expect(impact(['compare', 'halle-2023.yaml'], dir).code).toBe(2);
    expect(impact(['compare', ...PAIR, '--format', 'docx'], dir).code).toBe(2);
    expect(impact(['compare', ...PAIR, '--out-dir', '-'], dir).code).toBe(2);
    expect(readdirSync(dir).sort()).toEqual(PAIR);
  });
});

describe('the comparison’s PDF', () => {
  let file: string;
  let dir: string;
  beforeAll(() => {
    dir = workspace();
    expect(impact(['compare', ...PAIR, '--format', 'pdf'], dir).code).toBe(0);
    file = join(dir, 'halle-2024-comparaison.pdf');
  });

  test('says what the Markdown says, in order', () => {
    expectInOrder(textOf(file), [
      'Évolution : La Halle aux Cerises',
      'Avant : 2023, évaluation du 20 mars 2024',
      'Vue d’ensemble',
      'Effets collectifs +++ ++ (comité',
      'en baisse',
      'Critères en hausse : 5',
      'Lien social',
      'Fréquence des rencontres : chaque mois → chaque semaine',
      'Nouveau constat négatif : publics qui peuvent se sentir exclus : voisin·e·s',
      'Effets sur le projet urbain',
    ]);
  });

  test('passes the reports’ checks: sound, metadata, fonts embedded and subset, bookmarks, tagged', () => {
    checkPdf(file);
    expect(info(file)).toMatchObject({
      Title: 'Évolution\u00A0: La Halle aux Cerises',
      Subject: 'Évolution des effets sociaux et urbains d’un tiers-lieu entre deux évaluations',
      Keywords: 'La Halle aux Cerises, Saint-Étienne',
      Tagged: 'yes',
      'Page size': '595.28 x 841.89 pts',
      CreationDate: 'D:20250314000000Z',
    });
    for (const font of fonts(file)) expect(font).toMatchObject({ type: 'Type0/CIDFontType2', embedded: true, subset: true, toUnicode: true });
    expect(outlines(file).map((o) => o.title)).toEqual(['Vue d’ensemble', 'Effets individuels', 'Effets collectifs', 'Effets sur le quartier et le territoire', 'Effets sur le projet urbain']);
    const tags = tagging(file);
    expect(tags).toMatchObject({ lang: 'fr-FR', displayDocTitle: true, marked: true });
    for (const type of ['Document', 'H1', 'Sect', 'H2', 'H3', 'P', 'L', 'LI', 'LBody', 'Table', 'TR', 'TH', 'TD']) expect({ type, present: tags.structureTypes.has(type) }).toEqual({ type, present: true });
    expect(tags.markedContent).toContainEqual(expect.stringMatching(/^\/Artifact <<\s*\/Type \/Layout/));
  });

  test('is the same bytes from run to run', () => {
    const again = workspace();
    expect(impact(['compare', ...PAIR, '--format', 'pdf'], again).code).toBe(0);
    expect(readFileSync(join(again, 'halle-2024-comparaison.pdf')).equals(readFileSync(file))).toBe(true);
  });
});
