/** Own templates (--templates) and the PDF theme (--theme), end to end. */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FONT_FILES } from '../src/theme/fonts.js';
import { expectInOrder, images, textOf } from './support/pdf.js';
import { fonts, info } from './support/pdf-document.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin', 'impact.js');

function impact(args: string[], cwd: string) {
  const run = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** A folder with the seed evaluation and the given files (path → content). */
function workspace(files: Record<string, string | Buffer> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'impact-look-'));
  copyFileSync(join(ROOT, 'examples', 'la-petite-manchester.yaml'), join(dir, 'site.yaml'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

const golden = readFileSync(join(ROOT, 'test', 'golden', 'la-petite-manchester.md'), 'utf8');
const read = (dir: string, file: string) => readFileSync(join(dir, file), 'utf8');

describe('--templates DIR', () => {
  test('overrides templates by name, the rest falls back to the built-in ones', () => {
    const dir = workspace({
      'modeles/criteres/sante.hbs': '{{#if effets}}\nSanté, à notre façon : {{liste effets}}.\n{{/if}}\n',
      'modeles/lieu.hbs': '- **Lieu :** {{lieu.nom}}\n',
      'modeles/fr/lieu.hbs': '- **Où :** {{lieu.commune}}\n',
      'modeles/en/lieu.hbs': '- **Where:** {{lieu.commune}}\n',
    });
    expect(impact(['build', 'site.yaml', '--format', 'md', '--templates', 'modeles'], dir).code).toBe(0);
    const report = read(dir, 'site.md');
    expect(report).toContain('Santé, à notre façon\u00A0: se sentir mieux dans leurs relations avec les autres et avoir une plus grande confiance en elles.');
    expect(report).toContain('- **Où\u00A0:** Mulhouse');
    expect(report).not.toContain('Lieu');
    const untouched = (markdown: string) => markdown.replace(/### Santé\n\n[^\n]*\n/, '').replace(/^- \*\*[^\n]*\n/m, '');
    expect(untouched(report)).toBe(untouched(golden));
  });

  test('a table added to lieu.hbs is drawn as a table, the summary still as cards, and the Markdown has no role markup', () => {
    const lieu = '{{#bloc "details"}}\n{{#each details}}\n- **{{champ}} :** {{liste valeur}}\n{{/each}}\n{{/bloc}}\n\n| Contact | Téléphone |\n| --- | --- |\n| Accueil | 03 89 00 00 00 |\n';
    const dir = workspace({ 'modeles/lieu.hbs': lieu });
    expect(impact(['build', 'site.yaml', '--templates', 'modeles'], dir).code).toBe(0);
    const text = textOf(join(dir, 'site.pdf'));
    expectInOrder(text, ['Commune : Mulhouse', 'Contact Téléphone', 'Accueil 03 89 00 00 00', 'Synthèse', 'Effets individuels', 'Points par critère']);
    expect(text).not.toContain('Famille d’effets Intensité');
    const markdown = read(dir, 'site.md');
    expect(markdown).toContain('| Contact | Téléphone |\n| --- | --- |\n| Accueil | 03 89 00 00 00 |\n\n## Synthèse');
    expect(markdown).not.toMatch(/[\u0001-\u0003]/);
  });

  test('pdf.json sets the PDF’s own words', () => {
    const dir = workspace({ 'modeles/fr/pdf.json': JSON.stringify({ sujet: 'Rapport du réseau', page: 'p. {page}/{pages}', graphique: 'Points', graphique_critere: '{critere} {score}' }) });
    expect(impact(['build', 'site.yaml', '--format', 'pdf', '--templates', 'modeles'], dir).code).toBe(0);
    expect(info(join(dir, 'site.pdf')).Subject).toBe('Rapport du réseau');
    expect(textOf(join(dir, 'site.pdf'))).toContain('p. 1/10');
  });

  test('mots.json changes a word of the shared templates, in its language only; the rest is the built-in report', () => {
    const dir = workspace({ 'modeles/fr/mots.json': JSON.stringify({ synthese: 'En bref', deux_points: ' ¦' }), 'modeles/en/mots.json': '{ "synthese": "At a glance" }' });
    expect(impact(['build', 'site.yaml', '--format', 'md', '--templates', 'modeles'], dir).code).toBe(0);
    const ownWords = (markdown: string) => markdown.replace('## En bref', '## Synthèse').replaceAll(' ¦', '\u00A0:');
    expect(ownWords(read(dir, 'site.md'))).toBe(golden);
    expect(read(dir, 'site.md')).toContain('**Intensité ¦ +++**');
    expect(impact(['build', 'site.yaml', '--format', 'md', '--templates', 'modeles', '--lang', 'en'], dir).code).toBe(0);
    expect(read(dir, 'site.md')).toBe(readFileSync(join(ROOT, 'test', 'golden', 'la-petite-manchester.en.md'), 'utf8').replace('## Summary', '## At a glance'));
  });

  test('an unknown word, and a malformed mots.json, are template errors at their place', () => {
    const dir = workspace({ 'modeles/synthese.hbs': '## {{mot "synthse"}}\n' });
    const unknown = impact(['build', 'site.yaml', '--templates', 'modeles'], dir);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('synthese.hbs:1:4: erreur\u00A0: erreur de modèle\u00A0: «\u00A0mot\u00A0» ne connaît pas «\u00A0synthse\u00A0»');
    expect(unknown.stderr).toContain('vouliez-vous dire «\u00A0synthese\u00A0»');
    const malformed = workspace({ 'modeles/mots.json': '{\n  "synthese": ["En bref"]\n}\n' });
    const run = impact(['build', 'site.yaml', '--format', 'md', '--templates', 'modeles'], malformed);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('modeles/mots.json:2:15: erreur\u00A0: erreur de modèle\u00A0: «\u00A0synthese\u00A0» doit être un texte entre guillemets doubles, pas une liste');
    expect(existsSync(join(malformed, 'site.md'))).toBe(false);
  });

  test.each([
    ['a block left open', 'famille.hbs', 'a\n\n{{#if mots_cles}}\nx\n', /famille\.hbs:5:1: erreur\u00A0: erreur de modèle\u00A0: syntaxe Handlebars incorrecte\u00A0: la fin du fichier arrive alors qu’un bloc ou une balise n’est pas fermé/],
    ['an unknown helper', 'critere.hbs', 'ok\n{{list titre}}\n', /critere\.hbs:2:1: erreur\u00A0: erreur de modèle\u00A0: helper inconnu «\u00A0list\u00A0»\u202F; vouliez-vous dire «\u00A0liste\u00A0»\u202F\?/],
    ['a missing partial', 'lieu.hbs', 'ok\n{{> inexistant}}\n', /lieu\.hbs:2:1: erreur\u00A0: erreur de modèle\u00A0: le partiel «\u00A0inexistant\u00A0» n’existe pas/],
  ])('%s is reported with its template file and line, and nothing is written', (_, file, source, expected) => {
    const dir = workspace({ [`modeles/${file}`]: source });
    const run = impact(['build', 'site.yaml', '--templates', 'modeles'], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(expected);
    expect(run.stderr).not.toMatch(/at .*\.js:\d+/);
    expect(existsSync(join(dir, 'site.md')) || existsSync(join(dir, 'site.pdf'))).toBe(false);
  });
});

describe('--theme FILE', () => {
  const png = readFileSync(join(ROOT, 'test', 'fixtures', 'logo.png'));

  test('sets the PDF’s colours, fonts and logo, and the same input still gives the same bytes', () => {
    const theme = [
      'couleurs:',
      '  marque: "#5a1e3c"',
      '  familles: ["#0b6e4f", "#c45b28"]',
      'polices:',
      `  normale: ${FONT_FILES.regular.replace('400Regular/SourceSans3_400Regular', '300Light/SourceSans3_300Light')}`,
      'logo: logo.png',
    ].join('\n');
    const dir = workspace({ 'theme.yaml': theme, 'logo.png': png });
    expect(impact(['build', 'site.yaml', '--format', 'pdf', '--theme', 'theme.yaml', '--out-dir', 'a'], dir).code).toBe(0);
    expect(impact(['build', 'site.yaml', '--format', 'pdf', '--theme', 'theme.yaml', '--out-dir', 'b'], dir).code).toBe(0);
    expect(impact(['build', 'site.yaml', '--format', 'pdf', '--out-dir', 'plain'], dir).code).toBe(0);
    const themed = readFileSync(join(dir, 'a', 'site.pdf'));
    expect(themed.equals(readFileSync(join(dir, 'b', 'site.pdf')))).toBe(true);
    expect(themed.equals(readFileSync(join(dir, 'plain', 'site.pdf')))).toBe(false);
    expect(fonts(join(dir, 'a', 'site.pdf')).map((font) => font.name)).toContainEqual(expect.stringMatching(/^[A-Z]{6}\+SourceSans3-Light$/));
    expect(images(join(dir, 'a', 'site.pdf'))).toContainEqual({ page: 1, width: 40, height: 20 });
  });

  test('a broken theme gives every error with its position, and no report', () => {
    const theme = ['couleurs:', '  marque: "#12345"', '  famille: ["#000000"]', 'polices:', '  normale: absente.ttf', 'logo: theme.yaml'].join('\n');
    const dir = workspace({ 'theme.yaml': theme });
    const run = impact(['build', 'site.yaml', '--theme', 'theme.yaml'], dir);
    expect(run.code).toBe(1);
    expect(run.stderr.split('\n').filter((l) => l.startsWith('theme.yaml'))).toEqual([
      expect.stringMatching(/^theme\.yaml:2:11: erreur\u00A0: couleur invalide «\u00A0#12345\u00A0»/),
      expect.stringMatching(/^theme\.yaml:3:3: erreur\u00A0: clé inconnue «\u00A0famille\u00A0».*vouliez-vous dire «\u00A0familles\u00A0»/),
      expect.stringMatching(/^theme\.yaml:5:12: erreur\u00A0: fichier introuvable/),
      expect.stringMatching(/^theme\.yaml:6:7: erreur\u00A0: «\u00A0theme\.yaml\u00A0» n’est pas une image PNG ou JPEG/),
    ]);
    expect(existsSync(join(dir, 'site.pdf'))).toBe(false);
  });

  test('a WOFF2 font is refused when the theme is read, not when the PDF is typeset', () => {
    // A WOFF2 header with no tables: enough for fontkit to open it, not to typeset with it.
    const woff2 = Buffer.alloc(48);
    woff2.write('wOF2', 0, 'latin1');
    woff2.writeUInt32BE(0x00010000, 4);
    woff2.writeUInt32BE(48, 8);
    const dir = workspace({ 'theme.yaml': 'polices:\n  normale: web.woff2\n', 'web.woff2': woff2 });
    const run = impact(['build', 'site.yaml', '--theme', 'theme.yaml'], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^theme\.yaml:2:12: erreur\u00A0: «\u00A0web\.woff2\u00A0» n’est pas une police TrueType ou OpenType lisible/m);
    expect(run.stderr).not.toMatch(/at .*\.js:\d+/);
    expect(existsSync(join(dir, 'site.pdf'))).toBe(false);
  });
});
